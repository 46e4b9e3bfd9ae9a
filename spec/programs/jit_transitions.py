# Moves between compiled code and the eval loop (src/vm/jit.ts): deep
# recursion past the compiled nesting, exceptions leaving compiled frames,
# generators starting mid-run, loops that turn hot in the eval loop, and what
# a compiled frame shows to sys._getframe. (sys.settrace starting mid-run:
# spec/vm/jit.test.ts, since it replaces the oracle's step-counting tracer.)
import sys


def down(n):
    if n == 0:
        raise ValueError('bottom')
    return down(n - 1) + 1


for depth in (10, 60, 300):
    try:
        down(depth)
    except ValueError as e:
        tb = e.__traceback__
        count = 0
        while tb is not None:
            count += 1
            tb = tb.tb_next
        print('traceback entries', depth, count)


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print('RecursionError', e)


def by_key(n):
    # Native code (sorted) calling Python code calling native code, deeply.
    if n == 0:
        return 0
    return sorted([n], key=lambda v: by_key(v - 1))[0]


print('through sorted', by_key(100))


def context_inner():
    try:
        raise KeyError('inner')
    except KeyError:
        raise TypeError('from inner handler')


def context_outer():
    try:
        raise IndexError('outer')
    except IndexError:
        context_inner()


for _ in range(3):
    try:
        context_outer()
    except TypeError as e:
        print('context', repr(e.__context__), repr(e.__context__.__context__))


def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print('closed', tag)


def loop_then_generator(n):
    total = 0
    for i in range(n):
        total += i
        if i == n // 2:
            g = numbers(i)
            total += next(g)
            del g
            print('after del', i)
    return total


for n in (5, 500):
    print('loop_then_generator', n, loop_then_generator(n))


def hot_loop_raises(n):
    total = 0
    for i in range(n):
        total += i * i
        if i == n - 1:
            raise OverflowError(total)
    return total


def call_hot(n):
    try:
        return hot_loop_raises(n)
    except OverflowError as e:
        return ('caught', e.args[0], e.__traceback__.tb_next.tb_frame.f_code.co_name)


print(call_hot(5), call_hot(1000))
try:
    hot_loop_raises(700)
except OverflowError as e:
    print('module caught', e)


def where():
    f = sys._getframe()
    return f.f_code.co_name, f.f_lineno - f.f_code.co_firstlineno, f.f_back.f_code.co_name


def caller_of_where():
    return [where() for _ in range(2)]


print(caller_of_where(), caller_of_where())


def keywords(a, b=2, *rest, c, d=4, **more):
    return a, b, rest, c, d, sorted(more.items())


for _ in range(2):
    print(keywords(1, c=3), keywords(1, 2, 3, 4, c=5, e=6, d=7), keywords(*[9, 8], **{'c': 7, 'z': 1}))


def counter():
    count = 0

    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump


bump = counter()
print([bump() for _ in range(3)], bump(10))

total = 0
for i in range(1000):
    if i % 7 == 3:
        continue
    total += i % 11
print('module loop', total)


class Box:
    scale = 3

    def __init__(self, v):
        self.v = v

    @property
    def scaled(self):
        return self.v * self.scale

    def __add__(self, other):
        return Box(self.v + other.v)

    def __repr__(self):
        return f'Box({self.v})'


acc = Box(0)
for i in range(300):
    acc = acc + Box(i)
print(acc, acc.scaled, [b.scaled for b in map(Box, range(4))])

try:
    print(undefined_name)
except NameError as e:
    print('NameError', e)


def unbound():
    if False:
        x = 1
    return x


try:
    unbound()
except UnboundLocalError as e:
    print('UnboundLocalError', e)

a, *b, c = range(6)
print(a, b, c, {**{'x': 1}, 'y': 2}, {1, 2, *range(3)}, f'{a!r:>4}|{c:03d}')


def star_call(*a, **k):
    return a, sorted(k.items())


def star_calls(xs, d):
    out = []
    for i in range(3):
        out.append(star_call(*xs, **d))
        out.append(star_call(*(x * i for x in xs)))
    return out


for _ in range(3):
    print(star_calls([1, 2], {'z': 1, 'a': 2}))


def matcher(v):
    match v:
        case {'k': x, **rest}:
            return ('map', x, rest)
        case [1, *others]:
            return ('seq', others)
        case complex(real=r, imag=i):
            return ('complex', r, i)
        case _:
            return 'other'


for _ in range(2):
    print([matcher(v) for v in ({'k': 1, 'j': 2}, [1, 2, 3], 3+4j, 'x')])

doomed = 5


def delete_global():
    global doomed
    del doomed


delete_global()
try:
    print(doomed)
except NameError as e:
    print(e)
