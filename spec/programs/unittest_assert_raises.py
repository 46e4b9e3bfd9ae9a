import unittest

t = unittest.TestCase()
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception)
try:
    with t.assertRaises(KeyError):
        pass
except AssertionError as e:
    print(e)
try:
    with t.assertRaisesRegex(ValueError, "^bad"):
        raise ValueError("good")
except AssertionError as e:
    print(e)
with t.assertRaisesRegex(ValueError, "oo"):
    raise ValueError("good")
try:
    with t.assertRaises((KeyError, IndexError)):
        pass
except AssertionError as e:
    print(e)
print(t.assertRaises(TypeError, len, 5))
with t.assertRaises(ValueError):
    raise TypeError("wrong type escapes")
