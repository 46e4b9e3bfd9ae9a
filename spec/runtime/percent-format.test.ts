// percentFormat (`str % args`) against CPython 3.12 itself: hand-picked cases,
// a float precision sweep and fixed-seed fast-check format strings all go to
// ONE python3 process, which evaluates `fmt % args` and reports the result or
// the `Type: message` line of the exception. Objects other than int, bool,
// float, str and None are built by Python from an expression; Python also
// reports their str/repr/ascii, the inputs the VM would supply.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentFormat, type PercentArg, type PercentArgs } from '../../src/runtime/percent-format.js';
import { PythonError } from '../../src/runtime/python-error.js';
import { strRepr } from '../../src/runtime/str-repr.js';
import { runPythonJson } from '../../src/testing/python-json.js';

const SEED = 20250314;

// ---------------------------------------------------------------------------
// Argument encoding, shared by both sides

type Enc =
  | ['i', string] // int, as hex (decimal str → int conversions are length-limited)
  | ['b', boolean]
  | ['f', string] // float, as its 64 bits in hex, so it round-trips exactly
  | ['s', string]
  | ['n']
  | ['o', string] // any other object: a Python expression
  | ['d', Array<[string, Enc]>]; // a dict with str keys
type EncArgs = ['t', Enc[]] | ['v', Enc];
interface Case {
  f: string;
  a: EncArgs;
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
function bitsHex(x: number): string {
  f64[0] = x;
  return u64[0]!.toString(16).padStart(16, '0');
}
function fromBits(bits: bigint): number {
  u64[0] = bits;
  return f64[0]!;
}

const i = (v: bigint | number): Enc => ['i', (v < 0 ? '-' : '') + BigInt(v < 0 ? -v : v).toString(16)];
const fl = (x: number): Enc => ['f', bitsHex(x)];
const s = (v: string): Enc => ['s', v];
const b = (v: boolean): Enc => ['b', v];
const N: Enc = ['n'];
const o = (expr: string): Enc => ['o', expr];
const d = (items: Record<string, Enc>): Enc => ['d', Object.entries(items)];
const T = (...items: Enc[]): EncArgs => ['t', items];
const V = (v: Enc): EncArgs => ['v', v];

/** str/repr/ascii of an 'o' or 'd' argument, and the error line of obj['k'] if it is subscriptable. */
type ObjInfo = [typeName: string, str: string, repr: string, ascii: string, probe: string | null];
interface PyResult {
  r?: string;
  e?: string;
  o: ObjInfo[];
}

const PY = String.raw`
import sys, json, struct
assert sys.version_info[:2] == (3, 12), sys.version

def line(e):
    m = str(e)
    return f'{type(e).__name__}: {m}' if m else type(e).__name__

def info(v):
    probe = None
    if hasattr(type(v), '__getitem__') and not isinstance(v, (tuple, str)):
        try:
            v['k']
        except Exception as e:
            probe = line(e)
    return [type(v).__name__, str(v), repr(v), ascii(v), probe]

def dec(a, infos):
    k = a[0]
    if k == 'i': return int(a[1], 16)
    if k == 'b': return a[1]
    if k == 'f': return struct.unpack('>d', bytes.fromhex(a[1]))[0]
    if k == 's': return a[1]
    if k == 'n': return None
    if k == 'o':
        v = eval(a[1])
        infos.append(info(v))
        return v
    slot = len(infos)
    infos.append(None)
    v = {key: dec(x, infos) for key, x in a[1]}
    infos[slot] = info(v)
    return v

out = []
for case in json.load(sys.stdin):
    infos = []
    kind, a = case['a']
    args = tuple(dec(x, infos) for x in a) if kind == 't' else dec(a, infos)
    assert kind == 't' or not isinstance(args, tuple)
    try:
        res = {'r': case['f'] % args}
    except Exception as e:
        res = {'e': line(e)}
    res['o'] = infos
    out.append(res)
json.dump(out, sys.stdout)
`;

/** Builds the PercentArg for an encoded argument, taking object infos in Python's order. */
function decode(enc: Enc, infos: ObjInfo[], next: { i: number }): PercentArg {
  switch (enc[0]) {
    case 'i': {
      const neg = enc[1].startsWith('-');
      const mag = BigInt('0x' + (neg ? enc[1].slice(1) : enc[1]));
      return { kind: 'int', value: neg ? -mag : mag };
    }
    case 'b':
      return { kind: 'bool', value: enc[1] };
    case 'f':
      return { kind: 'float', value: fromBits(BigInt('0x' + enc[1])) };
    case 's':
      return { kind: 'str', value: enc[1] };
    case 'n':
      return { kind: 'none' };
    case 'o': {
      const [typeName, str, repr, ascii, probe] = infos[next.i++]!;
      if (probe === null) return { kind: 'other', typeName, str, repr, ascii };
      const colon = probe.indexOf(': ');
      const error = () => new PythonError(probe.slice(0, colon), probe.slice(colon + 2));
      return { kind: 'other', typeName, str, repr, ascii, getItem: () => { throw error(); } };
    }
    case 'd': {
      const [typeName, str, repr, ascii] = infos[next.i++]!;
      const items = new Map(enc[1].map(([k, v]) => [k, decode(v, infos, next)] as const));
      const getItem = (key: string): PercentArg => {
        const v = items.get(key);
        if (v === undefined) throw new PythonError('KeyError', strRepr(key));
        return v;
      };
      return { kind: 'other', typeName, str, repr, ascii, getItem };
    }
  }
}

function runEtpy(c: Case, infos: ObjInfo[]): string {
  const next = { i: 0 };
  const args: PercentArgs = c.a[0] === 't' ? c.a[1].map((e) => decode(e, infos, next)) : decode(c.a[1], infos, next);
  try {
    return JSON.stringify({ r: percentFormat(c.f, args) });
  } catch (err) {
    if (err instanceof PythonError) return JSON.stringify({ e: err.lastLine });
    throw err;
  }
}

// ---------------------------------------------------------------------------
// Hand-picked cases

const HAND: Case[] = [
  { f: 'a%%b', a: T() }, { f: '%5%', a: T() }, { f: '%5%', a: T(i(1)) }, { f: '%%s', a: T(i(1)) },
  { f: '%y', a: T() }, { f: 'abc %y', a: T(i(1)) }, { f: 'é😀%y', a: T(i(1)) }, { f: '%\n', a: T(i(1)) },
  { f: '%\x1f', a: T(i(1)) }, { f: '%\x7f', a: T(i(1)) }, { f: '%😀', a: T(i(1)) }, { f: '%é', a: T(i(1)) },
  { f: 'abc%', a: T() }, { f: '%', a: T(i(1)) }, { f: '%*', a: T(i(5)) }, { f: '%*', a: T() }, { f: '%-', a: T(i(1)) },
  { f: '%5', a: T(i(1)) }, { f: '%5.', a: T(i(1)) }, { f: '%.', a: T(i(1)) }, { f: '%.*', a: T(i(1)) }, { f: '%l', a: T(i(1)) },
  { f: '%ld %hi %Lu', a: T(i(1), i(2), i(3)) }, { f: '%lld', a: T(i(1)) }, { f: '%*5d', a: T(i(1), i(2)) },
  { f: 'x', a: V(i(5)) }, { f: 'x', a: V(o('[]')) }, { f: 'x', a: V(d({})) }, { f: 'x', a: V(s('y')) }, { f: 'x', a: T() },
  { f: '%s', a: V(o('[1, "é"]')) }, { f: '%a', a: V(o('[1, "é"]')) }, { f: '%(a)s', a: V(o('[1]')) },
  { f: '%(a)s', a: V(o('b"xy"')) }, { f: '%(a)s', a: V(d({})) }, { f: '%(a)s', a: T(i(1)) }, { f: '%(a)s', a: V(i(1)) },
  { f: '%(a', a: V(d({ a: i(1) })) }, { f: '%(a)', a: V(d({ a: i(1) })) }, { f: '%(a(b)', a: V(d({ 'a(b)': i(1) })) },
  { f: '%(a(b))s|%(x y)5d|%()s', a: V(d({ 'a(b)': i(1), 'x y': i(2), '': s('e') })) },
  { f: '%(a)s %s', a: V(d({ a: i(1) })) }, { f: '%s %(a)s', a: V(d({ a: i(1) })) }, { f: '%(a)*d', a: V(d({ a: i(5) })) },
  { f: '%(a)s%(a)r', a: V(d({ a: s('q') })) }, { f: '%s', a: V(d({ a: o('(1, 2)'), b: fl(0.1) })) },
  { f: '%05f', a: T(fl(Infinity)) }, { f: '%-05d', a: T(i(-3)) }, { f: '%-#08x', a: T(i(255)) }, { f: '%#08x', a: T(i(-255)) },
  { f: '%#8X', a: T(i(-255)) }, { f: '%#o|%#.5o|%#10.5o|%#-10o', a: T(i(8), i(8), i(-8), i(0)) },
  { f: '%+s|% r|%05s|%-5c|%05c', a: T(s('a'), s('b'), s('c'), s('d'), s('e')) },
  { f: '%c', a: T(fl(1)) }, { f: '%c', a: T(i(0x110000)) }, { f: '%c', a: T(i(-1)) }, { f: '%c', a: T(i(10n ** 30n)) },
  { f: '%c%c', a: T(i(0xd83d), i(0xde00)) }, { f: '%c|%c|%3c', a: T(s('😀'), b(true), i(0x10ffff)) }, { f: '%c', a: T(s('ab')) },
  { f: '%c', a: T(s('')) }, { f: '%c', a: T(N) },
  { f: '%d', a: T(s('x')) }, { f: '%i', a: T(N) }, { f: '%u', a: T(o('1j')) }, { f: '%x', a: T(fl(1)) }, { f: '%o', a: T(s('1')) },
  { f: '%d', a: T(fl(NaN)) }, { f: '%d', a: T(fl(-Infinity)) }, { f: '%d|%x|%X|%o', a: T(fl(-2.9), b(true), b(false), b(true)) },
  { f: '%d', a: T(fl(1e300)) }, { f: '%e', a: T(s('x')) }, { f: '%e', a: T(N) }, { f: '%f', a: T(o('1j')) },
  { f: '%e', a: T(i(10n ** 400n)) }, { f: '%g|%f', a: T(i(10n ** 300n), b(true)) },
  { f: '%*d', a: T(fl(1), i(1)) }, { f: '%.*d', a: T(s('2'), i(1)) }, { f: '%*d|%-*d|%*d', a: T(i(-5), i(1), i(-5), i(2), b(true), i(3)) },
  { f: '%.*d|%.*f', a: T(i(-5), i(1), i(-1), fl(2.5)) },
  { f: '%*d', a: T(i(2n ** 63n), i(1)) }, { f: '%*d', a: T(i(-(2n ** 63n) - 1n), i(1)) }, { f: '%.*d', a: T(i(2n ** 31n), i(1)) },
  { f: '%.*d', a: T(i(-(2n ** 31n) - 1n), i(1)) },
  { f: '%99999999999999999999d', a: T(i(1)) }, { f: '%9223372036854775808d', a: T(i(1)) }, { f: '%.99999999999d', a: T(i(1)) },
  { f: '%.2147483648d', a: T(i(1)) }, { f: '%.2147483647d', a: T(i(1)) },
  { f: '%d', a: T(i(10n ** 4299n)) }, { f: '%d', a: T(i(10n ** 4300n)) }, { f: '%s', a: T(i(-(10n ** 4300n))) },
  { f: '%r', a: T(i(10n ** 4300n - 1n)) }, { f: '%.1s', a: T(i(10n ** 4300n)) }, { f: '%x', a: T(i(10n ** 4300n)) },
  { f: '%s %r %a', a: T(s("it's \"q\"\n"), s("it's"), s('é\ud800😀\x7f')) }, { f: '%.2s|%.0r|%5.1a|%-4.2s|', a: T(s('😀é😀'), s('x'), s('é'), s('😀😀😀')) },
  { f: '%s|%r|%a|%s|%r|%d', a: T(b(true), b(false), N, fl(1e16), fl(-0), b(true)) },
  { f: '%s|%r|%a', a: T(o('(1, "é")'), o('{1: 2}'), o('b"\\xff"')) },
  { f: '%+d|% d|%+ d|% +d|%+5d|%-+5d|%+05d|% 05d|%05d', a: T(i(5), i(5), i(5), i(5), i(5), i(5), i(-5), i(5), i(-5)) },
  { f: '%.3d|%5.3d|%-5.3d|%05.3d|%+.3x|%#.3x|%#X', a: T(i(5), i(-5), i(5), i(5), i(5), i(5), i(0)) },
  { f: '%.0f|%.0f|%.0f|%.0f|%.1f|%.2f|%.2f', a: T(fl(0.5), fl(1.5), fl(2.5), fl(-0.5), fl(0.25), fl(0.125), fl(0.375)) },
  { f: '%#.0f|%#.0e|%#g|%#.3g|%#G|%g|%.0g|%#.0g', a: T(fl(1), fl(1), fl(0), fl(1), fl(1e-10), fl(100000), fl(123), fl(123)) },
  { f: '%g|%g|%g|%g|%G|%g', a: T(fl(1e-4), fl(1e-5), fl(123456), fl(1234567), fl(1e-20), fl(-0)) },
  { f: '%f|%F|%e|%E|%g|%G', a: T(fl(NaN), fl(NaN), fl(Infinity), fl(-Infinity), fl(-NaN), fl(Infinity)) },
  { f: '%+f|% F|%+05e|%-6E|%06g|%+06G', a: T(fl(NaN), fl(NaN), fl(Infinity), fl(-Infinity), fl(-Infinity), fl(NaN)) },
  { f: '%.100f', a: T(fl(0.1)) }, { f: '%.120e', a: T(fl(1 / 3)) }, { f: '%.1100f', a: T(fl(5e-324)) },
  { f: '%.770e', a: T(fl(Number.MIN_VALUE)) }, { f: '%f', a: T(fl(Number.MAX_VALUE)) }, { f: '%.17g|%.16g|%.40g', a: T(fl(0.1), fl(0.1), fl(2 ** -30)) },
  { f: '%e|%.0e|%.1e', a: T(fl(9.5), fl(9.5), fl(9.95)) }, { f: '%.3f|%.2e|%.4g', a: T(fl(999.9995), fl(9.995), fl(9.9995)) },
  { f: '%08.3f|%-08.3f|%+08.3f|% 8.3f|%#8.0f', a: T(fl(-3.14159), fl(3.14159), fl(3.14159), fl(3.14159), fl(3)) },
  { f: '%d %d', a: T(i(1)) }, { f: '%d', a: T(i(1), i(2)) }, { f: '%d', a: T() }, { f: '', a: T(i(1)) }, { f: '', a: T() },
];

// Every float conversion over a spread of precisions, on values whose digits
// stress rounding (ties, carries, subnormals, huge magnitudes).
const SWEEP_VALUES = [
  0, -0, 0.5, 1.5, 2.5, 0.125, 0.05, 0.15, 0.25, 0.35, 1 / 3, 2 / 3, 9.5, 99.5, 999.5, 0.95, 0.995, 9.999999,
  123.456, 1e-5, 1e-4, 123456789, 1e15, 1e16, 1e17, 1e22, 1e23, 2 ** 53, 2 ** 63, 1e100, 1.7976931348623157e308,
  5e-324, 2.2250738585072014e-308, 1e-300, Math.PI, -Math.E, 0.1, 0.7, 1.005, 2.675,
];
const SWEEP: Case[] = [];
for (const conv of 'eEfFgG') {
  for (const prec of [0, 1, 2, 3, 5, 6, 10, 15, 16, 17, 20, 25, 30, 50]) {
    SWEEP.push({ f: SWEEP_VALUES.map(() => `%.${prec}${conv}|%#.${prec}${conv}`).join(' '), a: T(...SWEEP_VALUES.flatMap((x) => [fl(x), fl(x)])) });
  }
}

// ---------------------------------------------------------------------------
// Generated cases

const anyDouble = fc.oneof(
  fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map(fromBits),
  fc.double(),
  fc.tuple(fc.integer({ min: 1, max: 99999 }), fc.integer({ min: -12, max: 12 })).map(([m, e]) => Number(`${m}e${e}`)),
  fc.tuple(fc.integer({ min: -4095, max: 4095 }), fc.integer({ min: 0, max: 12 })).map(([m, e]) => m / 2 ** e), // exact ties
  fc.constantFrom(0, -0, Infinity, -Infinity, NaN, 5e-324, 1e300, 0.5, 2.5),
);
const smallInt = fc.integer({ min: -100000, max: 100000 }).map((n) => i(n));
const bigInt = fc.bigInt({ min: -(1n << 200n), max: 1n << 200n }).map((n) => i(n));
const strChars = fc.constantFrom('a', 'Z', ' ', "'", '"', '\\', '\n', '\x00', '\x7f', 'é', '\u2028', '😀', '\ud800', '\udfff', 'ÿ', '中');
const anyStr = fc.array(strChars, { maxLength: 8 }).map((cs) => s(cs.join('')));
const otherObj = fc.constantFrom('[1, "é"]', '(1, 2)', '1j', '-2.5-0j', 'b"a\'\\xff"', '{"k": [None]}', 'range(3)', '{1}', 'frozenset()', 'Ellipsis', '["\\u2028"]').map(o);
const anyArg: fc.Arbitrary<Enc> = fc.oneof(
  smallInt, bigInt, anyDouble.map(fl), anyStr, fc.boolean().map(b), fc.constant(N), otherObj,
);
const intArg = fc.oneof({ weight: 6, arbitrary: smallInt }, { weight: 3, arbitrary: bigInt }, { weight: 1, arbitrary: fc.boolean().map(b) }, { weight: 1, arbitrary: anyDouble.map(fl) });
const floatArg = fc.oneof({ weight: 8, arbitrary: anyDouble.map(fl) }, { weight: 1, arbitrary: smallInt }, { weight: 1, arbitrary: fc.constant(i(10n ** 400n)) }, { weight: 30, arbitrary: anyDouble.map(fl) });
const charArg = fc.oneof(fc.integer({ min: 0, max: 0x10ffff }).map((n) => i(n)), strChars.map(s), fc.integer({ min: -2, max: 0x110001 }).map((n) => i(n)));

interface GenSpec {
  key: string | null;
  text: string; // the spec after '%' and the key
  conv: string;
  starWidth: boolean;
  starPrec: boolean;
}
const genSpec = fc.record({
  key: fc.option(fc.constantFrom('a', 'b', 'x y', 'é', '', '(p)'), { freq: 2 }),
  flags: fc.array(fc.constantFrom('-', '+', ' ', '#', '0'), { maxLength: 3 }),
  width: fc.oneof(fc.constant(''), fc.constant(''), fc.integer({ min: 0, max: 30 }).map(String), fc.constant('*')),
  prec: fc.oneof(fc.constant(''), fc.constant(''), fc.constant('.'), fc.integer({ min: 0, max: 30 }).map((n) => `.${n}`), fc.integer({ min: 40, max: 130 }).map((n) => `.${n}`), fc.constant('.*')),
  len: fc.constantFrom('', '', '', '', 'l', 'h', 'L'),
  conv: fc.oneof(
    { weight: 80, arbitrary: fc.constantFrom(...'diouxXeEfFgGcrsa') },
    { weight: 1, arbitrary: fc.constant('%') },
    { weight: 1, arbitrary: fc.constantFrom('y', 'z', '\n', 'é', '😀', '\x1f', 'b', ')') },
  ),
}).map((r): GenSpec => ({
  key: r.key,
  text: r.flags.join('') + r.width + r.prec + r.len + r.conv,
  conv: r.conv,
  starWidth: r.width === '*',
  starPrec: r.prec === '.*',
}));

function argFor(conv: string): fc.Arbitrary<Enc> {
  const matching = 'diouxX'.includes(conv) ? intArg : 'eEfFgG'.includes(conv) ? floatArg : conv === 'c' ? charArg : anyArg;
  return fc.oneof({ weight: 20, arbitrary: matching }, { weight: 1, arbitrary: anyArg });
}
const starArg = fc.oneof({ weight: 30, arbitrary: fc.integer({ min: -25, max: 40 }).map((n) => i(n)) }, { weight: 1, arbitrary: anyArg });
const literal = fc.constantFrom('', '', '', 'ab', ' ', 'é', '😀', '\n', '(', ')', '|', '%%');

const genCase: fc.Arbitrary<Case> = fc
  .record({
    specs: fc.array(fc.tuple(literal, genSpec), { minLength: 1, maxLength: 4 }),
    tail: literal,
    mode: fc.integer({ min: 0, max: 99 }),
    cut: fc.nat(),
  })
  .chain(({ specs, tail, mode, cut }) => {
    const useDict = mode < 25;
    let f = '';
    // With a mapping every conversion names a key (else it would format the dict
    // itself), and keeps its '*' only at the generator's low odds of mode 0.
    if (useDict) specs = specs.map(([lit, sp]) => [lit, { ...sp, key: sp.key ?? 'a', starWidth: false, starPrec: false, text: mode === 0 ? sp.text : sp.text.replaceAll('*', '') }]);
    for (const [lit, sp] of specs) f += lit + '%' + (useDict && sp.key !== null ? `(${sp.key})` : '') + sp.text;
    f += tail;
    if (mode >= 95) f = f.slice(0, cut % (f.length + 1)); // incomplete formats
    const positional = specs.flatMap(([, sp]) => [
      ...(sp.starWidth ? [starArg] : []), ...(sp.starPrec ? [starArg] : []), ...(useDict && sp.key !== null ? [] : [argFor(sp.conv)]),
    ]);
    if (useDict) {
      const keyed = specs.filter(([, sp]) => sp.key !== null).map(([, sp]) => fc.tuple(fc.constant(sp.key!), argFor(sp.conv)));
      return fc.tuple(...keyed, fc.integer({ min: 0, max: 5 })).map((entries) => {
        const drop = (entries.pop() as number) === 0;
        const items = (entries as Array<[string, Enc]>).slice(drop ? 1 : 0);
        return { f, a: V(['d', items]) } satisfies Case;
      });
    }
    return fc.tuple(fc.tuple(...positional), anyArg, fc.integer({ min: 0, max: 19 })).map(([args, extra, r]): Case => {
      const list = r === 0 ? args.slice(1) : r === 1 ? [...args, extra] : args;
      // A lone argument may go without a tuple (not a tuple object: that would be the argument list).
      if (list.length === 1 && r < 8 && !(list[0]![0] === 'o' && list[0]![1].startsWith('('))) return { f, a: V(list[0]!) };
      return { f, a: T(...list) };
    });
  });

const GENERATED = fc.sample(genCase, { seed: SEED, numRuns: 5000 });

// ---------------------------------------------------------------------------

const ALL = [...HAND, ...SWEEP, ...GENERATED];
const py = runPythonJson<PyResult[]>(['-c', PY], ALL);

function mismatches(cases: Case[], offset: number): string[] {
  const bad: string[] = [];
  cases.forEach((c, k) => {
    const want = py[offset + k]!;
    const expected = JSON.stringify(want.e !== undefined ? { e: want.e } : { r: want.r });
    const actual = runEtpy(c, want.o);
    if (actual !== expected) bad.push(`${JSON.stringify(c)}: got ${actual}, CPython ${expected}`);
  });
  return bad;
}

describe('percentFormat', () => {
  it(`matches CPython on ${HAND.length} hand-picked cases`, () => {
    expect(mismatches(HAND, 0).slice(0, 20)).toEqual([]);
  });

  it(`matches CPython on ${SWEEP.length} float precision sweeps (${SWEEP_VALUES.length * 2} conversions each)`, () => {
    expect(mismatches(SWEEP, HAND.length).slice(0, 20)).toEqual([]);
  });

  it(`matches CPython on ${GENERATED.length} generated format strings`, () => {
    expect(mismatches(GENERATED, HAND.length + SWEEP.length).slice(0, 20)).toEqual([]);
    // The generator must exercise both outcomes substantially.
    const results = py.slice(HAND.length + SWEEP.length);
    const ok = results.filter((r) => r.e === undefined).length;
    expect(ok).toBeGreaterThan(GENERATED.length * 0.4);
    expect(results.length - ok).toBeGreaterThan(GENERATED.length * 0.1);
  });
});
