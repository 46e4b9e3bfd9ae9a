// str search/split/join/pad methods against CPython 3.12: hand-picked calls and
// fixed-seed fast-check ones (strings over whitespace variants, line breaks,
// astral and lone surrogate characters; indices negative, None, out of range)
// all go to ONE python3 process; the expected results are what it computes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PythonError } from '../../src/runtime/python-error.js';
import * as m from '../../src/runtime/str-methods.js';
import { runPythonJson } from '../../src/testing/python-json.js';

const SEED = 20240911;

/** A JSON argument; non-str join items are numbers, null or arrays (int, NoneType, list). */
type Arg = string | number | boolean | null | Arg[];
/** [method, receiver, positional args]; 'slice' is s[a:b:c], 'mul' is s * n. */
type Call = [string, string, Arg[]];

const pyTypeName = (x: Arg): string => (x === null ? 'NoneType' : Array.isArray(x) ? 'list' : typeof x === 'number' ? 'int' : 'str');
const str = (x: Arg | undefined): string => x as string;
const idx = (x: Arg | undefined): number | null | undefined => x as number | null | undefined;
const strOrTuple = (x: Arg | undefined): string | string[] => x as string | string[];
const optStr = (x: Arg | undefined): string | null | undefined => x as string | null | undefined;

const DISPATCH: Record<string, (s: string, a: Arg[]) => unknown> = {
  find: (s, a) => m.strFind(s, str(a[0]), idx(a[1]), idx(a[2])),
  rfind: (s, a) => m.strRfind(s, str(a[0]), idx(a[1]), idx(a[2])),
  index: (s, a) => m.strIndex(s, str(a[0]), idx(a[1]), idx(a[2])),
  rindex: (s, a) => m.strRindex(s, str(a[0]), idx(a[1]), idx(a[2])),
  count: (s, a) => m.strCount(s, str(a[0]), idx(a[1]), idx(a[2])),
  startswith: (s, a) => m.strStartswith(s, strOrTuple(a[0]), idx(a[1]), idx(a[2])),
  endswith: (s, a) => m.strEndswith(s, strOrTuple(a[0]), idx(a[1]), idx(a[2])),
  split: (s, a) => m.strSplit(s, optStr(a[0]), idx(a[1])),
  rsplit: (s, a) => m.strRsplit(s, optStr(a[0]), idx(a[1])),
  splitlines: (s, a) => m.strSplitlines(s, a[0] as boolean | undefined),
  strip: (s, a) => m.strStrip(s, optStr(a[0])),
  lstrip: (s, a) => m.strLstrip(s, optStr(a[0])),
  rstrip: (s, a) => m.strRstrip(s, optStr(a[0])),
  partition: (s, a) => m.strPartition(s, str(a[0])),
  rpartition: (s, a) => m.strRpartition(s, str(a[0])),
  replace: (s, a) => m.strReplace(s, str(a[0]), str(a[1]), idx(a[2])),
  join: (s, a) => m.strJoin(s, (a[0] as Arg[]).map((x) => (typeof x === 'string' ? x : { pyTypeName: pyTypeName(x) }))),
  center: (s, a) => m.strCenter(s, a[0] as number, optStr(a[1]) ?? undefined),
  ljust: (s, a) => m.strLjust(s, a[0] as number, optStr(a[1]) ?? undefined),
  rjust: (s, a) => m.strRjust(s, a[0] as number, optStr(a[1]) ?? undefined),
  zfill: (s, a) => m.strZfill(s, a[0] as number),
  expandtabs: (s, a) => m.strExpandtabs(s, a[0] as number | undefined),
  removeprefix: (s, a) => m.strRemoveprefix(s, str(a[0])),
  removesuffix: (s, a) => m.strRemovesuffix(s, str(a[0])),
  slice: (s, a) => m.strSlice(s, idx(a[0]), idx(a[1]), idx(a[2])),
  mul: (s, a) => m.strRepeat(s, a[0] as number),
};

function outcome([name, s, args]: Call): string {
  try {
    return '=' + JSON.stringify(DISPATCH[name]!(s, args));
  } catch (e) {
    if (e instanceof PythonError) return e.lastLine;
    throw e;
  }
}

// ---------------------------------------------------------------------------
// Hand-picked calls

const hand: Call[] = [
  ['count', 'abc', ['']], ['count', 'abc', ['', 1]], ['count', 'abc', ['', 5]], ['count', 'abc', ['', -1, -5]], ['count', 'aaaa', ['aa']],
  ['find', 'abc', ['', 5]], ['find', 'abc', ['', 3]], ['rfind', 'abc', ['', 3]], ['rfind', 'abc', ['', -10, 2]], ['find', 'abc', ['c', -1]],
  ['index', 'abc', ['d']], ['rindex', 'abc', ['a', 1]], ['find', 'a😀b😀c', ['b']], ['rfind', 'a😀b😀c', ['😀']], ['find', 'a😀b', ['\udc00']],
  ['find', '😀', ['\ude00']], ['find', '😀', ['\ud83d']], ['count', '😀😀', ['']], ['find', '😀x', ['x', 1]], ['count', '\ud83d😀', ['\ud83d']],
  ['rfind', '😀', ['\ude00']], ['rfind', '😀a', ['\ud83d']], ['rindex', 'x\ude00😀', ['\ude00']], ['rpartition', 'a😀b', ['\ude00']],
  ['rsplit', '\ud83d😀\ud83d', ['\ud83d']], ['count', '😀\ude00😀', ['\ude00']], ['replace', '😀\ude00', ['\ude00', '-']],
  ['startswith', 'abc', ['', 5]], ['startswith', 'abc', ['', 3]], ['endswith', 'abc', [['x', 'bc']]], ['endswith', 'a😀', ['😀', 0, 2]],
  ['startswith', '😀', ['\ud83d']], ['endswith', '😀', ['\ude00']], ['startswith', 'abc', [[]]], ['endswith', 'abc', ['b', null, -1]],
  ['split', ' a  b \t c ', []], ['split', ' a  b  c ', [null, 1]], ['split', ' a  b  c ', [null, 0]], ['rsplit', ' a  b  c ', [null, 1]],
  ['rsplit', ' a  b  c ', [null, 0]], ['split', 'a,b,,c', [',']], ['rsplit', 'a,b,,c', [',', 2]], ['split', 'abc', ['']], ['rsplit', 'abc', ['']],
  ['split', '', []], ['split', '', [',']], ['split', '\x1c\x1d\x1e\x1fa\x85b\xa0c\u3000d\u200be', []], ['split', 'a😀b', ['😀']],
  ['split', '😀', ['\ud83d']], ['splitlines', 'a\r\nb\rc\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\x1fm', []],
  ['splitlines', 'a\r\nb\r', [true]], ['splitlines', '', []], ['splitlines', '\n', [true]], ['splitlines', '\r\r\n\n', []],
  ['strip', ' \t\x1f\x85 a \u3000', []], ['strip', 'xxaxx', ['x']], ['lstrip', '😀a😀', ['😀']], ['rstrip', 'a😀', ['\ude00']],
  ['strip', 'abc', ['']], ['strip', '\u200ba\u200b', []], ['partition', 'a,b,c', [',']], ['rpartition', 'a,b,c', [',']], ['partition', 'abc', ['']],
  ['partition', 'abc', ['x']], ['rpartition', 'abc', ['x']], ['replace', 'abc', ['', '-']], ['replace', 'abc', ['', '-', 2]], ['replace', '', ['', 'x']],
  ['replace', 'a😀b', ['', '.']], ['replace', 'aaa', ['a', 'b', 2]], ['replace', 'aaa', ['a', 'b', 0]], ['replace', 'aaa', ['aa', 'b']],
  ['replace', 'abc', ['', '-', 0]], ['join', ',', [['a', 'b']]], ['join', ',', [['a', 1, 'c']]], ['join', ',', [[null]]], ['join', '', [[]]],
  ['join', '😀', [['a', 'b', 'c']]], ['join', ',', [['a', 'b', []]]], ['center', 'abc', [6]], ['center', 'ab', [5]], ['center', 'abc', [6, '*']],
  ['center', 'a', [4, '😀']], ['center', 'a', [4, 'ab']], ['ljust', 'a', [3, '']], ['rjust', 'a😀', [4, '-']], ['center', 'abcd', [2]],
  ['zfill', '-3', [5]], ['zfill', '+', [3]], ['zfill', 'a-', [4]], ['zfill', '', [2]], ['zfill', '😀', [3]], ['zfill', '12', [-1]],
  ['expandtabs', 'a\tb\n\tc\r12\t', []], ['expandtabs', '😀\tx', [4]], ['expandtabs', 'a\tb', [0]], ['expandtabs', 'a\tb', [-3]],
  ['removeprefix', 'abc', ['ab']], ['removeprefix', 'abc', ['']], ['removeprefix', '😀a', ['\ud83d']], ['removesuffix', 'a😀', ['\ude00']],
  ['removesuffix', 'abc', ['bc']], ['slice', 'a😀bcd', [1, 3]], ['slice', 'a😀bcd', [null, null, -1]], ['slice', 'abcdef', [-2, -10, -2]],
  ['slice', 'abc', [null, null, 0]], ['slice', 'abcdef', [10, null, -3]], ['mul', 'ab', [3]], ['mul', 'ab', [-1]], ['mul', '😀', [2]],
];

// ---------------------------------------------------------------------------
// Generated calls

const FRAGMENTS = [
  'a', 'b', 'a', 'b', 'ab', 'ba', 'c', ' ', ' ', '  ', '\t', '\n', '\r', '\r\n', '\x0b', '\x0c', '\x1c', '\x1f', '\x85', '\xa0', '\u2028',
  '\u3000', '\u200b', '😀', '😀', '𝟎', '\ud800', '\udc00', '-', '+', '0', 'é', ',',
];
const text = (max: number) => fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: max }).map((xs) => xs.join(''));
const index = fc.oneof(fc.integer({ min: -12, max: 12 }), fc.constant(null), fc.constantFrom(-100, 100, 2 ** 40, -(2 ** 40)));
const count = fc.oneof(fc.integer({ min: -2, max: 4 }), fc.constant(-1));
const width = fc.integer({ min: -2, max: 16 });
const fill = fc.constantFrom(' ', '*', '😀', '\u3000', '', 'ab');
/** Trailing args dropped at random, as when a caller omits them. */
const prefixOf = (args: Arg[], min: number) => fc.integer({ min, max: args.length }).map((n) => args.slice(0, n));

function calls(name: string, args: (s: string) => fc.Arbitrary<Arg[]>): fc.Arbitrary<Call> {
  return text(12).chain((s) => args(s).map((a): Call => [name, s, a]));
}
/** A needle: often a piece of s itself, else random text. */
const needle = (s: string) =>
  fc.oneof(
    fc.tuple(fc.nat(s.length), fc.nat(3)).map(([i, n]) => Array.from(s).slice(i, i + n).join('')),
    text(2),
  );
const searchArgs = (s: string) => fc.tuple(needle(s), index, index).chain((a) => prefixOf(a, 1));

const GEN: Array<[string, (s: string) => fc.Arbitrary<Arg[]>, number]> = [
  ['find', searchArgs, 500], ['rfind', searchArgs, 500], ['index', searchArgs, 300], ['rindex', searchArgs, 300],
  ['count', searchArgs, 500],
  ['startswith', (s) => fc.tuple(fc.oneof(needle(s), fc.array(needle(s), { maxLength: 3 })), index, index).chain((a) => prefixOf(a, 1)), 400],
  ['endswith', (s) => fc.tuple(fc.oneof(needle(s), fc.array(needle(s), { maxLength: 3 })), index, index).chain((a) => prefixOf(a, 1)), 400],
  ['split', (s) => fc.tuple(fc.oneof(fc.constant(null), needle(s)), count).chain((a) => prefixOf(a, 0)), 500],
  ['rsplit', (s) => fc.tuple(fc.oneof(fc.constant(null), needle(s)), count).chain((a) => prefixOf(a, 0)), 500],
  ['splitlines', () => fc.tuple(fc.boolean()).chain((a) => prefixOf(a, 0)), 300],
  ['strip', (s) => fc.tuple(fc.oneof(fc.constant(null), needle(s), text(3))).chain((a) => prefixOf(a, 0)), 300],
  ['lstrip', (s) => fc.tuple(fc.oneof(fc.constant(null), needle(s), text(3))).chain((a) => prefixOf(a, 0)), 200],
  ['rstrip', (s) => fc.tuple(fc.oneof(fc.constant(null), needle(s), text(3))).chain((a) => prefixOf(a, 0)), 200],
  ['partition', (s) => needle(s).map((x) => [x]), 200], ['rpartition', (s) => needle(s).map((x) => [x]), 200],
  ['replace', (s) => fc.tuple(needle(s), text(2), count).chain((a) => prefixOf(a, 2)), 500],
  ['join', () => fc.array(fc.oneof({ weight: 8, arbitrary: text(3) }, { weight: 1, arbitrary: fc.constantFrom<Arg>(1, null, []) }), { maxLength: 5 }).map((xs) => [xs]), 300],
  ['center', () => fc.tuple(width, fill).chain((a) => prefixOf(a, 1)), 300],
  ['ljust', () => fc.tuple(width, fill).chain((a) => prefixOf(a, 1)), 150], ['rjust', () => fc.tuple(width, fill).chain((a) => prefixOf(a, 1)), 150],
  ['zfill', () => width.map((w) => [w]), 200],
  ['expandtabs', () => fc.tuple(fc.integer({ min: -1, max: 9 })).chain((a) => prefixOf(a, 0)), 300],
  ['removeprefix', (s) => needle(s).map((x) => [x]), 150], ['removesuffix', (s) => needle(s).map((x) => [x]), 150],
  ['slice', () => fc.tuple(index, index, fc.oneof(fc.constant(null), fc.integer({ min: -4, max: 4 }))), 500],
  ['mul', () => fc.integer({ min: -2, max: 4 }).map((n) => [n]), 50],
];

const generated: Call[] = GEN.flatMap(([name, args, numRuns], k) => fc.sample(calls(name, args), { seed: SEED + k, numRuns }));
const allCalls = [...hand, ...generated];

const PY = String.raw`
import json, sys
calls = json.load(sys.stdin)
out = []
for name, s, args in calls:
    try:
        if name == 'slice':
            a, b, c = (args + [None, None, None])[:3]
            v = s[a:b:c]
        elif name == 'mul':
            v = s * args[0]
        else:
            if name in ('startswith', 'endswith') and isinstance(args[0], list):
                args = [tuple(args[0])] + args[1:]
            v = getattr(s, name)(*args)
        out.append({'v': v})
    except Exception as e:
        out.append({'e': f'{type(e).__name__}: {e}' if str(e) else type(e).__name__})
print(json.dumps(out))
`;

// Which code points split(), strip() and splitlines() treat as whitespace or line
// breaks, over all of Unicode (surrogates excluded: they cannot stand alone).
const PY_TABLES = String.raw`
import json, sys
json.load(sys.stdin)
cps = [c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
print(json.dumps({
    'space': [c for c in cps if ('a' + chr(c) + 'b').split() == ['a', 'b']],
    'strip': [c for c in cps if (chr(c) + 'a' + chr(c)).strip() == 'a'],
    'lines': [c for c in cps if ('a' + chr(c) + 'b').splitlines() == ['a', 'b']],
}))
`;

const expected = runPythonJson<Array<{ v?: unknown; e?: string }>>(['-c', PY], allCalls).map((r) =>
  r.e !== undefined ? r.e : '=' + JSON.stringify(r.v),
);
const tables = runPythonJson<{ space: number[]; strip: number[]; lines: number[] }>(['-c', PY_TABLES], null);

describe('str methods against CPython', () => {
  for (const name of Object.keys(DISPATCH)) {
    const picked = allCalls.map((c, i) => [c, i] as const).filter(([c]) => c[0] === name);
    it(`${name}: ${picked.length} calls match CPython`, () => {
      expect(picked.length).toBeGreaterThan(0);
      const bad: string[] = [];
      for (const [c, i] of picked) {
        const got = outcome(c);
        if (got !== expected[i]) bad.push(`${JSON.stringify(c)}: got ${got}, CPython ${expected[i]}`);
      }
      expect(bad.slice(0, 30)).toEqual([]);
    });
  }

  it('errors are a minority of the calls but present', () => {
    expect(expected.length).toBe(allCalls.length);
    const errors = expected.filter((e) => !e.startsWith('='));
    expect(errors.length).toBeGreaterThan(50);
    expect(errors.length).toBeLessThan(allCalls.length / 4);
  });

  it('whitespace and line breaks over all code points match CPython', () => {
    const cps: number[] = [];
    for (let c = 0; c < 0x110000; c++) if (c < 0xd800 || c > 0xdfff) cps.push(c);
    const ch = (c: number): string => String.fromCodePoint(c);
    expect(cps.filter((c) => m.strSplit('a' + ch(c) + 'b').length === 2)).toEqual(tables.space);
    expect(cps.filter((c) => m.strStrip(ch(c) + 'a' + ch(c)) === 'a')).toEqual(tables.strip);
    expect(cps.filter((c) => m.strSplitlines('a' + ch(c) + 'b').length === 2)).toEqual(tables.lines);
    expect(tables.space.length).toBeGreaterThan(20);
  });
});
