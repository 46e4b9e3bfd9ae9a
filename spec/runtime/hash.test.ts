// hash() and set iteration order against CPython 3.12 (PYTHONHASHSEED=0):
// every value goes to ONE python3 process, which hashes it and builds the
// sets; the expected answers are what it prints.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConstFrozenset, ConstTuple, type ConstValue } from '../../src/bytecode/code.js';
import { constEquals, constHash, constRepr, frozensetConstOrder, isNameLike } from '../../src/bytecode/dis.js';
import { PyBytes, PyComplex } from '../../src/parser/constants.js';
import { hashFloat, hashInt, hashStr, HASH_MODULUS } from '../../src/runtime/hash.js';
import { SetTable, setIterationOrder } from '../../src/runtime/set-order.js';
import { runPythonJson } from '../../src/testing/python-json.js';

const SEED = 20240613;

// ---------------------------------------------------------------------------
// Values travel typed: [tag, ...] so floats keep their bits and ints their size.

type Wire = [string, ...unknown[]];
const f64 = new Float64Array(1);
const u8 = new Uint8Array(f64.buffer);
const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

function toWire(v: ConstValue): Wire {
  if (v === null) return ['n'];
  switch (typeof v) {
    case 'boolean': return ['B', v];
    case 'bigint': return ['i', v.toString()];
    case 'number': f64[0] = v; return ['f', hex(u8)];
    case 'string': return ['s', v];
  }
  if (v instanceof ConstTuple) return ['t', v.items.map(toWire)];
  if (v instanceof ConstFrozenset) return ['F', v.items.map(toWire)];
  if (v instanceof PyBytes) return ['b', hex(v.bytes)];
  if (v instanceof PyComplex) return ['c', toWire(v.real), toWire(v.imag)];
  throw new Error(`no wire form for ${constRepr(v)}`);
}

const PYTHON = String.raw`
import json, struct, sys
def val(x):
    t = x[0]
    if t == 'n': return None
    if t == 'B': return x[1]
    if t == 'i': return int(x[1])
    if t == 'f': return struct.unpack('<d', bytes.fromhex(x[1]))[0]
    if t == 's': return x[1]
    if t == 'b': return bytes.fromhex(x[1])
    if t == 't': return tuple(val(y) for y in x[1])
    if t == 'F': return frozenset(val(y) for y in x[1])
    if t == 'c': return complex(val(x[1]), val(x[2]))
    raise ValueError(t)
d = json.loads(sys.stdin.buffer.read().decode('utf-8', 'surrogatepass'))
out = {}
out['hashes'] = [str(hash(val(x))) for x in d['values']]
out['sets'] = [[repr(v) for v in set(val(y) for y in xs)] for xs in d['sets']]
ops = []
for seq in d['ops']:
    s = set()
    for add, x in seq:
        (s.add if add else s.discard)(val(x))
    ops.append([repr(v) for v in s])
out['ops'] = ops
consts = []
for xs in d['consts']:
    co = compile('x in {' + ', '.join(repr(val(y)) for y in xs) + '}', 'c', 'exec')
    consts.append([repr(v) for v in next(c for c in co.co_consts if isinstance(c, frozenset))])
out['consts'] = consts
nan = float('nan')
out['nan'] = [str(hash(nan)), str(id(nan))]
sys.stdout.write(json.dumps(out))
`;

// ---------------------------------------------------------------------------
// Inputs

const bigs = (n: bigint): bigint[] => [n - 1n, n, n + 1n, -n - 1n, -n, -n + 1n];
const ints: bigint[] = [
  0n, 1n, -1n, -2n, 2n, 255n, 256n, -256n, 2n ** 31n, 2n ** 32n, 2n ** 53n,
  ...bigs(HASH_MODULUS), ...bigs(2n ** 61n), ...bigs(2n ** 62n), ...bigs(2n ** 63n), ...bigs(2n ** 64n),
  ...bigs(2n * HASH_MODULUS), ...bigs(HASH_MODULUS * HASH_MODULUS), ...bigs(2n ** 200n), ...bigs(10n ** 100n),
  ...fc.sample(fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }), { seed: SEED, numRuns: 500 }),
  ...fc.sample(fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }), { seed: SEED + 1, numRuns: 500 }),
  ...fc.sample(fc.integer(), { seed: SEED + 2, numRuns: 300 }).map(BigInt),
];

const fromBits = (bits: bigint): number => new Float64Array(BigUint64Array.of(bits).buffer)[0]!;
const floats: number[] = [
  0, -0, Infinity, -Infinity, 0.5, -0.5, 1.5, 0.1, 1 / 3, Math.PI, 1e308, -1e308, 5e-324, -5e-324, 2.2250738585072014e-308,
  2 ** 53, 2 ** 53 + 2, 2 ** 61, 2 ** 61 - 2 ** 8, 2 ** 63, 2 ** 64, 1e22, -1, 1e-300, 2 ** -61, 2 ** -1074, 2 ** 1023,
  ...fc.sample(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map(fromBits), { seed: SEED + 3, numRuns: 1000 }),
  ...fc.sample(fc.double({ noNaN: true }), { seed: SEED + 4, numRuns: 1000 }),
].filter((x) => !Number.isNaN(x));

const strs: string[] = [
  '', 'a', 'ab', 'abcdefg', 'abcdefgh', 'abcdefghi', 'hello world, this is longer than sixteen', 'é', 'ÿ', 'éa',
  '\u0100', 'aĀ', '\uffff', '\ud800', 'a\udfff', '😀', 'a😀', '\u{10ffff}', '\x00', '\x00\x00',
  ...fc.sample(fc.string({ unit: 'binary', maxLength: 20 }), { seed: SEED + 5, numRuns: 800 }),
  ...fc.sample(fc.string({ maxLength: 20 }), { seed: SEED + 6, numRuns: 300 }),
  ...fc.sample(fc.string({ unit: 'grapheme', maxLength: 10 }), { seed: SEED + 7, numRuns: 200 }),
];

const bytesValues: PyBytes[] = [
  new Uint8Array(0), Uint8Array.of(0), Uint8Array.from({ length: 256 }, (_, i) => i),
  ...fc.sample(fc.uint8Array({ maxLength: 40 }), { seed: SEED + 8, numRuns: 500 }),
].map((b) => new PyBytes(b));

const scalar: fc.Arbitrary<ConstValue> = fc.oneof(
  fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }),
  fc.integer({ min: -5, max: 5 }).map(BigInt),
  fc.double({ noNaN: true }),
  fc.string({ maxLength: 6 }),
  fc.boolean(),
  fc.constant(null),
);
const nested: fc.Arbitrary<ConstValue> = fc.letrec<{ v: ConstValue }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('v'), { maxLength: 4 }).map((xs) => new ConstTuple(xs)),
  ),
})).v;
const tuples: ConstValue[] = [
  new ConstTuple([]), new ConstTuple([1n]), new ConstTuple([-1n]), new ConstTuple([1n, 2n]), new ConstTuple([new ConstTuple([])]),
  ...fc.sample(fc.array(nested, { maxLength: 6 }).map((xs) => new ConstTuple(xs)), { seed: SEED + 9, numRuns: 400 }),
];
const frozensets: ConstValue[] = [
  new ConstFrozenset([]), new ConstFrozenset([1n]), new ConstFrozenset([1n, 1, true]),
  ...fc.sample(fc.array(scalar, { maxLength: 12 }).map((xs) => new ConstFrozenset(xs)), { seed: SEED + 10, numRuns: 300 }),
];
const complexes: ConstValue[] = [
  new PyComplex(0, 0), new PyComplex(-0, 1), new PyComplex(1, -1), new PyComplex(Infinity, 2), new PyComplex(1e300, -1e-300),
  ...fc.sample(fc.tuple(fc.double({ noNaN: true }), fc.double({ noNaN: true })), { seed: SEED + 11, numRuns: 300 })
    .map(([a, b]) => new PyComplex(a, b)),
];

const values: ConstValue[] = [
  null, true, false, ...ints, ...floats, ...strs, ...bytesValues, ...tuples, ...frozensets, ...complexes,
];

// Set orders: ints spread over collision-prone ranges and sizes that resize.
const intItem = fc.oneof(
  fc.integer({ min: -10, max: 300 }).map(BigInt),
  fc.integer({ min: 0, max: 40 }).map((k) => BigInt(k) * 8n),
  fc.integer({ min: 0, max: 40 }).map((k) => BigInt(k) * 1024n),
  fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: 0, max: 20 })).map(([k, c]) => BigInt(k) * HASH_MODULUS + BigInt(c)),
  fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n }),
);
const strItem = fc.oneof(fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 }), fc.constantFrom('a', 'b', 'x', 'y', 'é'));
const mixedItem = fc.oneof(intItem, strItem, fc.constantFrom<ConstValue>(1, 1n, true, 0, -0, false, 2.0, 2n, 0.5, null));
const sets: ConstValue[][] = [
  ...fc.sample(fc.array(intItem, { maxLength: 200 }), { seed: SEED + 12, numRuns: 300 }),
  ...fc.sample(fc.array(strItem, { maxLength: 120 }), { seed: SEED + 13, numRuns: 300 }),
  ...fc.sample(fc.array(mixedItem, { maxLength: 40 }), { seed: SEED + 14, numRuns: 200 }),
  Array.from({ length: 2000 }, (_, i) => BigInt(i * 37)),
];
const ops: [boolean, ConstValue][][] = fc.sample(
  fc.array(fc.tuple(fc.boolean(), fc.oneof(intItem, strItem)), { maxLength: 150 }),
  { seed: SEED + 15, numRuns: 300 },
);
// Frozenset constants: ints, strs that are never interned, and one-letter
// strs (some of which CPython has as static identifiers: a third build).
const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz_');
const constSets: ConstValue[][] = [
  ...fc.sample(fc.array(fc.integer({ min: -50, max: 200 }).map(BigInt), { minLength: 1, maxLength: 14 }), { seed: SEED + 16, numRuns: 400 }),
  ...fc.sample(
    fc.array(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 3 }).filter((s) => !isNameLike(s)), { minLength: 1, maxLength: 10 }),
    { seed: SEED + 17, numRuns: 400 },
  ),
  ...fc.sample(fc.array(letter, { minLength: 2, maxLength: 12 }), { seed: SEED + 18, numRuns: 400 }),
];

interface Answer { hashes: string[]; sets: string[][]; ops: string[][]; consts: string[][]; nan: [string, string] }
const answer = runPythonJson<Answer>(['-c', PYTHON], {
  values: values.map(toWire),
  sets: sets.map((xs) => xs.map(toWire)),
  ops: ops.map((seq) => seq.map(([add, x]) => [add, toWire(x)])),
  consts: constSets.map((xs) => xs.map(toWire)),
});

describe('hash() equals CPython 3.12', () => {
  it(`for ${values.length} ints, floats, strs, bytes, tuples, frozensets, complexes, bools and None`, () => {
    const got = values.map((v) => constHash(v).toString());
    const bad = values.flatMap((v, i) => (got[i] === answer.hashes[i] ? [] : [`${constRepr(v)}: ${got[i]} != ${answer.hashes[i]}`]));
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('for number-typed ints and the str fast paths', () => {
    for (const n of [0, 1, -1, -2, 2 ** 53 - 1, -(2 ** 53), 2 ** 62, -(2 ** 70)]) expect(hashInt(n)).toBe(hashInt(BigInt(n)));
    expect(hashStr('a')).toBe(4644417185603328019n);
  });

  it('for NaN: by address, as CPython 3.10+', () => {
    const [h, id] = answer.nan;
    expect(hashFloat(NaN, BigInt(id)).toString()).toBe(h);
  });
});

describe('set iteration order equals CPython 3.12', () => {
  it(`list(set(xs)) for ${sets.length} insertion sequences`, () => {
    sets.forEach((xs, i) => {
      expect(setIterationOrder(xs, constHash, constEquals).map(constRepr), `case ${i}`).toEqual(answer.sets[i]);
    });
  });

  it(`add/discard sequences (${ops.length}), dummies reused as CPython does`, () => {
    ops.forEach((seq, i) => {
      const table = new SetTable<ConstValue>({ equals: constEquals });
      for (const [add, x] of seq) {
        if (add) table.add(x, constHash(x));
        else table.discard(x, constHash(x));
      }
      expect([...table].map(constRepr), `case ${i}`).toEqual(answer.ops[i]);
    });
  });

  it(`frozenset constants of \`x in {…}\` (${constSets.length}), built two or three times by the compiler`, () => {
    constSets.forEach((xs, i) => {
      expect(frozensetConstOrder(xs).map(constRepr), `case ${i}`).toEqual(answer.consts[i]);
    });
  });
});
