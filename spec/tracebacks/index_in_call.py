items = [1, 2]
print(items[5])
