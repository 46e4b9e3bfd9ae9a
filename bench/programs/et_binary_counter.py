# E.T. long-execution trio: a binary counter (little-endian list of bits)
# incremented 1,300 times; about 14,000 line events.
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
n = 0
while n < 1300:
    increment(bits)
    n += 1
print(n, bits)
