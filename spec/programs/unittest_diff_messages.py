import unittest

t = unittest.TestCase()
checks = [
    lambda: t.assertEqual("hello", "hallo"),
    lambda: t.assertEqual("a\nb\nc\n", "a\nB\nc\n"),
    lambda: t.assertEqual([1, 2, 3], [1, 2, 4]),
    lambda: t.assertEqual([1, 2], [1, 2, 3]),
    lambda: t.assertEqual((1, 2, 3), (1,)),
    lambda: t.assertEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3}),
    lambda: t.assertEqual(list(range(30)), list(range(29)) + [99]),
    lambda: t.assertListEqual([1], (1,)),
]
for c in checks:
    try:
        c()
    except AssertionError as e:
        print(str(e))
        print("----")
for a, b in [("a\nb\n", "a\nc\n"), ("", "x"), ("x", ""), ("abc\n", "abc"), ("one two three four", "one two tree four")]:
    try:
        t.assertEqual(a, b)
    except AssertionError as e:
        print(repr(str(e)))
t.assertEqual({"k": [1, 2]}, {"k": [1, 2, 3]})
