// str.encode / bytes.decode against CPython 3.12: all cases in ONE python3
// process; bytes travel as hex, strings as JSON (lone surrogates as \udXXX
// escapes both ways), errors as CPython's last traceback line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, encodeStr } from '../../src/runtime/codecs.js';
import { PythonError } from '../../src/runtime/python-error.js';
import { runPythonJson } from '../../src/testing/python-json.js';

const SEED = 16180;

const PYTHON = String.raw`
import json, sys
def run(fn):
    try: return fn()
    except Exception as e: return '!' + type(e).__name__ + ': ' + str(e)
d = json.loads(sys.stdin.read())
out = {}
out['enc'] = [run(lambda: s.encode(e, h).hex()) for s, e, h in d['enc']]
out['dec'] = [run(lambda: bytes.fromhex(b).decode(e, h)) for b, e, h in d['dec']]
sys.stdout.write(json.dumps(out))
`;

const run = <T>(fn: () => T): T | string => {
  try { return fn(); } catch (e) { if (e instanceof PythonError) return '!' + e.lastLine; throw e; }
};
const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const unhex = (h: string): Uint8Array => Uint8Array.from(h.match(/../g) ?? [], (x) => parseInt(x, 16));

const ENCODINGS = ['utf-8', 'ascii', 'latin-1'];
const ALIASES = ['utf8', 'UTF-8', 'u8', 'UTF_8', 'utf 8', ' utf-8 ', 'Utf--8', 'latin1', 'iso-8859-1', 'ISO8859-1',
  'L1', 'latin', 'us-ascii', 'US_ASCII', '646', 'ansi_x3.4_1968', 'ANSI_X3.4-1968', 'cp65001', 'foo', '', 'utf-9', 'ascii!'];
const HANDLERS = ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass'];
const ENC_HANDLERS = [...HANDLERS, 'xmlcharrefreplace'];

type Case = [string, string, string];
const handEnc: Case[] = [];
const handStrs = ['', 'abc', 'caf\u00e9', '\u00e9', '\u20ac', '\u{1f600}', 'a\ud800b', '\udc80\udcff', '\ud800\ud800x',
  '\udfff', 'x\udc7f\udc80', '\udc80\u0100', 'a\u0100\u0101b\u00ffc', '\u0080\u00ff\u0100', '\udcff\ud7ff'];
for (const s of handStrs) for (const e of ENCODINGS) for (const h of ENC_HANDLERS) handEnc.push([s, e, h]);
for (const e of ALIASES) handEnc.push(['h\u00e9', e, 'strict']);
handEnc.push(['abc', 'utf-8', 'bogus'], ['\ud800', 'utf-8', 'bogus'], ['\u00e9', 'ascii', 'bogus'], ['\u00e9', 'latin-1', 'bogus']);

const handBytes = ['', '41', 'ff', '80', 'c2', 'c280', 'c0af', 'c1bf', 'e0', 'e0a0', 'e0a080', 'e08080', 'e09f80',
  'eda080', 'ed9fbf', 'edbfbf', 'f0', 'f090', 'f09080', 'f0908080', 'f08f8080', 'f48fbfbf', 'f4908080', 'f5808080',
  'f8', 'fe', 'eda0', 'edb080', 'eda08041', 'edbfbfeda080', 'e080', 'e0a041', 'f0908041', 'c341', '41c3', 'e2', 'e282', 'e282ac', 'ffff', '80808080', 'c3a9', 'e9'];
const handDec: Case[] = [];
for (const b of handBytes) for (const e of ENCODINGS) for (const h of [...HANDLERS, 'xmlcharrefreplace', 'namereplace']) handDec.push([b, e, h]);
for (const e of ALIASES) handDec.push(['68c3a9', e, 'strict']);
handDec.push(['41', 'utf-8', 'bogus'], ['ff', 'utf-8', 'bogus'], ['ff', 'ascii', 'bogus']);

// Strings built from code points that stress every codec: ASCII, Latin-1,
// BMP, astral, and lone surrogates (never adjacent high+low, which JS would pair).
const cpGen = fc.oneof(
  fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xff }), fc.integer({ min: 0x100, max: 0xd7ff }),
  fc.integer({ min: 0xd800, max: 0xdfff }), fc.integer({ min: 0xdc70, max: 0xdd10 }),
  fc.integer({ min: 0xe000, max: 0xffff }), fc.integer({ min: 0x10000, max: 0x10ffff }),
);
const strGen = fc.array(cpGen, { maxLength: 12 }).map((cps) => {
  let s = '';
  for (const cp of cps) {
    const prevHigh = s.length > 0 && (s.charCodeAt(s.length - 1) & 0xfc00) === 0xd800;
    if (prevHigh && cp >= 0xdc00 && cp <= 0xdfff) s += 'x';
    s += String.fromCodePoint(cp);
  }
  return s;
});
// Byte arrays mixing valid UTF-8, lead bytes, continuation bytes and noise.
const byteChunk = fc.oneof(
  strGen.map((s) => Array.from(encodeStr(s, 'utf-8', 'ignore'))),
  fc.constantFrom([0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xed, 0xb2, 0x80], [0xed, 0xa0], [0xc0], [0xc2], [0xe0], [0xed], [0xf0], [0xf4], [0xf5], [0xff], [0x80], [0xbf], [0xa0], [0x90], [0x8f]),
  fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 4 }),
);
const bytesGen = fc.array(byteChunk, { maxLength: 6 }).map((cs) => hex(Uint8Array.from(cs.flat())));

const encCases: Case[] = [...handEnc,
  ...fc.sample(fc.tuple(strGen, fc.constantFrom(...ENCODINGS), fc.constantFrom(...ENC_HANDLERS)), { seed: SEED, numRuns: 4000 })];
const decCases: Case[] = [...handDec,
  ...fc.sample(fc.tuple(bytesGen, fc.constantFrom('utf-8', 'utf-8', 'ascii', 'latin-1'), fc.constantFrom(...HANDLERS)), { seed: SEED, numRuns: 5000 })];

const py = runPythonJson<{ enc: string[]; dec: string[] }>(['-c', PYTHON], { enc: encCases, dec: decCases });

describe('codecs against CPython 3.12', () => {
  it(`str.encode on ${encCases.length} cases`, () => {
    const mine = encCases.map(([s, e, h]) => run(() => hex(encodeStr(s, e, h))));
    const diffs = encCases.map((c, i) => [c, mine[i], py.enc[i]]).filter(([, a, b]) => a !== b);
    expect(diffs).toEqual([]);
  });
  it(`bytes.decode on ${decCases.length} cases`, () => {
    const mine = decCases.map(([b, e, h]) => run(() => decodeBytes(unhex(b), e, h)));
    const diffs = decCases.map((c, i) => [c, mine[i], py.dec[i]]).filter(([, a, b]) => a !== b);
    expect(diffs).toEqual([]);
  });
  it('surrogateescape round-trips every decoded byte string', () => {
    for (const [b] of decCases) {
      expect(hex(encodeStr(decodeBytes(unhex(b), 'utf-8', 'surrogateescape'), 'utf-8', 'surrogateescape'))).toBe(b);
    }
  });
});
