import io
import unittest


def check_sum():
    assert sum([1, 2]) == 4, "sum is off"


def check_ok():
    """Passes quietly."""


suite = unittest.TestSuite([unittest.FunctionTestCase(check_sum), unittest.FunctionTestCase(check_ok)])
buf = io.StringIO()
res = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
print(buf.getvalue().splitlines()[:2])
print(res.failures[0][0], res.failures[0][1].splitlines()[-1])
t = unittest.FunctionTestCase(check_ok)
print(t.id(), t.shortDescription())
