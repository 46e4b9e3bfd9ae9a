# CPython frees what an exception's unwinding pops off the stack: the
# suspended generator a `for` loop was walking is closed before the handler
# (or the frame's return) is traced. A generator expression's source
# generator is closed when the expression is.
def gen(n):
    try:
        for i in range(n):
            yield i
    finally:
        print('closed', n)

def leave(n):
    for v in gen(n):
        if v == 1:
            raise ValueError(v)

try:
    for v in gen(3):
        [][v]
except IndexError:
    print('handled')
try:
    leave(3)
except ValueError:
    print('left')
print(any(c > 0 for c in gen(4)))
print(next((c for c in gen(5) if c > 1), None))
