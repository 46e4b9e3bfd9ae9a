n = 5
acc = []
while n > 0:
    n -= 1
    if n == 2:
        continue
    acc.append(n)
else:
    acc.append('done')
k = 0
while True:
    k += 1
    if k > 2:
        break
print(acc, k)
