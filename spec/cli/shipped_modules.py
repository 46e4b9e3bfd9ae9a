# Imports every Python module etpy ships and uses each: the command-line bundle keeps
# their sources apart (python-sources.json) and must give each import its own.
import re, random, collections, collections.abc, _collections_abc, json, json.decoder, json.encoder, functools
import dataclasses, typing, decimal, datetime, enum, time, string, copy, textwrap, contextlib
import io, warnings, abc, difflib, queue, keyword, fractions, heapq, statistics, numbers
import traceback, types, array, unittest
print(re.sub(r'(\d+)', r'<\1>', 'a1b22'))
random.seed(7); print(random.randint(1, 100), random.choice('abcdef'))
print(collections.Counter('abracadabra').most_common(2), isinstance([], collections.abc.Sequence), _collections_abc.Sized is collections.abc.Sized, collections.UserString('ab').upper())
print(json.dumps({'a': [1, 2.5, None]}, sort_keys=True), json.decoder.JSONDecoder().decode('[1]'), json.encoder.JSONEncoder().encode({'x': True}))
print(functools.reduce(lambda a, b: a * b, range(1, 6)))
@dataclasses.dataclass
class P:
    x: int
    y: int = 2
print(P(1))
print(typing.get_overloads(len), typing.Optional[int])
print(decimal.Decimal('1.10') + decimal.Decimal('2.205'))
print(datetime.date(2024, 2, 29) + datetime.timedelta(days=1))
class Color(enum.Enum):
    RED = 1
print(Color.RED, Color(1).name)
print(type(time.time()).__name__)
print(string.ascii_lowercase[:5], string.Template('$a!').substitute(a='hi'))
print(copy.deepcopy([[1], [2]]))
print(textwrap.fill('the quick brown fox jumps over the lazy dog', 12))
with contextlib.suppress(KeyError):
    {}['x']
buf = io.StringIO(); buf.write('io ok'); print(buf.getvalue())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always'); warnings.warn('careful')
print(len(w), str(w[0].message))
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
print(A.__abstractmethods__)
print(list(difflib.unified_diff(['a\n', 'b\n'], ['a\n', 'c\n'], lineterm='')))
q = queue.Queue(); q.put(3); print(q.get(), q.empty())
print(keyword.iskeyword('for'), keyword.iskeyword('foo'))
print(fractions.Fraction(3, 6) + fractions.Fraction(1, 3))
h = [5, 1, 4]; heapq.heapify(h); print(heapq.heappop(h), heapq.nsmallest(2, [9, 3, 7]))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]))
print(isinstance(3, numbers.Integral), isinstance(2.5, numbers.Real))
try:
    1 / 0
except ZeroDivisionError as e:
    print(traceback.format_exception_only(type(e), e))
print(types.SimpleNamespace(a=1), types.FunctionType)
print(array.array('i', [1, 2, 3]).tolist())
class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)
print(T('test_ok').run().wasSuccessful())
