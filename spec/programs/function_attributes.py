def f(): pass
f.cache = {}
f.cache[1] = 2
print(f.cache)
f.x = 1
del f.x
print(hasattr(f, 'x'))
