// Property: random call sequences on array.array objects of every typecode
// give CPython 3.12's results: values, reprs, byte images, slicing, and the
// exact errors (overflow messages per C type, bad types, bad indexes). Cases
// come from fast-check with fixed seeds; each task is one CPython process.
import fc from 'fast-check';
import { describeRuns, type RunTask } from './run-compare.js';

const TYPECODES = ['b', 'B', 'u', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'f', 'd'];
const EDGE_INTS = ['0', '1', '-1', '127', '128', '-128', '-129', '255', '256', '32767', '32768', '-32769', '65535', '65536',
  '2**31-1', '2**31', '-2**31-1', '2**32-1', '2**32', '2**63-1', '2**63', '-2**63-1', '2**64-1', '2**64', '10**30'];

const intVal = fc.oneof(fc.integer({ min: -20, max: 300 }).map(String), fc.constantFrom(...EDGE_INTS));
const floatVal = fc.oneof(fc.integer({ min: -400, max: 400 }).map((n) => `${n / 8}`.replace(/^(-?\d+)$/, '$1.0')),
  fc.constantFrom('0.1', '1e300', '-1e-300', "float('inf')", "float('nan')", '3.4028235e38', '1e39', '-0.0'));
const charVal = fc.constantFrom("'a'", "'b'", "'é'", "'\\U0001F600'", "'z'", "'ab'", "''");
const otherVal = fc.constantFrom('None', "'x'", '1.5', 'True', '[1]', 'b"a"', '2', '-3');
const value = (tc: string): fc.Arbitrary<string> => {
  if (tc === 'u') return fc.oneof({ weight: 5, arbitrary: charVal }, { weight: 1, arbitrary: otherVal });
  if (tc === 'f' || tc === 'd') return fc.oneof({ weight: 5, arbitrary: floatVal }, { weight: 2, arbitrary: intVal }, { weight: 1, arbitrary: otherVal });
  return fc.oneof({ weight: 6, arbitrary: intVal }, { weight: 1, arbitrary: otherVal });
};
const list = (tc: string, max = 5): fc.Arbitrary<string> => fc.array(value(tc), { maxLength: max }).map((xs) => `[${xs.join(', ')}]`);
const idx = fc.oneof(fc.integer({ min: -7, max: 7 }).map(String), fc.constantFrom('None', "'1'", '1.0', '10**20'));
const sliceArb = fc.tuple(fc.constantFrom('', '-2', '0', '1', '3', '9'), fc.constantFrom('', '-1', '2', '4', '20'), fc.constantFrom('', '', '2', '-1', '-2', '0'))
  .map(([a, b, c]) => (c === '' ? `${a}:${b}` : `${a}:${b}:${c}`));

function ops(tc: string): fc.Arbitrary<string[]> {
  const other = fc.constantFrom(...TYPECODES);
  const op: fc.Arbitrary<string> = fc.oneof(
    value(tc).map((v) => `a.append(${v})`),
    list(tc).map((l) => `a.extend(${l})`),
    fc.tuple(other, list(tc, 3)).map(([o, l]) => `a.extend(array('${o}', ${l}))`),
    list(tc).map((l) => `a.fromlist(${l})`),
    fc.tuple(idx, value(tc)).map(([i, v]) => `a.insert(${i}, ${v})`),
    fc.constantFrom('a.pop()', 'a.pop(0)', 'a.pop(-2)', 'a.pop(50)', 'a.reverse()', 'a.tolist()', 'a.tobytes()', 'len(a)', 'a.byteswap()',
      'a.itemsize', 'a.typecode', 'list(a)', 'a.tounicode()', 'a * 2', 'a * -1', '2 * a', 'a + a', "a + array('b')", 'a + [1]', 'bytes(a)',
      'a == array(a.typecode, a.tolist())', 'a < array(a.typecode, a.tolist() + [a[0]] if a else [])', 'sorted(a)', 'a.buffer_info()[1]',
      'a.count(a[0])', 'a.index(a[-1])', 'a.__reduce_ex__(3)[1][:2]', 'str(a)', 'hash(a)', 'a.frombytes(a.tobytes())', 'a.fromunicode("hé")',
      "array(a.typecode, a.tobytes())", "array(a.typecode, 'abc')", "array(a.typecode, b'abcd')", "array('x')", "array(a.typecode, a)",
      'a.frombytes(b"12345")', 'a.frombytes(bytearray(8))', 'del a[1]', 'del a[::2]', 'a.__contains__(0)'),
    value(tc).map((v) => `a.remove(${v})`),
    value(tc).map((v) => `a.index(${v})`),
    value(tc).map((v) => `a.count(${v})`),
    value(tc).map((v) => `${v} in a`),
    fc.tuple(value(tc), fc.integer({ min: -3, max: 5 }), fc.integer({ min: -2, max: 9 })).map(([v, i, j]) => `a.index(${v}, ${i}, ${j})`),
    idx.map((i) => `a[${i}]`),
    fc.tuple(idx, value(tc)).map(([i, v]) => `a[${i}] = ${v}`),
    sliceArb.map((s) => `a[${s}]`),
    fc.tuple(sliceArb, list(tc, 4)).map(([s, l]) => `a[${s}] = array(a.typecode, ${l})`),
    fc.tuple(sliceArb, list(tc, 3)).map(([s, l]) => `a[${s}] = ${l}`),
    sliceArb.map((s) => `del a[${s}]`),
    list(tc, 3).map((l) => `a += array(a.typecode, ${l})`),
    fc.integer({ min: -1, max: 3 }).map((n) => `a *= ${n}`),
    list(tc, 3).map((l) => `a += ${l}`),
  );
  return fc.array(op, { minLength: 15, maxLength: 30 });
}

const caseArb = fc.constantFrom(...TYPECODES).chain((tc) => fc.tuple(fc.constant(tc), list(tc, 6), ops(tc)));

const BODY = `
for tc, init, ops in cases:
    print('---', tc, init)
    try:
        a = eval('array(%r, %s)' % (tc, init))
    except Exception as e:
        print('init:', type(e).__name__, e)
        a = array(tc)
    for op in ops:
        try:
            if '=' in op.replace('==', '') or op.startswith('del '):
                exec(op)
                print(op, '=>', a)
            else:
                print(op, '->', repr(eval(op)), a)
        except Exception as e:
            print(op, '->', type(e).__name__, e, a)
`;

const tasks: RunTask[] = [];
for (let seed = 1; seed <= 10; seed++) {
  const cases = fc.sample(caseArb, { seed: 2700 + seed, numRuns: 25 });
  const src = cases.map(([tc, init, o]) => `('${tc}', ${JSON.stringify(init)}, [\n        ${o.map((x) => JSON.stringify(x)).join(',\n        ')}])`).join(',\n    ');
  tasks.push({ id: `array_random_${seed}`, source: `from array import array\ncases = [\n    ${src}\n]\n${BODY}` });
}

describeRuns('array: random call sequences give CPython 3.12\'s results', tasks, {}, { steps: false });
