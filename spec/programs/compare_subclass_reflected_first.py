# A comparison with an instance of a subclass on the right tries the
# subclass's reflected method first, even when the subclass inherits it.
class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('eq', self.v, other.v)
        return self.v == other.v
    def __lt__(self, other):
        print('lt', self.v, other.v)
        return self.v < other.v
    def __gt__(self, other):
        print('gt', self.v, other.v)
        return NotImplemented

class B(A):
    pass

print(A(1) == B(2))
print(A(1) != B(1))
print(A(3) > B(4))
print(A(1) < B(2))
print(B(5) == A(5))
print(1 == True, True == 1)
