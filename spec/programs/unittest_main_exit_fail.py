import unittest


class T(unittest.TestCase):
    def test_ok(self):
        self.assertTrue(True)

    def test_fail(self):
        self.assertIn(3, [1, 2])


print("before")
unittest.main()
print("not reached")
