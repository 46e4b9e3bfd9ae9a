# a test whose subtests are all skipped is not also reported as a success
import io
import re
import unittest


class T(unittest.TestCase):
    def test_a(self):
        for i in range(2):
            with self.subTest(i=i):
                self.skipTest('not now')

    def test_b(self):
        with self.subTest(i=0):
            pass


for verbosity in (1, 2):
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, verbosity=verbosity).run(unittest.TestLoader().loadTestsFromTestCase(T))
    print(re.sub(r"in \d+\.\d+s", "in X.XXXs", buf.getvalue()), end="")
    print(result.testsRun, len(result.skipped), result.wasSuccessful())
