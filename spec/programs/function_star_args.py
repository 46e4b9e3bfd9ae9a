print(set.intersection(*map(set, [[1,2],[2]])))
def g(*a): return a
print(g(*"ab"), g(*range(3)), g(*{1:2}))
try:
    g(*5)
except TypeError as e:
    print(e)
try:
    len(*5)
except TypeError as e:
    print(e)
try:
    print(*None)
except TypeError as e:
    print(e)
class C:
    def m(self, *a): return a
try:
    C().m(*1)
except TypeError as e:
    print(e)
