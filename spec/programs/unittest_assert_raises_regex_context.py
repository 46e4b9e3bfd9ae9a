# assertRaisesRegex keeps the matching exception without its traceback: the report shows
# the context exception with no frames of its own
import io
import re
import unittest


class T(unittest.TestCase):
    def test_regex(self):
        self.assertRaisesRegex(ZeroDivisionError, 'invalid', lambda x: 1 / x, 0)

    def test_with(self):
        with self.assertRaisesRegex(ValueError, '^x'):
            int('z')


buf = io.StringIO()
unittest.TextTestRunner(stream=buf).run(unittest.TestLoader().loadTestsFromTestCase(T))
print(re.sub(r"(?m)^    .*\n", "", re.sub(r"in \d+\.\d+s", "in X.XXXs", buf.getvalue())), end="")
