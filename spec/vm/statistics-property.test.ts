// Property: the statistics functions give CPython 3.12's results (exact
// reprs, so floats bit for bit; error types and messages) on random data sets
// of ints, floats, Fractions and Decimals (alone and mixed), drawn by
// fast-check with fixed seeds; each task runs its whole batch in one CPython
// process.
import fc from 'fast-check';
import { describeRuns, type RunTask } from './run-compare.js';

const pyFloat = (x: number): string => {
  if (Number.isNaN(x)) return "float('nan')";
  if (!Number.isFinite(x)) return x > 0 ? "float('inf')" : "-float('inf')";
  if (Object.is(x, -0)) return '-0.0';
  const s = String(x);
  return /[.e]/.test(s) ? s : `${s}.0`;
};

const smallInt = fc.integer({ min: -20, max: 20 }).map(String);
const posInt = fc.integer({ min: 1, max: 30 }).map(String);
const bigInt = fc.bigInt(-(2n ** 80n), 2n ** 80n).map(String);
const niceFloat = fc.integer({ min: -400, max: 400 }).map((n) => pyFloat(n / 8));
const anyFloat = fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(pyFloat);
const tinyFloat = fc.double({ min: 1e-300, max: 1e-290, noNaN: true }).map(pyFloat);
const hugeFloat = fc.constantFrom('1e308', '-1e308', '1.7e308', '8.98846567431158e307');
const posFloat = fc.double({ min: 0.01, max: 1e4, noNaN: true }).map(pyFloat);
const special = fc.constantFrom("float('nan')", "float('inf')", "-float('inf')");
const frac = fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 12 })).map(([n, d]) => `F(${n}, ${d})`);
const posFrac = fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 12 })).map(([n, d]) => `F(${n}, ${d})`);
const dec = fc.tuple(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: 0, max: 3 })).map(([n, e]) => `D('${(n / 10 ** e).toFixed(e)}')`);
const posDec = fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 3 })).map(([n, e]) => `D('${(n / 10 ** e).toFixed(e)}')`);

const listOf = (elem: fc.Arbitrary<string>, max = 9): fc.Arbitrary<string> =>
  fc.array(elem, { minLength: 0, maxLength: max }).map((xs) => `[${xs.join(', ')}]`);

// A data set: one kind of number (most of the time) or a mix.
const data = fc.oneof(
  { weight: 3, arbitrary: listOf(smallInt) },
  { weight: 1, arbitrary: listOf(bigInt, 6) },
  { weight: 3, arbitrary: listOf(niceFloat) },
  { weight: 3, arbitrary: listOf(anyFloat) },
  { weight: 1, arbitrary: listOf(fc.oneof(tinyFloat, hugeFloat, anyFloat), 5) },
  { weight: 1, arbitrary: listOf(fc.oneof(special, niceFloat), 5) },
  { weight: 2, arbitrary: listOf(frac) },
  { weight: 2, arbitrary: listOf(dec) },
  { weight: 2, arbitrary: listOf(fc.oneof(smallInt, niceFloat)) },
  { weight: 2, arbitrary: listOf(fc.oneof(smallInt, frac)) },
  { weight: 1, arbitrary: listOf(fc.oneof(smallInt, dec)) },
  { weight: 1, arbitrary: listOf(fc.oneof(frac, niceFloat)) },
  // No Decimal mixed with float or Fraction: CPython's error names the two types in the order of a set of
  // type objects, which hash by address.
  { weight: 1, arbitrary: listOf(fc.constantFrom('True', 'False', '1', '0')) },
  { weight: 1, arbitrary: listOf(fc.constantFrom("'a'", "'b'", "'c'", '(1, 2)', 'None'), 6) },
);
const posData = fc.oneof(listOf(posInt), listOf(posFloat), listOf(posFrac), listOf(posDec), listOf(fc.oneof(posInt, posFrac)),
  listOf(fc.oneof(posInt, fc.constant('0'))), listOf(fc.oneof(posFloat, smallInt)));
const weights = fc.oneof(listOf(posInt), listOf(fc.oneof(posInt, niceFloat)), listOf(fc.oneof(posFrac, fc.constant('0'))));

const ONE_ARG = ['mean', 'median', 'median_low', 'median_high', 'median_grouped', 'mode', 'multimode', 'stdev',
  'variance', 'pstdev', 'pvariance', 'fmean', 'geometric_mean', 'harmonic_mean', 'quantiles', 'sorted'];

// harmonic_mean of Decimals mixed with ints sums Decimal and float terms: CPython's TypeError names the
// two types in the order of a set of type objects (hashed by address), so those calls are left out.
const call: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: fc.tuple(fc.constantFrom(...ONE_ARG), data).map(([f, d]) => `${f}(${d})`) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('geometric_mean', 'harmonic_mean', 'stdev', 'pstdev', 'variance', 'pvariance', 'mean'), posData).map(([f, d]) => `${f}(${d})`) },
  { weight: 2, arbitrary: fc.tuple(data, fc.integer({ min: -1, max: 7 }), fc.constantFrom('', ", method='inclusive'", ", method='exclusive'", ", method='other'"))
    .map(([d, n, m]) => `quantiles(${d}, n=${n}${m})`) },
  { weight: 1, arbitrary: fc.tuple(data, fc.constantFrom('1', '2', '0.5', '3.0', "'x'", 'F(1, 3)')).map(([d, i]) => `median_grouped(${d}, ${i})`) },
  { weight: 1, arbitrary: fc.tuple(posData, weights).map(([d, w]) => `harmonic_mean(${d}, weights=${w})`) },
  { weight: 1, arbitrary: fc.tuple(data, weights).map(([d, w]) => `fmean(${d}, weights=${w})`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('variance', 'pvariance', 'stdev', 'pstdev'), data, fc.oneof(smallInt, niceFloat, frac))
    .map(([f, d, c]) => `${f}(${d}, ${c})`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('mean', 'median', 'mode', 'multimode', 'fmean', 'stdev', 'variance'), fc.constantFrom('iter([3, 1, 2])', '(x for x in [])', "'aab'", 'range(7)', 'range(0)', "{'a': 1, 'b': 2}", 'iter([1.5, 2])'))
    .map(([f, d]) => `${f}(${d})`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('correlation', 'covariance', 'linear_regression'), listOf(smallInt, 6), listOf(niceFloat, 6))
    .map(([f, x, y]) => `${f}(${x}, ${y})`) },
).filter((c) => !(c.startsWith('harmonic_mean') && c.includes("D('") && /[[ ]-?\d+[,\]]/.test(c)));

const BODY = `
ns = {name: getattr(statistics, name) for name in dir(statistics) if not name.startswith('_')}
ns.update(F=Fraction, D=Decimal, sorted=sorted)
for c in calls:
    try:
        print(c, '->', repr(eval(c, ns)))
    except Exception as e:
        print(c, '->', type(e).__name__, e)
`;

const tasks: RunTask[] = [];
for (let seed = 1; seed <= 6; seed++) {
  const calls = fc.sample(call, { seed: 7100 + seed, numRuns: 250 });
  tasks.push({
    id: `statistics_random_${seed}`,
    source: `import statistics\nfrom fractions import Fraction\nfrom decimal import Decimal\ncalls = [\n    ${calls.map((c) => JSON.stringify(c)).join(',\n    ')}\n]\n${BODY}`,
  });
}

describeRuns('statistics: random data sets give CPython 3.12\'s results', tasks, {}, { steps: false });
