import statistics
print(statistics.correlation([1, 2, 3, 4], [2, 1, 4, 3], method="ranked"))
print(statistics.fmean([1, 2, 3], weights=[0.5, 0.25, 0.25]))
statistics.mean([])
