# E.T. long-execution trio: Collatz trajectories, counting steps for each
# start value and remembering the longest; about 14,000 line events.
def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


best = 0
best_start = 1
start = 1
while start <= 105:
    s = collatz_steps(start)
    if s > best:
        best = s
        best_start = start
    start += 1
print(best_start, best)
