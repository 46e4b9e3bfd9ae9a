# sys.version_info, float_info, int_info and hash_info are struct sequences:
# tuples with named read-only fields, their own repr and type.
import sys

for info in (sys.version_info, sys.float_info, sys.int_info, sys.hash_info):
    t = type(info)
    print(repr(info))
    print(t.__name__, t.__module__, t.__qualname__, t.__bases__, t.n_fields, t.n_sequence_fields, t.n_unnamed_fields)
    print(len(info), tuple(info) == info, isinstance(info, tuple), hash(info) == hash(tuple(info)), t.__match_args__)
    try:
        t()
    except TypeError as e:
        print('TypeError', e)
    try:
        info.x = 1
    except AttributeError as e:
        print('AttributeError', e)

v = sys.version_info
print(v.major, v.minor, v.micro, v.releaselevel, v.serial, v[:2], v[-1], v >= (3, 8), v < (3, 13), v == (3, 12, 1, 'final', 0))
major, minor, *rest = v
print(major, minor, rest, v.index(12), v.count(0), str(v) == repr(v))
print(type(v).major)
try:
    v.major = 4
except AttributeError as e:
    print('AttributeError', e)
match v:
    case (3, minor, *_):
        print('3.x', minor)
f = sys.float_info
print(f.max, f.min, f.epsilon, f.dig, f.mant_dig, f.max == 1.7976931348623157e+308, 1.0 + f.epsilon > 1.0)
print(sys.int_info.bits_per_digit, sys.hash_info.modulus, sys.hash_info.algorithm, hash(float('inf')) == sys.hash_info.inf)
F = type(f)
print(F(range(11)).dig, F(list(range(11)), {}).radix)
for bad in [lambda: F(range(3)), lambda: F(5), lambda: F(range(11), 5), lambda: F(), lambda: F(range(11), {}, 1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
