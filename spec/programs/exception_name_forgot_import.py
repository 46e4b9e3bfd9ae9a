x = 1
math.floor(x)
