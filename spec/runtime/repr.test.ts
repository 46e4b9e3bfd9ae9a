// floatRepr / complexRepr / strRepr / bytesRepr against CPython 3.12 itself:
// every input (fixed-seed fast-check samples plus hand-picked edge cases) goes
// to ONE python3 process, and the expected strings are what it prints.
import fc from 'fast-check';
import { runPythonJson } from '../../src/testing/python-json.js';
import { describe, expect, it } from 'vitest';
import { complexRepr, floatRepr } from '../../src/runtime/float-repr.js';
import { bytesRepr, strRepr } from '../../src/runtime/str-repr.js';
import { bitsOf, fromBits, toBitsHex } from './float-bits.js';

/**
 * Known differences from CPython, one reason each. Inputs listed here are
 * still run, and must still differ (so the list cannot go stale silently).
 */
export const KNOWN_DIFFERENCES: ReadonlyArray<{ input: string; reason: string }> = [];

const SEED = 20240612;

// ---------------------------------------------------------------------------
// Inputs


const edgeFloats: number[] = [
  0, -0, Infinity, -Infinity, NaN, -NaN, fromBits(0xfff8000000000001n), fromBits(0x7ff0000000000001n),
  1, -1, 0.1, 0.5, 1.5, 2.5, 100, 123.456, 1 / 3, 2 / 3, Math.PI, Math.E,
  Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE, 2.2250738585072014e-308,
  2.225073858507201e-308, Number.EPSILON, Number.MAX_SAFE_INTEGER, 2 ** 53, 2 ** 53 + 2, 2 ** 63, 2 ** 64,
  9007199254740993, 5e-324, 1e22, 1e21, 1e23, 123456789012345680000, 0.000001, 1e-7,
  1.7976931348623157e308, 4.9406564584124654e-324,
];
for (let e = -330; e <= 310; e++) {
  const p = Number(`1e${e}`);
  for (const x of [p, -p, 1.5 * p, 9.999999999999999 * p, 123456789 * p]) edgeFloats.push(x);
  const bits = bitsOf(p);
  if (bits > 0n && bits < 0x7ff0000000000000n) edgeFloats.push(fromBits(bits - 1n), fromBits(bits + 1n));
}
for (let k = 0; k <= 20; k++) {
  const ten = 10 ** k;
  edgeFloats.push(ten, ten - 1, ten + 1, ten - 0.5, ten + 0.5, ten * 1.0000001, ten / 3);
}

const randomFloats = [
  ...fc.sample(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map(fromBits), { seed: SEED, numRuns: 3000 }),
  ...fc.sample(fc.double(), { seed: SEED + 1, numRuns: 2000 }),
  ...fc.sample(fc.integer({ min: -(2 ** 31), max: 2 ** 31 }), { seed: SEED + 2, numRuns: 300 }),
  ...fc.sample(fc.bigInt({ min: 0n, max: 0x000fffffffffffffn }).map(fromBits), { seed: SEED + 3, numRuns: 300 }),
  ...fc.sample(
    fc.tuple(fc.integer({ min: 1, max: 999999 }), fc.integer({ min: -25, max: 25 })).map(([m, e]) => Number(`${m}e${e}`)),
    { seed: SEED + 4, numRuns: 1000 },
  ),
];
const floats = [...edgeFloats, ...randomFloats];

const complexParts = [0, -0, 1, -1, 2.5, -2.5, 1e16, 1e-5, 1e300, -1e-300, Infinity, -Infinity, NaN, -NaN, 1 / 3, 5e-324];
const complexes: Array<[number, number]> = [];
for (const a of complexParts) for (const b of complexParts) complexes.push([a, b]);
complexes.push(
  ...fc.sample(fc.tuple(fc.double(), fc.double()), { seed: SEED + 5, numRuns: 500 }),
  ...fc.sample(
    fc.tuple(fc.constantFrom(0, -0, 1, NaN), fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map(fromBits)),
    { seed: SEED + 6, numRuns: 200 },
  ),
);

/** A code point drawn from the interesting regions of the code space. */
const codePoint = fc.oneof(
  fc.integer({ min: 0, max: 0x10ffff }),
  fc.integer({ min: 0, max: 0x7f }),
  fc.integer({ min: 0x80, max: 0xff }),
  fc.constantFrom(0x27, 0x22, 0x5c, 0x20, 0x7f, 0xa0, 0xad, 0x2028, 0x2029, 0x3000, 0xfeff, 0x200b, 0xfffd, 0xffff),
  fc.integer({ min: 0xd800, max: 0xdfff }), // surrogates
  fc.integer({ min: 0xe000, max: 0xf8ff }), // private use
  fc.integer({ min: 0xf0000, max: 0x10ffff }), // supplementary private use
  fc.integer({ min: 0x300, max: 0x36f }), // combining marks
  fc.integer({ min: 0x0370, max: 0x3fff }),
  fc.integer({ min: 0x1f000, max: 0x1faff }), // emoji, incl. code points assigned after Unicode 15.0
  fc.integer({ min: 0xe0000, max: 0xe01ff }), // tags, variation selectors, unassigned
);

function fromCodePoints(cps: number[]): string {
  let s = '';
  for (const cp of cps) s += cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
  return s;
}
/** The code points a JS string stands for (a high+low surrogate pair is one code point). */
function codePointsOf(s: string): number[] {
  return Array.from(s, (ch) => ch.codePointAt(0)!);
}

const strings: string[] = [
  '', "'", '"', `'"`, `"'`, "a'b", 'a"b', '\\', "\\'", '\n\r\t\x00\x1f\x7f\x80\x9f\xa0\xad\xff',
  '\u0100\u0378\u2028\u3000\ufeff\uffff', '\ud800', '\udfff', 'a\ud800b', '\udc00\ud800', '😀', '\u{e0001}\u{10ffff}',
  '\u{1fae8}\u{1fa89}', 'é', 'e\u0301', '\u{31350}\u{2ebf0}',
  ...fc.sample(fc.array(codePoint, { maxLength: 24 }).map(fromCodePoints), { seed: SEED + 7, numRuns: 3000 }),
  ...fc.sample(fc.string({ unit: 'binary', maxLength: 16 }), { seed: SEED + 8, numRuns: 500 }),
  // Printable ASCII with quotes and backslashes (strRepr's one-piece path, and where it must leave it).
  ...fc.sample(fc.array(fc.constantFrom(0x27, 0x22, 0x5c, 0x41, 0x20, 0x7e, 0x7f, 0x1f), { maxLength: 10 }).map(fromCodePoints), { seed: SEED + 11, numRuns: 500 }),
];

const bytesCases: Uint8Array[] = [
  new Uint8Array([]), new Uint8Array([0x27]), new Uint8Array([0x22]), new Uint8Array([0x27, 0x22]),
  Uint8Array.from({ length: 256 }, (_, i) => i),
  ...fc.sample(fc.uint8Array({ maxLength: 24 }), { seed: SEED + 9, numRuns: 2000 }),
  ...fc.sample(fc.array(fc.constantFrom(0x27, 0x22, 0x5c, 0x41, 0x0a, 0x7f, 0x80), { maxLength: 8 }), { seed: SEED + 10, numRuns: 300 }).map(
    (a) => Uint8Array.from(a),
  ),
];

// Every code point, as one string (surrogates separately: adjacent lone
// surrogates would pair up in a JS string).
const SWEEP_CHUNK = 0x10000;

// ---------------------------------------------------------------------------
// The oracle

const PY = String.raw`
import sys, json, struct
assert sys.version_info[:2] == (3, 12), sys.version
req = json.load(sys.stdin)
f = lambda h: struct.unpack('>d', bytes.fromhex(h))[0]
out = {
  'version': sys.version,
  'floats': [repr(f(h)) for h in req['floats']],
  'complexes': [repr(complex(f(a), f(b))) for a, b in req['complexes']],
  'strs': [repr(''.join(map(chr, cps))) for cps in req['strs']],
  'bytes': [repr(bytes(b)) for b in req['bytes']],
  'sweep': [repr(''.join(chr(c) for c in range(lo, min(lo + req['chunk'], 0x110000)) if not 0xd800 <= c <= 0xdfff))
            for lo in range(0, 0x110000, req['chunk'])],
  'surrogates': repr('|'.join(chr(c) for c in range(0xd800, 0xe000))),
}
json.dump(out, sys.stdout)
`;

interface PyOut {
  version: string;
  floats: string[];
  complexes: string[];
  strs: string[];
  bytes: string[];
  sweep: string[];
  surrogates: string;
}

function runPython(): PyOut {
  const req = {
    floats: floats.map(toBitsHex),
    complexes: complexes.map(([a, b]) => [toBitsHex(a), toBitsHex(b)]),
    strs: strings.map(codePointsOf),
    bytes: bytesCases.map((b) => Array.from(b)),
    chunk: SWEEP_CHUNK,
  };
  return runPythonJson<PyOut>(['-c', PY], req);
}

const py = runPython();

/** Compare actual vs expected for a batch, honouring KNOWN_DIFFERENCES; returns mismatches. */
function mismatches(inputs: string[], actual: string[], expected: string[]): string[] {
  const known = new Set(KNOWN_DIFFERENCES.map((k) => k.input));
  const bad: string[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const same = actual[i] === expected[i];
    if (known.has(inputs[i]!)) {
      if (same) bad.push(`listed as known difference but now equal: ${inputs[i]}`);
    } else if (!same) {
      bad.push(`${inputs[i]}: got ${JSON.stringify(actual[i])}, CPython ${JSON.stringify(expected[i])}`);
    }
  }
  return bad;
}

describe('floatRepr', () => {
  it(`matches CPython repr(float) for ${floats.length} doubles`, () => {
    expect(py.version.startsWith('3.12')).toBe(true);
    const inputs = floats.map((x) => `float ${toBitsHex(x)}`);
    expect(mismatches(inputs, floats.map(floatRepr), py.floats).slice(0, 20)).toEqual([]);
  });

  it('hand-checked layout', () => {
    expect([1e16, 1e15, 1e-4, 1e-5, 1.5e300, -0, 0, 2, Infinity, -Infinity, NaN].map(floatRepr)).toEqual([
      '1e+16', '1000000000000000.0', '0.0001', '1e-05', '1.5e+300', '-0.0', '0.0', '2.0', 'inf', '-inf', 'nan',
    ]);
  });
});

describe('complexRepr', () => {
  it(`matches CPython repr(complex) for ${complexes.length} pairs`, () => {
    const inputs = complexes.map(([a, b]) => `complex ${toBitsHex(a)} ${toBitsHex(b)}`);
    const actual = complexes.map(([a, b]) => complexRepr(a, b));
    expect(mismatches(inputs, actual, py.complexes).slice(0, 20)).toEqual([]);
  });
});

describe('strRepr', () => {
  it(`matches CPython repr(str) for ${strings.length} strings`, () => {
    const inputs = strings.map((s) => `str ${JSON.stringify(codePointsOf(s))}`);
    expect(mismatches(inputs, strings.map(strRepr), py.strs).slice(0, 20)).toEqual([]);
  });

  it('matches CPython for every code point', () => {
    const bad: string[] = [];
    for (let lo = 0, k = 0; lo < 0x110000; lo += SWEEP_CHUNK, k++) {
      const cps: number[] = [];
      for (let c = lo; c < Math.min(lo + SWEEP_CHUNK, 0x110000); c++) if (c < 0xd800 || c > 0xdfff) cps.push(c);
      const got = strRepr(fromCodePoints(cps));
      const want = py.sweep[k]!;
      if (got !== want) {
        let i = 0;
        while (got[i] === want[i]) i++;
        bad.push(`chunk ${lo.toString(16)} differs at ${i}: ${JSON.stringify(got.slice(i - 10, i + 20))} vs ${JSON.stringify(want.slice(i - 10, i + 20))}`);
      }
    }
    expect(bad).toEqual([]);
    const surrogates: string[] = [];
    for (let c = 0xd800; c < 0xe000; c++) surrogates.push(String.fromCharCode(c));
    expect(strRepr(surrogates.join('|'))).toBe(py.surrogates);
  });
});

describe('bytesRepr', () => {
  it(`matches CPython repr(bytes) for ${bytesCases.length} byte strings`, () => {
    const inputs = bytesCases.map((b) => `bytes ${JSON.stringify(Array.from(b))}`);
    expect(mismatches(inputs, bytesCases.map(bytesRepr), py.bytes).slice(0, 20)).toEqual([]);
  });
});
