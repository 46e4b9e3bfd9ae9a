// Property: the parts of time that CPython 3.12 fixes for given inputs (not
// the clocks, which etpy replaces by a deterministic counter) give CPython's
// results: gmtime/localtime of fixed timestamps (ints, floats, negatives,
// out-of-range values), struct_time fields, repr and construction errors,
// strftime with random directive strings, asctime, mktime, and strptime of
// random texts. localtime/mktime/ctime assume the local zone is UTC, as etpy's
// is and as this machine's is (TZ unset, /etc/timezone Etc/UTC). Cases come
// from fast-check with fixed seeds; each task is one CPython process.
import fc from 'fast-check';
import { describeRuns, type RunTask } from './run-compare.js';

const stamp = fc.oneof(
  fc.integer({ min: -2_000_000_000, max: 4_000_000_000 }).map(String),
  fc.bigInt(-(10n ** 12n), 10n ** 12n).map(String),
  fc.double({ min: -1e10, max: 1e10, noNaN: true }).map((x) => (Number.isInteger(x) ? `${x}.0` : String(x))),
  // no None: gmtime(None) reads the real clock in CPython
  fc.constantFrom('0', '-1', '86399', '951782400', '1709164800', '253402300799', '253402300800', '-62135596800', '-62135596801', '10**20', "float('nan')",
    "float('inf')", '1e300', '-0.5', '0.999999', "'1'", '1.5e9', '2**63', '-2**63', '67768036191676799', '67768036191676800'),
);
const DIRECTIVES = ['%a', '%A', '%b', '%B', '%c', '%d', '%H', '%I', '%j', '%m', '%M', '%p', '%S', '%U', '%w', '%W', '%x', '%X', '%y', '%Y',
  '%Z', '%z', '%%', '%e', '%G', '%g', '%V', '%u', '%C', '%D', '%F', '%T', '%R', '%r', '%h', '%n', '%t', '%s', '%k', '%l', '%P', '%-d', '%E', '%O', '%Q', '%', '%5Y', '%_m', '%0e', '%^a', '%#b'];
const fmt = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...DIRECTIVES) }, { weight: 1, arbitrary: fc.constantFrom(' ', '-', ':', 'x', 'é', '/', 'T') }), { maxLength: 6 })
  .map((xs) => xs.join(''));
const tupleArb = fc.tuple(fc.integer({ min: -5, max: 10000 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 }), fc.integer({ min: -1, max: 25 }),
  fc.integer({ min: -1, max: 62 }), fc.integer({ min: -1, max: 63 }), fc.integer({ min: -2, max: 8 }), fc.integer({ min: -1, max: 368 }), fc.integer({ min: -2, max: 2 }))
  .map((t) => `(${t.join(', ')})`);
const validTuple = fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 23 }),
  fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 366 }), fc.integer({ min: -1, max: 1 }))
  .map((t) => `(${t.join(', ')})`);
const textArb = fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }))
  .map(([y, m, d, h, mi]) => `'${y}-${m}-${d} ${h}:${mi}'`);

const expr: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: stamp.map((s) => `gmtime(${s})`) },
  { weight: 1, arbitrary: stamp.map((s) => `localtime(${s})`) },
  { weight: 1, arbitrary: stamp.map((s) => `tuple(gmtime(${s}))`) },
  { weight: 1, arbitrary: stamp.map((s) => `(gmtime(${s}).tm_zone, gmtime(${s}).tm_gmtoff, gmtime(${s}).tm_yday, gmtime(${s}).tm_isdst)`) },
  { weight: 4, arbitrary: fc.tuple(fmt, stamp).map(([f, s]) => `strftime(${JSON.stringify(f)}, gmtime(${s}))`) },
  { weight: 2, arbitrary: fc.tuple(fmt, validTuple).map(([f, t]) => `strftime(${JSON.stringify(f)}, ${t})`) },
  { weight: 2, arbitrary: fc.tuple(fmt, tupleArb).map(([f, t]) => `strftime(${JSON.stringify(f)}, ${t})`) },
  { weight: 1, arbitrary: tupleArb.map((t) => `asctime(${t})`) },
  { weight: 1, arbitrary: validTuple.map((t) => `asctime(${t})`) },
  { weight: 1, arbitrary: stamp.map((s) => `asctime(gmtime(${s}))`) },
  { weight: 1, arbitrary: stamp.map((s) => `ctime(${s})`) },
  { weight: 1, arbitrary: validTuple.map((t) => `mktime(${t})`) },
  { weight: 1, arbitrary: stamp.map((s) => `mktime(gmtime(${s}))`) },
  { weight: 1, arbitrary: tupleArb.map((t) => `struct_time(${t})`) },
  { weight: 1, arbitrary: fc.constantFrom('struct_time((1, 2))', 'struct_time(range(11))', 'struct_time(range(12))', 'struct_time(5)', 'struct_time("abcdefghi")',
    'gmtime(0)[9]', 'gmtime(0)[-1]', 'gmtime(0)[2:5]', 'gmtime(0).n_fields', 'gmtime(0).n_sequence_fields', 'gmtime(0) == gmtime(0.5)', 'gmtime(0) < gmtime(1)', 'gmtime(1, 2)',
    'strftime("%Y")[:0]', 'strftime(1)', 'strftime("%Y", (1,))', 'strftime("%Y", "abc")', 'gmtime().tm_zone', 'asctime((2024,))', 'type(gmtime(0)).__name__',
    'time.struct_time.__module__', 'hash(gmtime(0)) == hash(tuple(gmtime(0)))', 'gmtime(0)._asdict()', 'gmtime(0).__reduce__()[1]') },
  { weight: 2, arbitrary: fc.tuple(textArb, fc.constantFrom('%Y-%m-%d %H:%M', '%Y-%m-%d', '%Y-%m-%d %H:%M:%S', '%y-%m-%d %H:%M')).map(([t, f]) => `strptime(${t}, '${f}')`) },
  // strptime formats naming a field twice are left out: CPython's error quotes positions in its own regex
  { weight: 1, arbitrary: fc.tuple(fmt, stamp).filter(([f]) => new Set(f.match(/%./g) ?? []).size === (f.match(/%./g) ?? []).length)
    .map(([f, s]) => `strptime(strftime(${JSON.stringify(f)}, gmtime(${s})), ${JSON.stringify(f)})`) },
);

const BODY = `
ns = {name: getattr(time, name) for name in dir(time) if not name.startswith('_')}
ns['time'] = time
for c in calls:
    try:
        print(c, '->', repr(eval(c, ns)))
    except Exception as e:
        print(c, '->', type(e).__name__, e)
`;

const tasks: RunTask[] = [];
for (let seed = 1; seed <= 5; seed++) {
  const calls = fc.sample(expr, { seed: 9100 + seed, numRuns: 250 });
  tasks.push({ id: `time_random_${seed}`, source: `import time\ncalls = [\n    ${calls.map((c) => JSON.stringify(c)).join(',\n    ')}\n]\n${BODY}` });
}

describeRuns('time: fixed-input functions give CPython 3.12\'s results', tasks, {}, { steps: false });
