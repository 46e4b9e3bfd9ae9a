import unittest


class T(unittest.TestCase):
    def test_one(self):
        self.assertEqual(sorted([3, 1, 2]), [1, 2, 3])

    def test_two(self):
        self.assertIsNone(None)


if __name__ == "__main__":
    unittest.main()
