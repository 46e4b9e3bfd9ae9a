def collatz(n):
    """Steps for n to reach 1 under the Collatz map."""
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print([collatz(n) for n in range(1, 10)])
print(f"{collatz(27)=}")
