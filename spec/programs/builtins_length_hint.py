# list(), tuple(), sorted(), list.extend and [*x] ask a class's __len__ (or __length_hint__)
# first, as PyObject_LengthHint; str.join, set() and dict.fromkeys() do not.
class A:
    def __len__(self):
        print('len')
        return 2
    def __iter__(self):
        print('iter')
        return iter(['1', '2'])
print(list(A()))
print(tuple(A()))
print(sorted(A()))
l = []
l.extend(A())
print(l, [*A()], '-'.join(A()))
print(set(A()), dict.fromkeys(A()))
class B:
    def __len__(self):
        raise ValueError('bad len')
    def __iter__(self):
        return iter([1])
try:
    list(B())
except ValueError as e:
    print('ValueError', e)
class C:
    def __len__(self):
        raise TypeError('no len')
    def __iter__(self):
        return iter([1])
print(list(C()))
class D:
    def __length_hint__(self):
        print('hint')
        return 5
    def __iter__(self):
        return iter([1])
print(list(D()))
class E:
    def __length_hint__(self):
        return -1
    def __iter__(self):
        return iter([1])
list(E())
