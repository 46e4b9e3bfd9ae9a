// parseNumber / decodeStringLiteral / decodeFStringMiddle against CPython 3.12:
// every literal (fixed-seed fast-check samples plus hand-picked edge cases) is
// parsed by ONE python3 process with ast.parse, and its values, SyntaxError
// messages/locations and SyntaxWarnings are the expected results.
import fc from 'fast-check';
import { runPythonJson } from '../../src/testing/python-json.js';
import { describe, expect, it } from 'vitest';
import { PyComplex } from '../../src/parser/constants.js';
import { decodeFStringMiddle, decodeStringLiteral, LiteralError, parseNumber } from '../../src/parser/literals.js';

/**
 * Known differences from CPython, one reason each. Cases that fall under one
 * are still run and checked to behave exactly as described here.
 */
export const KNOWN_DIFFERENCES = [
  {
    id: 'unicode-name-aliases',
    reason:
      "\\N{NAME} knows every character name of CPython 3.12's unicodedata, but not the formal name aliases " +
      "(NameAliases.txt, e.g. LINE FEED), which unicodedata cannot list: they give 'unknown Unicode character name'.",
    examples: [
      { prefix: '', body: '\\N{LINE FEED}' },
      { prefix: '', body: '\\N{BYTE ORDER MARK}' },
    ],
  },
] as const;

const SEED = 31337;

// ---------------------------------------------------------------------------
// Number literals

const digitGroups = (min: number, max: number, digits: string): fc.Arbitrary<string> =>
  fc
    .array(fc.string({ unit: fc.constantFrom(...digits.split('')), minLength: 1, maxLength: max }), {
      minLength: min,
      maxLength: 4,
    })
    .map((gs) => gs.join('_'));
const decDigits = digitGroups(1, 6, '0123456789');
const exponent = fc
  .tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.oneof(decDigits, fc.integer({ min: 0, max: 400 }).map(String)))
  .map(([e, s, d]) => e + s + d);

const intLiteral = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.oneof(fc.constant(''), decDigits.map((d) => '_' + d), fc.string({ unit: fc.constantFrom('0', '1', '9'), maxLength: 40 })))
    .map(([a, b]) => `${a}${b}`),
  digitGroups(1, 3, '0'),
  fc.tuple(fc.constantFrom('0x', '0X'), fc.constantFrom('', '_'), digitGroups(1, 12, '0123456789abcdefABCDEF')).map((p) => p.join('')),
  fc.tuple(fc.constantFrom('0o', '0O'), fc.constantFrom('', '_'), digitGroups(1, 12, '01234567')).map((p) => p.join('')),
  fc.tuple(fc.constantFrom('0b', '0B'), fc.constantFrom('', '_'), digitGroups(1, 20, '01')).map((p) => p.join('')),
);
const floatLiteral = fc.oneof(
  fc.tuple(decDigits, fc.option(decDigits, { nil: '' }), fc.option(exponent, { nil: '' })).map(([a, b, e]) => `${a}.${b}${e}`),
  fc.tuple(decDigits, fc.option(exponent, { nil: '' })).map(([b, e]) => `.${b}${e}`),
  fc.tuple(decDigits, exponent).map(([a, e]) => a + e),
  // long mantissas exercise correct rounding
  fc.tuple(fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: 15, maxLength: 60 }), fc.integer({ min: -340, max: 320 }))
    .map(([d, e]) => `${d.slice(0, 1)}.${d.slice(1)}e${e}`),
);
const imagLiteral = fc
  .tuple(fc.oneof(floatLiteral, decDigits), fc.constantFrom('j', 'J'))
  .map(([n, j]) => n + j);

const numberTexts: string[] = [
  '0', '00', '0_0', '1', '9', '10', '0x0', '0XfF', '0o777', '0b1_0', '0x_1', '1_000_000', '1.', '.5', '1.5', '1e5', '1E-5',
  '1_0.0_1e+0_1', '0e0', '00.5', '01e5', '09.9', '01j', '0j', '1J', '.5j', '1.e5', '1.e5j',
  '9007199254740993', '9007199254740993.0', '2.2250738585072011e-308', '2.2250738585072012e-308',
  '2.4703282292062327e-324', '2.4703282292062328e-324', '1.7976931348623157e308', '1.7976931348623158e308',
  '1.7976931348623159e308', '1e308', '1e309', '1e400', '1e-400', '0.1e-400', '1e1000000000000', '0e999999999999999',
  '1e-1000000000000', '123456789012345678901234567890', '123456789012345678901234567890.0', '0.1', '0.2', '0.3',
  '3.141592653589793238462643383279', '18446744073709551616', '340282366920938463463374607431768211457',
  '1'.repeat(640), '1'.repeat(641), '1'.repeat(4300), '1'.repeat(4301), '1'.repeat(5000), `1${'_0'.repeat(4299)}`,
  `1${'_0'.repeat(4300)}`, '0'.repeat(5000), '9'.repeat(4301) + '.0', '9'.repeat(4301) + 'j', '0x' + 'f'.repeat(5000),
  '0b' + '1'.repeat(20000), '0o' + '7'.repeat(5000), '179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9999999',
  '179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792',
  ...fc.sample(intLiteral, { seed: SEED, numRuns: 1000 }),
  ...fc.sample(floatLiteral, { seed: SEED + 1, numRuns: 2000 }),
  ...fc.sample(imagLiteral, { seed: SEED + 2, numRuns: 500 }),
];

// ---------------------------------------------------------------------------
// String literal bodies (single-quoted, so a bare ' or newline never appears)

const hexDigit = fc.constantFrom(...'0123456789abcdefABCDEF'.split(''));
const notHex = fc.constantFrom('g', 'G', 'z', ' ', '\\\\', '"', 'é', '{');
const escapePiece = fc.oneof(
  fc.constantFrom(
    '\\\\', "\\'", '\\"', '\\a', '\\b', '\\f', '\\n', '\\r', '\\t', '\\v', '\\\n', '\\q', '\\8', '\\9', '\\z', '\\{',
    '\\}', '\\ ', '\\é', '\\😀', '\\中', '\\N', '\\N{', '\\N{}', '\\Nx', '\\N}', '\\"', '\\0', '\\00', '\\000',
  ),
  fc.tuple(fc.integer({ min: 0, max: 511 }), fc.integer({ min: 1, max: 3 })).map(([v, w]) => {
    const o = v.toString(8);
    return '\\' + (o.length >= w ? o : o.padStart(w, '0'));
  }),
  fc.tuple(fc.constantFrom('x', 'u', 'U'), fc.array(hexDigit, { maxLength: 8 }), fc.option(notHex, { nil: '' })).map(
    ([k, ds, t]) => `\\${k}${ds.slice(0, k === 'x' ? 2 : k === 'u' ? 4 : 8).join('')}${t}`,
  ),
  fc
    .oneof(fc.integer({ min: 0, max: 0x10ffff }), fc.integer({ min: 0x110000, max: 0x7fffffff }), fc.integer({ min: 0xd800, max: 0xdfff }))
    .map((v) => '\\U' + v.toString(16).padStart(8, '0')),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((v) => '\\u' + v.toString(16)),
  fc.integer({ min: 0, max: 255 }).map((v) => '\\x' + v.toString(16).padStart(2, '0')),
);
const plainPiece = fc.constantFrom('a', 'Z', '0', '7', '8', 'x', 'u', 'U', 'N', '{', '}', ' ', '"', 'é', 'ß', '😀', '中', '\u0301', '\u00a0', '\t', 'ab c');
const asciiPlainPiece = fc.constantFrom('a', 'Z', '0', '7', 'x', 'N', '{', '}', ' ', '"', '\t', 'ab c', '\x7f', '\x01');
const strBody = fc.array(fc.oneof({ weight: 3, arbitrary: escapePiece }, { weight: 2, arbitrary: plainPiece }), { maxLength: 10 }).map((a) => a.join(''));
const asciiBody = fc.array(fc.oneof({ weight: 3, arbitrary: escapePiece }, { weight: 2, arbitrary: asciiPlainPiece }), { maxLength: 10 })
  .map((a) => a.join(''));

interface StrCase {
  prefix: string;
  body: string;
}
const strCases: StrCase[] = [
  ...['', 'r', 'b', 'rb', 'u', 'R', 'Rb', 'bR', 'BR', 'U', 'B'].flatMap((prefix) =>
    ['', 'abc', '\\x4', 'ab\\x4g', '\\u12', '\\U0011ffff', '\\U001', '\\N', '\\Nx', '\\N{', '\\N{}', 'ä\\x4', '\\ä\\x4', '\\777',
      '\\q', '\\777\\q', '\\q\\777', '\\477', '\\400', '\\8', 'ä', '😀\\x', '\\😀\\x', '\\ud83d\\ude00', '\\ud800', '\\\n',
      '\\\\\\\n', '\\x4"', 'a\\\nb\\\\'].map((body) => ({ prefix, body })),
  ),
  ...fc.sample(fc.tuple(fc.constantFrom('', 'u', 'r', 'R'), strBody), { seed: SEED + 3, numRuns: 2500 })
    .map(([prefix, body]) => ({ prefix, body })),
  ...fc.sample(fc.tuple(fc.constantFrom('b', 'rb', 'Br', 'B'), asciiBody), { seed: SEED + 4, numRuns: 1500 })
    .map(([prefix, body]) => ({ prefix, body })),
  ...fc.sample(fc.tuple(fc.constantFrom('b', 'rb'), strBody), { seed: SEED + 5, numRuns: 200 })
    .map(([prefix, body]) => ({ prefix, body })),
];

// f-string literal text: braces only doubled; Python decides which bodies are
// purely literal (those with a replacement field are not inputs for decodeFStringMiddle).
const fPlainPiece = fc.constantFrom('a', 'x', 'N', '{{', '}}', ' ', '"', 'é', '😀', '\u0301', '7');
const fEscapePiece = fc.oneof(
  escapePiece.filter((p) => !p.includes('{') && !p.includes('}')),
  fc.constantFrom('\\N{}', '\\{{', '\\}}', '\\N{{', '\\N{}}}', '\\\\{{', '\\\\N{{'),
);
const fBody = fc.array(fc.oneof(fEscapePiece, fPlainPiece), { maxLength: 10 }).map((a) => a.join(''));
interface FCase {
  raw: boolean;
  body: string;
}
const fCases: FCase[] = [
  ...[false, true].flatMap((raw) =>
    ['', '{{', '}}', '{{}}', '\\{{', '\\q{{\\w', '\\q}}\\w', 'a{{b\\x4', 'a{{b}}\\x4', '{{\\x4', '\\x4{{', 'ab\\x4g{{',
      '\\N{}', '\\N{}{{\\x4', '\\Nab{{\\x4', '\\N{{', '\\{{\\q', '\\777{{\\777', '\\x4\\N{}'].map((body) => ({ raw, body })),
  ),
  ...fc.sample(fc.tuple(fc.boolean(), fBody), { seed: SEED + 6, numRuns: 2500 }).map(([raw, body]) => ({ raw, body })),
];

// \N{name} cases, checked exactly against CPython (names, case, rule-made names, unknown names).
const unicodeNameCases: ReadonlyArray<{ prefix: string; body: string }> = [
  { prefix: '', body: '\\N{BULLET}' },
  { prefix: 'u', body: '\\N{LATIN SMALL LETTER A}' },
  { prefix: '', body: '\\N{latin small letter a}' },
  { prefix: '', body: '\\N{no such name}' },
  { prefix: '', body: 'x\\N{EM DASH}\\x4' },
  { prefix: 'f', body: '\\N{EM DASH}{{' },
  { prefix: '', body: '\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{CJK UNIFIED IDEOGRAPH-04E00}' },
  { prefix: '', body: '\\N{CJK UNIFIED IDEOGRAPH-4e00}' },
  { prefix: '', body: '\\N{HANGUL SYLLABLE GAG}\\N{HANGUL SYLLABLE PWILH}' },
  { prefix: '', body: '\\N{hangul syllable ga}' },
  { prefix: '', body: '\\N{TIBETAN MARK BKA- SHOG YIG MGO}\\N{NUSHU CHARACTER-1B170}\\N{cjk compatibility ideograph-f900}' },
  { prefix: '', body: '\\N{GREEK CAPITAL LETTER DELTA}\\N{SNOWMAN}\\N{FACE WITH TEARS OF JOY}' },
  ...KNOWN_DIFFERENCES[0].examples,
];

// ---------------------------------------------------------------------------
// The oracle

const PY = String.raw`
import sys, json, ast, struct, warnings
assert sys.version_info[:2] == (3, 12), sys.version
req = json.load(sys.stdin)
fhex = lambda x: struct.pack('>d', x).hex()
def units(s):
    out = []
    for ch in s:
        c = ord(ch)
        if c > 0xffff:
            c -= 0x10000
            out += [0xd800 + (c >> 10), 0xdc00 + (c & 0x3ff)]
        else:
            out.append(c)
    return out
def parse(src):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            node = ast.parse(src, mode='eval').body
            err = None
        except SyntaxError as e:
            node = None
            err = {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                   'end_lineno': e.end_lineno, 'end_offset': e.end_offset}
        except Exception as e:
            node = None
            err = {'type': type(e).__name__, 'msg': str(e)}
    return node, err, [str(x.message) for x in w if issubclass(x.category, SyntaxWarning)]
def num(text):
    node, err, _ = parse(text)
    if err: return {'t': 'error', **err}
    v = node.value
    if type(v) is int: return {'t': 'int', 'v': hex(v)}
    if type(v) is float: return {'t': 'float', 'v': fhex(v)}
    return {'t': 'complex', 're': fhex(v.real), 'im': fhex(v.imag)}
def lit(prefix, body):
    node, err, warns = parse(prefix + "'" + body + "'")
    if err: return {'t': 'error', 'warnings': warns, **err}
    v = node.value
    if type(v) is bytes: return {'t': 'bytes', 'v': list(v), 'warnings': warns}
    return {'t': 'str', 'v': units(v), 'warnings': warns}
def flit(raw, body):
    node, err, warns = parse(('rf' if raw else 'f') + "'" + body + "'")
    if err: return {'t': 'error', 'warnings': warns, **err}
    if not all(isinstance(x, ast.Constant) for x in node.values): return {'t': 'field'}
    return {'t': 'str', 'v': units(''.join(x.value for x in node.values)), 'warnings': warns}
json.dump({
  'version': sys.version,
  'numbers': [num(t) for t in req['numbers']],
  'strs': [lit(p, b) for p, b in req['strs']],
  'fstrs': [flit(r, b) for r, b in req['fstrs']],
  'names': [flit(p == 'rf', b) if 'f' in p else lit(p, b) for p, b in req['names']],
}, sys.stdout)
`;

interface PyError {
  t: 'error';
  type: string;
  msg: string;
  lineno?: number;
  offset?: number;
  end_lineno?: number;
  end_offset?: number;
  warnings?: string[];
}
type PyNum = PyError | { t: 'int'; v: string } | { t: 'float'; v: string } | { t: 'complex'; re: string; im: string };
type PyLit = PyError | { t: 'str'; v: number[]; warnings: string[] } | { t: 'bytes'; v: number[]; warnings: string[] } | { t: 'field' };
interface PyOut {
  version: string;
  numbers: PyNum[];
  strs: PyLit[];
  fstrs: PyLit[];
  names: PyLit[];
}

function runPython(): PyOut {
  const req = {
    numbers: numberTexts,
    strs: strCases.map((c) => [c.prefix, c.body]),
    fstrs: fCases.map((c) => [c.raw, c.body]),
    names: unicodeNameCases.map((c) => [c.prefix, c.body]),
  };
  return runPythonJson<PyOut>(['-c', PY], req);
}

const py = runPython();

// ---------------------------------------------------------------------------
// Helpers

const f64 = new Float64Array(1);
const u8 = new Uint8Array(f64.buffer);
function bitsHex(x: number): string {
  f64[0] = x;
  return Array.from(u8).reverse().map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Our outcome in the shape the oracle reports. */
function numOutcome(text: string): PyNum | { t: 'not-supported'; msg: string } {
  try {
    const v = parseNumber(text);
    if (typeof v === 'bigint') return { t: 'int', v: (v < 0n ? '-0x' + (-v).toString(16) : '0x' + v.toString(16)) };
    if (typeof v === 'number') return { t: 'float', v: bitsHex(v) };
    return { t: 'complex', re: bitsHex(v.real), im: bitsHex(v.imag) };
  } catch (e) {
    if (e instanceof LiteralError) return { t: 'error', type: 'SyntaxError', msg: e.msg };
    throw e;
  }
}

type Outcome =
  | { t: 'str'; v: number[]; warnings: string[] }
  | { t: 'bytes'; v: number[]; warnings: string[] }
  | { t: 'error'; msg: string; kind: string; warnings: string[] };

function outcome(f: (warn: (m: string) => void) => string | Uint8Array): Outcome {
  const warnings: string[] = [];
  try {
    const v = f((m) => warnings.push(m));
    if (typeof v === 'string') return { t: 'str', v: Array.from({ length: v.length }, (_, i) => v.charCodeAt(i)), warnings };
    return { t: 'bytes', v: Array.from(v), warnings };
  } catch (e) {
    if (e instanceof LiteralError) return { t: 'error', msg: e.msg, kind: e.kind, warnings };
    throw e;
  }
}

/** Compare with the oracle; CPython's error is checked for message, and for its location claim. */
function compare(label: string, src: string, mine: Outcome, want: PyLit, fstring: boolean): string | null {
  if (want.t === 'field') return null;
  const wantWarnings = (want.warnings ?? []).filter((w) => !(fstring && /^invalid escape sequence '\\[{}]'$/.test(w)));
  if (mine.t === 'error' && mine.kind === 'not-supported') {
    // KNOWN_DIFFERENCES 'unicode-names': everything before the \N{...} decoded without error on
    // both sides, so CPython must have either succeeded or failed on an escape at or after it.
    const ok = want.t !== 'error' || want.msg.startsWith('(unicode error)');
    return ok ? null : `${label}: not-supported, but CPython gave ${JSON.stringify(want)}`;
  }
  if (want.t === 'error') {
    if (mine.t !== 'error') return `${label}: got ${JSON.stringify(mine)}, CPython error ${JSON.stringify(want)}`;
    if (mine.msg !== want.msg || want.type !== 'SyntaxError') return `${label}: message ${JSON.stringify(mine.msg)} vs ${JSON.stringify(want)}`;
    if (!src.includes('\n')) {
      // The documented location: the whole string token, or the FSTRING_END token for f-strings.
      const len = [...src].length; // CPython columns count code points
      const [off, end] = fstring ? [len, len + 1] : [1, len + 1];
      if (want.offset !== off || want.end_offset !== end) return `${label}: CPython location ${want.offset}-${want.end_offset} not ${off}-${end}`;
    }
    return null;
  }
  const wantOut = { t: want.t, v: want.v, warnings: wantWarnings };
  return JSON.stringify(mine) === JSON.stringify(wantOut) ? null : `${label}: got ${JSON.stringify(mine)}, CPython ${JSON.stringify(wantOut)}`;
}

// ---------------------------------------------------------------------------

describe('parseNumber', () => {
  it(`matches CPython for ${numberTexts.length} numeric literals`, () => {
    expect(py.version.startsWith('3.12')).toBe(true);
    const bad: string[] = [];
    numberTexts.forEach((text, i) => {
      const want = py.numbers[i]!;
      const mine = numOutcome(text);
      const w = want.t === 'error' ? { t: 'error', type: want.type, msg: want.msg } : want;
      if (JSON.stringify(mine) !== JSON.stringify(w)) bad.push(`${text.slice(0, 60)}: got ${JSON.stringify(mine).slice(0, 300)}, CPython ${JSON.stringify(w).slice(0, 300)}`);
      // CPython puts the digit-limit error on the line with no columns.
      if (want.t === 'error' && (want.offset !== 0 || want.end_offset !== 0)) bad.push(`${text.slice(0, 60)}: location ${want.offset}/${want.end_offset}`);
    });
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('returns the right JS types', () => {
    expect(parseNumber('1_000')).toBe(1000n);
    expect(parseNumber('1e400')).toBe(Infinity);
    expect(parseNumber('2j')).toEqual(new PyComplex(0, 2));
    expect(() => parseNumber('1'.repeat(5000))).toThrow(LiteralError);
    expect(parseNumber('1'.repeat(5000), 0)).toBe(BigInt('1'.repeat(5000)));
  });
});

describe('decodeStringLiteral', () => {
  it(`matches CPython for ${strCases.length} str/bytes literals`, () => {
    const bad: string[] = [];
    let errors = 0;
    strCases.forEach(({ prefix, body }, i) => {
      const src = `${prefix}'${body}'`;
      const want = py.strs[i]!;
      if (want.t === 'error') errors++;
      const r = compare(JSON.stringify(src), src, outcome((warn) => decodeStringLiteral(prefix, body, warn)), want, false);
      if (r) bad.push(r);
    });
    expect(bad.slice(0, 20)).toEqual([]);
    expect(errors).toBeGreaterThan(300);
  });

  it('returns Uint8Array for bytes and string otherwise', () => {
    expect(decodeStringLiteral('b', 'a\\x00')).toEqual(Uint8Array.from([0x61, 0]));
    expect(decodeStringLiteral('', 'a\\x00')).toBe('a\x00');
    expect(decodeStringLiteral('r', 'a\\x00')).toBe('a\\x00');
  });

  it('\\N{NAME} escapes as CPython', () => {
    const aliases = KNOWN_DIFFERENCES[0].examples.length;
    unicodeNameCases.forEach(({ prefix, body }, i) => {
      const mine = outcome((warn) =>
        prefix.includes('f') ? decodeFStringMiddle(body, prefix.includes('r'), warn) : decodeStringLiteral(prefix, body, warn),
      );
      const want = py.names[i]!;
      if (i >= unicodeNameCases.length - aliases) {
        // KNOWN_DIFFERENCES 'unicode-name-aliases': CPython decodes them, etpy says unknown name.
        expect(want.t).toBe('str');
        expect(mine).toMatchObject({ t: 'error', msg: expect.stringContaining('unknown Unicode character name') });
        return;
      }
      const src = `${prefix.includes('f') ? (prefix.includes('r') ? 'rf' : 'f') : prefix}'${body}'`;
      expect(compare(JSON.stringify(body), src, mine, want, prefix.includes('f'))).toBeNull();
    });
  });
});

describe('decodeFStringMiddle', () => {
  it(`matches CPython for ${fCases.length} f-string literal parts`, () => {
    const bad: string[] = [];
    let compared = 0;
    let errors = 0;
    fCases.forEach(({ raw, body }, i) => {
      const src = `${raw ? 'rf' : 'f'}'${body}'`;
      const want = py.fstrs[i]!;
      // Errors that are not about escapes (e.g. "single '}'") belong to the tokenizer: not inputs for this function.
      if (want.t === 'field' || (want.t === 'error' && !want.msg.startsWith('(unicode error)'))) return;
      compared++;
      if (want.t === 'error') errors++;
      const r = compare(JSON.stringify(src), src, outcome((warn) => decodeFStringMiddle(body, raw, warn)), want, true);
      if (r) bad.push(r);
    });
    expect(bad.slice(0, 20)).toEqual([]);
    expect(compared).toBeGreaterThan(1500);
    expect(errors).toBeGreaterThan(100);
  });
});
