total = 0
for i in range(6):
    if i == 1:
        continue
    if i == 4:
        break
    total += i
else:
    total = -1
for j in range(2):
    pass
else:
    total += 100
print(total)
