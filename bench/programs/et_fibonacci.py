# E.T. long-execution trio: Fibonacci numbers computed iteratively, many
# times over; the numbers grow past 64 bits; about 14,000 line events.
def fib(n):
    a, b = 0, 1
    i = 0
    while i < n:
        a, b = b, a + b
        i += 1
    return a


total = 0
k = 0
while k < 56:
    total += fib(k + 50)
    k += 1
print(total % 1000000007, fib(120))
