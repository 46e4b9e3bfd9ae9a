// Property: generated unittest suites (passing, failing and erroring tests
// made of random assert* calls on random values, custom messages, subTest,
// skip/skipIf/expectedFailure, skipTest, failing setUp/tearDown) give CPython
// 3.12's results: the TextTestRunner report at verbosity 1 and 2 (assert
// failure messages, diffs, the summary line) and the result counts. Elapsed
// times are masked and source lines dropped (etpy prints the <source> lines
// that CPython cannot read). Suites come from fast-check with fixed seeds;
// each task is one CPython process.
import fc from 'fast-check';
import { describeRuns, type RunTask } from './run-compare.js';

const VALUES = ['1', '2', '1.0', '1.0000001', '0.1 + 0.2', '0.3', "'abc'", "'abd'", "'line1\\nline2\\n'", "'line1\\nline3\\n'", '[1, 2, 3]', '[1, 2, 4]', '[1, 2]',
  '(1, 2)', '(1, 2, 3)', "{'a': 1, 'b': 2}", "{'a': 1, 'b': 3}", '{1, 2}', '{2, 3}', 'None', 'True', 'False', 'list(range(30))', 'list(range(29)) + [99]',
  "'x' * 90", "'x' * 89 + 'y'", '[]', "''", '0', "b'ab'", 'frozenset({1})', "[[1, 2], {'k': (3, 4)}]", "[[1, 2], {'k': (3, 5)}]"];
const v = fc.constantFrom(...VALUES);
const num = fc.constantFrom('1', '2', '1.0', '1.0000001', '0.1 + 0.2', '0.3', '0', 'True', '1e-9', '-2.5', 'float("inf")', 'float("nan")', 'Fraction(1, 3)');
const iterV = fc.constantFrom("'abc'", "'abd'", '[1, 2, 3]', '[1, 2, 4]', '(1, 2)', "{'a': 1, 'b': 2}", '{1, 2}', '[]', "''", 'list(range(30))', "[[1, 2], {'k': (3, 4)}]", "[[1, 2], {'k': (3, 5)}]");
const msg = fc.constantFrom('', '', '', ", 'custom note'", ", msg='why'");
const TYPES = ['int', 'str', 'list', 'dict', 'float', '(int, str)', 'object'];
const EXC = ['ValueError', 'TypeError', 'KeyError', 'ZeroDivisionError', 'IndexError'];

const assertion: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('assertEqual', 'assertNotEqual', 'assertIs', 'assertIsNot', 'assertListEqual', 'assertTupleEqual', 'assertDictEqual', 'assertSetEqual', 'assertSequenceEqual', 'assertMultiLineEqual',
    'assertEqual', 'assertEqual'), v, v, msg).map(([m, a, b, s]) => `self.${m}(${a}, ${b}${s})`),
  fc.tuple(fc.constantFrom('assertTrue', 'assertFalse', 'assertIsNone', 'assertIsNotNone'), v, msg).map(([m, a, s]) => `self.${m}(${a}${s})`),
  fc.tuple(fc.constantFrom('assertIsInstance', 'assertNotIsInstance'), v, fc.constantFrom(...TYPES)).map(([m, a, t]) => `self.${m}(${a}, ${t})`),
  // assertCountEqual only on iterables, assertIn/NotIn only with lists and tuples, ordering asserts and (Not)AlmostEqual only on numbers, no places and delta
  // together: other cases fail inside unittest's frames, which CPython's report shows with its library paths
  fc.tuple(fc.constantFrom('assertIn', 'assertNotIn'), v, fc.constantFrom('[1, 2, 3]', '(1, 2)', 'list(range(30))', "[[1, 2], {'k': (3, 4)}]", '[]'), msg)
    .map(([m, a, b, s]) => `self.${m}(${a}, ${b}${s})`),
  fc.tuple(iterV, iterV, msg).map(([a, b, s]) => `self.assertCountEqual(${a}, ${b}${s})`),
  fc.tuple(fc.constantFrom('assertGreater', 'assertGreaterEqual', 'assertLess', 'assertLessEqual'), num, num, msg).map(([m, a, b, s]) => `self.${m}(${a}, ${b}${s})`),
  fc.tuple(fc.constantFrom('assertAlmostEqual', 'assertNotAlmostEqual'), num, num, fc.constantFrom('', ', places=3', ', delta=0.5', ', places=1', ", msg='m'"))
    .map(([m, a, b, k]) => `self.${m}(${a}, ${b}${k})`),
  fc.tuple(fc.constantFrom('assertRegex', 'assertNotRegex'), fc.constantFrom("'abc'", "'line1\\nline2'", "'xyz'"), fc.constantFrom("'b.'", "'^l'", "'z$'", "'q'")).map(([m, a, p]) => `self.${m}(${a}, ${p})`),
  // The callable forms only meet the expected exception or none: a different exception escaping
  // through unittest's own frames shows CPython's library paths in the traceback.
  fc.constantFrom('(ValueError, int, "\'x\'")', '(ValueError, int, "5")', '(ZeroDivisionError, lambda x: 1 / x, 0)', '(ZeroDivisionError, lambda x: 1 / x, 5)',
    '(IndexError, [].pop)', '(KeyError, {}.__getitem__, "k")', '((TypeError, ValueError), int, "q")').map((a) => `self.assertRaises${a}`),
  fc.tuple(fc.constantFrom("'invalid'", "'division'", "'^x'", "'literal'"), fc.constantFrom('ValueError, int, "x"', 'ValueError, int, "7"', 'ZeroDivisionError, lambda x: 1 / x, 0'))
    .map(([p, rest]) => `self.assertRaisesRegex(${rest.split(', ')[0]}, ${p}, ${rest.split(', ').slice(1).join(', ')})`),
  fc.tuple(fc.constantFrom(...EXC), fc.constantFrom('pass', 'int("z")', '1 / 0', '{}["k"]')).map(([e, body]) => `with self.assertRaises(${e}):\n            ${body}`),
  fc.constantFrom("self.fail('explicit failure')", 'self.fail()', "raise ValueError('boom')", "raise KeyError('k')", '1 / 0', "self.skipTest('not now')", '[][3]', 'pass', 'assert 1 == 2, "plain assert"', 'assert False'),
);

const method = fc.tuple(
  fc.constantFrom('', '', '', '', "@unittest.skip('skipped')\n    ", '@unittest.expectedFailure\n    ', "@unittest.skipIf(True, 'cond')\n    ", "@unittest.skipUnless(True, 'never')\n    "),
  fc.array(assertion, { minLength: 1, maxLength: 3 }),
  fc.option(fc.tuple(fc.integer({ min: 1, max: 3 }), assertion), { nil: undefined }),
  fc.constantFrom('', '', '', '"""Docstring line one.\n\n        more text."""\n        '),
).map(([deco, body, sub, doc]) => {
  const lines = body.map((b) => `        ${b}`);
  if (doc !== '') lines.unshift(`        ${doc.trimEnd()}`);
  if (sub !== undefined) lines.push(`        for i in range(${sub[0]}):\n            with self.subTest(i=i, tag='t'):\n                ${sub[1].replace(/\n {12}/g, '\n                    ')}`);
  return { deco, text: lines.join('\n') };
});

const suite = fc.tuple(
  fc.array(method, { minLength: 1, maxLength: 5 }),
  fc.constantFrom('', '', "    def setUp(self):\n        raise RuntimeError('setup broke')\n", "    def tearDown(self):\n        raise RuntimeError('teardown broke')\n", '    maxDiff = None\n', '    maxDiff = 40\n', '    longMessage = False\n',
    "    @classmethod\n    def setUpClass(cls):\n        raise RuntimeError('class setup broke')\n"),
  fc.integer({ min: 0, max: 999 }),
).map(([methods, extra, n]) => {
  const ms = methods.map((m, i) => `    ${m.deco}def test_${String.fromCharCode(97 + i)}_${n % 7}(self):\n${m.text}\n`).join('\n');
  return `class T${n}(unittest.TestCase):\n${extra}${ms}`;
});

const BODY = `
def show(text):
    text = re.sub(r"in \\d+\\.\\d+s", "in X.XXXs", text)
    print(re.sub(r"(?m)^    .*\\n", "", text), end="")

for src in sources:
    ns = {'unittest': unittest, '__name__': 'gen', 'Fraction': Fraction, 'Decimal': Decimal}
    exec(src, ns)
    cls = [v for k, v in ns.items() if k.startswith('T')][0]
    for verbosity in (1, 2):
        buf = io.StringIO()
        suite = unittest.TestLoader().loadTestsFromTestCase(cls)
        result = unittest.TextTestRunner(stream=buf, verbosity=verbosity).run(suite)
        show(buf.getvalue())
        print(result.testsRun, result.wasSuccessful(), len(result.failures), len(result.errors), len(result.skipped),
              len(result.expectedFailures), len(result.unexpectedSuccesses))
        print('=====')
`;

const tasks: RunTask[] = [];
for (let seed = 1; seed <= 5; seed++) {
  const sources = fc.sample(suite, { seed: 6600 + seed, numRuns: 20 });
  tasks.push({ id: `unittest_random_${seed}`, source: `import io\nimport re\nimport unittest\nfrom fractions import Fraction\nfrom decimal import Decimal\nsources = [\n    ${sources.map((s) => JSON.stringify(s)).join(',\n    ')}\n]\n${BODY}` });
}

describeRuns('unittest: generated suites give CPython 3.12\'s reports', tasks, {}, { steps: false });
