# The E.T. paper's long-execution study: a binary counter incremented 1,300
# times, about 14,000 line events; traced with full state at line and
# opcode level, every event must equal CPython's.
def increment(bits):
    i = 0
    while i < len(bits) and bits[i] == 1:
        bits[i] = 0
        i += 1
    if i == len(bits):
        bits.append(1)
    else:
        bits[i] = 1
    return bits

bits = [0]
count = 0
while count < 1300:
    increment(bits)
    count += 1
print(bits, count)
