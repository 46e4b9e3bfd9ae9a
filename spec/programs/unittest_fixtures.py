import io
import unittest

log = []


class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass A")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass A")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_one(self):
        log.append("one")

    def test_two(self):
        log.append("two")
        self.fail("stop")


class B(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass B")
        raise RuntimeError("no setup")

    def test_never(self):
        log.append("never")


class C(unittest.TestCase):
    def setUp(self):
        raise KeyError("k")

    def test_x(self):
        log.append("x")


buf = io.StringIO()
suite = unittest.TestSuite()
loader = unittest.TestLoader()
for cls in (A, B, C):
    suite.addTests(loader.loadTestsFromTestCase(cls))
print(suite.countTestCases())
result = unittest.TextTestRunner(stream=buf).run(suite)
print("\n".join(log))
print(result)
print([str(t) for t, _ in result.errors])
print(buf.getvalue().splitlines()[0])
