import unittest


class Z(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def helper(self):
        pass

    test_not_callable = 5


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Z))
suite = loader.loadTestsFromTestCase(Z)
print(suite.countTestCases(), [t.id() for t in suite])
print(repr(Z("test_a")), str(Z("test_b")))
print(Z("test_a") == Z("test_a"), Z("test_a") == Z("test_b"))
print(unittest.TestResult())
r = unittest.TestResult()
suite.run(r)
print(r, r.wasSuccessful())
print(unittest.TestCase, unittest.TestSuite, unittest.TextTestRunner)
Z("nope")
