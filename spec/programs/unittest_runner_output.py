import io
import re
import unittest


class Sample(unittest.TestCase):
    def test_a_pass(self):
        """Checks addition."""
        self.assertEqual(1 + 2, 3)

    def test_b_fail(self):
        self.assertEqual([1, 2], [1, 3])

    def test_c_error(self):
        raise ValueError("bad value")

    @unittest.skip("not today")
    def test_d_skip(self):
        pass

    @unittest.expectedFailure
    def test_e_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_f_xpass(self):
        pass


def show(text):
    text = re.sub(r"in \d+\.\d+s", "in X.XXXs", text)
    print(re.sub(r"(?m)^    .*\n", "", text), end="")


for verbosity in (1, 2, 0):
    buf = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(Sample)
    result = unittest.TextTestRunner(stream=buf, verbosity=verbosity).run(suite)
    show(buf.getvalue())
    print(result.testsRun, result.wasSuccessful(), len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses))
    print("=====")
