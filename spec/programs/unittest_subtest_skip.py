import io
import unittest


class T(unittest.TestCase):
    def test_even(self):
        for i in range(5):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_msg(self):
        with self.subTest("named", k="v"):
            self.assertTrue(0)
        with self.subTest():
            raise TypeError("t")

    def test_skip_inside(self):
        self.skipTest("later")

    @unittest.skipIf(True, "cond")
    def test_if(self):
        pass

    @unittest.skipUnless(True, "never skipped")
    def test_unless(self):
        pass


@unittest.skip("whole class")
class S(unittest.TestCase):
    def test_a(self):
        pass


buf = io.StringIO()
suite = unittest.TestSuite([unittest.defaultTestLoader.loadTestsFromTestCase(T),
                            unittest.defaultTestLoader.loadTestsFromTestCase(S)])
res = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
import re
print(re.sub(r"(?m)^(    .*|Ran .*)\n", "", buf.getvalue()), end="")
print(res.testsRun, res.skipped)
