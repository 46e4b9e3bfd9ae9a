import unittest


class MathTests(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_bad(self):
        self.assertEqual(2 * 2, 5)

    def test_error(self):
        {}["missing"]


prog = unittest.main(argv=[''], exit=False)
r = prog.result
print(r.testsRun, len(r.failures), len(r.errors), r.wasSuccessful())
print([str(t) for t, _ in r.failures], [t.id() for t, _ in r.errors])
print(r.failures[0][1].splitlines()[-1])
print(r.errors[0][1].splitlines()[-1])
