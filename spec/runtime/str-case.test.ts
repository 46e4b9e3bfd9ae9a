// str case methods and Unicode predicates against CPython 3.12: every code
// point alone (plus the two-character contexts that expose the Cased and
// Case_Ignorable properties), then hand-picked and fixed-seed fast-check
// strings for the context-dependent methods. Each batch is ONE python3
// process; the expected values are what it computes.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import * as S from '../../src/runtime/str-case.js';
import { runPythonJson } from '../../src/testing/python-json.js';

const SEED = 20241130;
const N = 0x110000;
const chr = (cp: number): string => String.fromCodePoint(cp);

const PREDICATES = [
  S.isalpha, S.isdecimal, S.isdigit, S.isnumeric, S.isalnum, S.isspace, S.isprintable,
  S.isupper, S.islower, S.istitle, S.isidentifier, S.isascii,
] as const;
const PY_PREDICATES = "('isalpha','isdecimal','isdigit','isnumeric','isalnum','isspace','isprintable'," +
  "'isupper','islower','istitle','isidentifier','isascii')";

/** Bit i set when predicate i holds: the same encoding on both sides. */
const predicateBits = (s: string): number => PREDICATES.reduce((acc, p, i) => acc | (p(s) ? 1 << i : 0), 0);

/**
 * Per code point: the predicate bits of the character alone, then context bits
 * that only the Cased / Case_Ignorable / XID_Continue data can produce.
 */
function contextBits(c: string): number {
  return (S.isidentifier('a' + c) ? 1 : 0)
    | (S.title(c + 'A').endsWith('a') ? 2 : 0)
    | (S.lower('A' + c + '\u03a3').endsWith('\u03c2') ? 4 : 0)
    | ([...S.lower('A\u03a3' + c)][1] === '\u03c2' ? 8 : 0)
    | (S.swapcase('A' + c + '\u03a3').endsWith('\u03c2') ? 16 : 0)
    | (S.title('A' + c + 'xa\u03a3').endsWith('\u03c2') ? 32 : 0);
}
const PY_CONTEXT_BITS = `
def ctx(c):
    return ((('a' + c).isidentifier()) * 1
        | (('' + c + 'A').title().endswith('a')) * 2
        | (('A' + c + '\\u03a3').lower().endswith('\\u03c2')) * 4
        | (('A\\u03a3' + c).lower()[1] == '\\u03c2') * 8
        | (('A' + c + '\\u03a3').swapcase().endswith('\\u03c2')) * 16
        | (('A' + c + 'xa\\u03a3').title().endswith('\\u03c2')) * 32)
`;

const METHODS = ['upper', 'lower', 'casefold', 'swapcase', 'title', 'capitalize'] as const;
type Method = (typeof METHODS)[number];
const IMPL: Record<Method, (s: string) => string> = {
  upper: S.upper, lower: S.lower, casefold: S.casefold, swapcase: S.swapcase, title: S.title, capitalize: S.capitalize,
};

interface PerCodePoint {
  preds: number[];
  ctx: number[];
  /** method → code point (decimal string) → result, where it is not the character itself. */
  maps: Record<Method, Record<string, string>>;
}

describe('every code point alone, against CPython', () => {
  let py: PerCodePoint;
  beforeAll(() => {
    py = runPythonJson<PerCodePoint>(['-c', `
import json, sys
${PY_CONTEXT_BITS}
preds = ${PY_PREDICATES}
methods = ${JSON.stringify(METHODS).replace(/"/g, "'")}
chars = [chr(cp) for cp in range(0x110000)]
out = {
    'preds': [sum(1 << i for i, p in enumerate(preds) if getattr(c, p)()) for c in chars],
    'ctx': [ctx(c) for c in chars],
    'maps': {m: {str(ord(c)): r for c in chars if (r := getattr(c, m)()) != c} for m in methods},
}
json.dump(out, sys.stdout)
`], null);
  }, 60_000);

  it('predicates of each character', () => {
    const ours: number[] = new Array<number>(N);
    for (let cp = 0; cp < N; cp++) ours[cp] = predicateBits(chr(cp));
    const diffs = ours.flatMap((b, cp) => (b === py.preds[cp] ? [] : [[cp.toString(16), b, py.preds[cp]]]));
    expect(diffs.slice(0, 20)).toEqual([]);
    expect(py.preds.length).toBe(N);
  });

  it('Cased, Case_Ignorable and XID_Continue through two- and three-character contexts', () => {
    const diffs: Array<[string, number, number]> = [];
    for (let cp = 0; cp < N; cp++) {
      const b = contextBits(chr(cp));
      if (b !== py.ctx[cp]) diffs.push([cp.toString(16), b, py.ctx[cp]!]);
    }
    expect(diffs.slice(0, 20)).toEqual([]);
  });

  it.each(METHODS)('%s of each character', (m) => {
    const ours: Record<string, string> = {};
    for (let cp = 0; cp < N; cp++) {
      const c = chr(cp);
      const r = IMPL[m](c);
      if (r !== c) ours[String(cp)] = r;
    }
    expect(ours).toEqual(py.maps[m]);
  });
});

// Characters whose handling depends on their neighbours or expands.
const POOL = [
  ...'aAzZ09 _.\'-', ...'ΣσςΑαΐΰ', ...'ßẞ', ...'İıIi', ...'ﬁﬂﬃﬅ', ...'ǄǅǆǇǈǉǱǲǳ',
  '\u0301', '\u0307', '\u0345', '\u00ad', '\u200d', '\u02bc', '\u0149', 'ᾈ', 'ᾀ', 'ῼ',
  '𐐀', '𐐨', '𝐀', '𞤀', 'Ⅻ', 'ⅻ', 'Ⓐ', 'ⓐ', '²', '٣', '½', '\u3000', '\x85', '\x1c', '\u00aa', 'ª', 'ǰ', 'ŉ',
];

const handStrings = [
  '', ' ', 'ß', 'ﬁ', 'ǆ', 'ǅ', 'Ǆ', 'ǆa', 'ǅa', 'aǆ', 'Σ', 'ΑΣ', 'ΑΣ.', 'ΑΣ\u0301', 'ΑΣΑ', 'Α\u00adΣ', 'Α\u00adΣ\u00adΑ', '.Σ',
  'ΣΑ', 'ὈΔΥΣΣΕΎΣ', 'İstanbul', 'ıi', 'hello world', "they're bill's", 'ǉubljana', 'Ab1Cd', 'A1b', '1a', 'A_b', '_',
  '__init__', 'a1', '1a', 'ℌ', 'ᾈa', 'aᾈ', 'ᾈ', '𐐨𐐀', 'ＡＢ', 'x\u0345Σ', '\u0345Σ', 'AΣ\u0345', 'ǰ', 'ŉ', 'ΐ', 'ﬅ',
];

describe('whole strings against CPython', () => {
  const randomStrings = fc.sample(
    fc.array(fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...POOL) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x10ffff })
        .filter((cp) => cp < 0xd800 || cp > 0xdfff).map((cp) => chr(cp)) },
    ), { maxLength: 12 }).map((a) => a.join('')),
    { seed: SEED, numRuns: 4000 },
  );
  const inputs = [...handStrings, ...randomStrings];
  let py: Array<[...string[], number]>;
  beforeAll(() => {
    py = runPythonJson<Array<[...string[], number]>>(['-c', `
import json, sys
preds = ${PY_PREDICATES}
methods = ${JSON.stringify(METHODS).replace(/"/g, "'")}
json.dump([[getattr(s, m)() for m in methods] + [sum(1 << i for i, p in enumerate(preds) if getattr(s, p)())]
           for s in json.load(sys.stdin)], sys.stdout)
`], inputs);
  }, 30_000);

  it('the random strings exercise sigma, digraphs and expansions', () => {
    expect(inputs.some((s) => S.lower(s).includes('ς'))).toBe(true);
    expect(inputs.some((s) => S.title(s).includes('ǅ'))).toBe(true);
    expect(inputs.filter((s) => S.istitle(s)).length).toBeGreaterThan(50);
  });

  it.each(METHODS.map((m, i) => [m, i] as const))('%s', (m, i) => {
    const ours = inputs.map((s) => [s, IMPL[m](s)]);
    const theirs = inputs.map((s, k) => [s, py[k]![i]]);
    expect(ours).toEqual(theirs);
  });

  it('predicates', () => {
    const ours = inputs.map((s) => [s, predicateBits(s)]);
    const theirs = inputs.map((s, k) => [s, py[k]![METHODS.length]]);
    expect(ours).toEqual(theirs);
  });
});
