# gmtime/localtime: time_t is 64-bit (OverflowError beyond) and the year must fit a C int (OSError)
import time

for s in [2**63 - 1, -2**63, 2**63, -2**63 - 1, 67768036191676799, 67768036191676800, -67768040609740800,
          -67768040609740801, 1e19, 9.2e18, float('inf'), -0.5, 0.999]:
    for f in (time.gmtime, time.localtime):
        try:
            print(s, f(s)[:6])
        except Exception as e:
            print(s, type(e).__name__, e)
print(time.ctime(67768036191676799))
try:
    time.gmtime(1, 2)
except TypeError as e:
    print(e)
print(time.gmtime(0).__reduce__())
try:
    time.struct_time(5)
except TypeError as e:
    print(e)
