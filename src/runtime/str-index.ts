// Code point indexing for Python str methods on JS strings. Python counts code
// points; a JS string stores astral characters as surrogate pairs. Strings
// without surrogates (the usual case) index 1:1 and take the fast paths.
import { SPACES_ENCODED } from './unicode-decimal-data.js';

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The last four long strings found plain (a ring). Python's len(s) and s[i] are
 * O(1); scanning s for surrogates at each one made `while len(s) < n: s += c`
 * and `for i in range(len(s)): s[i]` quadratic. A string found plain, or made
 * by concatenating plain ones (concatStr), is remembered, and `===` with the
 * very same string is a pointer comparison. Only a speed-up: a miss scans.
 */
const PLAIN_MEMO_MIN = 128;
const plainMemo: string[] = ['', '', '', ''];
let plainMemoNext = 0;

function rememberPlain(s: string): void {
  plainMemo[plainMemoNext] = s;
  plainMemoNext = (plainMemoNext + 1) & 3;
}

function memoizedPlain(s: string): boolean {
  return plainMemo[0] === s || plainMemo[1] === s || plainMemo[2] === s || plainMemo[3] === s;
}

/** True when code unit indices equal code point indices. */
export function isPlain(s: string): boolean {
  if (s.length < PLAIN_MEMO_MIN) return !SURROGATE.test(s);
  if (memoizedPlain(s)) return true;
  if (SURROGATE.test(s)) return false;
  rememberPlain(s);
  return true;
}

/** a + b for str, remembering a long result as plain when both parts are (see plainMemo). */
export function concatStr(a: string, b: string): string {
  const r = a + b;
  if (r.length >= PLAIN_MEMO_MIN && isPlain(a) && isPlain(b)) rememberPlain(r);
  return r;
}

/** len(s): code points; a lone surrogate counts 1, as in Python. */
export function cpLength(s: string): number {
  if (isPlain(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    if (isPairAt(s, i)) i++;
  }
  return n;
}

/** A high surrogate followed by a low one at unit i: one astral code point. */
export function isPairAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** The code unit offset of code point index cp (0 <= cp <= len). */
export function cpToUnit(s: string, cp: number): number {
  let i = 0;
  for (let n = 0; n < cp && i < s.length; n++) i += isPairAt(s, i) ? 2 : 1;
  return i;
}

/** The code point index of code unit offset unit (on a code point boundary). */
export function unitToCp(s: string, unit: number): number {
  let n = 0;
  for (let i = 0; i < unit; n++) i += isPairAt(s, i) ? 2 : 1;
  return n;
}

/** The code points of s as one-character strings (astral ones are two units). */
export function codePoints(s: string): string[] {
  return isPlain(s) ? s.split('') : Array.from(s);
}

/** CPython's ADJUST_INDICES: slice-style clamping of start/end into [0, len]. */
export function adjustIndices(start: number | null | undefined, end: number | null | undefined, len: number): [number, number] {
  let e = end ?? len;
  if (e > len) e = len;
  else if (e < 0) e = Math.max(e + len, 0);
  let b = start ?? 0;
  if (b < 0) b = Math.max(b + len, 0);
  return [b, e];
}

/** A generated table's code points, written as base-36 gaps from the previous one. */
export function decodeGaps(encoded: string): number[] {
  let prev = 0;
  return encoded.split(' ').map((t) => (prev += Number.parseInt(t, 36)));
}

// One flag per BMP code unit up to the highest space (U+3000): a table lookup
// beats a Set in the split/strip loops. Surrogates are never whitespace, so
// testing code units is exact.
const SPACE_TABLE = (() => {
  const nonAscii = decodeGaps(SPACES_ENCODED);
  const table = new Uint8Array(Math.max(...nonAscii) + 1);
  for (const c of [9, 10, 11, 12, 13, 0x1c, 0x1d, 0x1e, 0x1f, 32]) table[c] = 1;
  for (const c of nonAscii) table[c] = 1;
  return table;
})();

/** Py_UNICODE_ISSPACE of a code unit. */
export function isSpaceUnit(c: number): boolean {
  return c < SPACE_TABLE.length && SPACE_TABLE[c] === 1;
}

/** Python's line boundaries for str.splitlines (besides \r\n as one). */
export function isLineBreakUnit(c: number): boolean {
  return (c >= 10 && c <= 13) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}
