import unittest

t = unittest.TestCase()
checks = [
    lambda: t.assertEqual(1, 2),
    lambda: t.assertEqual(1, 2, "custom"),
    lambda: t.assertNotEqual(3, 3),
    lambda: t.assertTrue(0),
    lambda: t.assertFalse([1]),
    lambda: t.assertIs(1, None),
    lambda: t.assertIsNot(None, None),
    lambda: t.assertIsNone(5),
    lambda: t.assertIsNotNone(None),
    lambda: t.assertIn(4, [1, 2]),
    lambda: t.assertNotIn(1, {1: 2}),
    lambda: t.assertIsInstance(1, str),
    lambda: t.assertNotIsInstance(1, int),
    lambda: t.assertAlmostEqual(1.0, 1.1),
    lambda: t.assertAlmostEqual(1, 2, delta=0.5),
    lambda: t.assertAlmostEqual(1.0, 1.00001, places=3),
    lambda: t.assertNotAlmostEqual(1.0, 1.0),
    lambda: t.assertGreater(1, 2),
    lambda: t.assertGreaterEqual(1, 2),
    lambda: t.assertLess(3, 2),
    lambda: t.assertLessEqual(3, 2),
    lambda: t.assertCountEqual([1, 2, 2], [2, 1, 3]),
    lambda: t.assertCountEqual([[1], [2]], [[1]]),
    lambda: t.assertRegex("abc", "x+"),
    lambda: t.assertNotRegex("abc", "b"),
    lambda: t.assertSetEqual({1, 2}, {2, 3}),
    lambda: t.assertEqual(1.5, 2),
    lambda: t.assertEqual("x" * 100, "x" * 99 + "y"),
    lambda: t.fail("boom"),
    lambda: t.fail(),
    lambda: t.assertRaises(ValueError, int, "5"),
    lambda: t.assertRaises(ValueError, lambda: 1),
    lambda: t.assertTrue(False, msg="m"),
]
for c in checks:
    try:
        c()
        print("passed")
    except AssertionError as e:
        print(repr(str(e)))
