s = "héllo"; n = None
print(s, n.attr)
