// Python 3.12 str methods that search, split, join and pad, on JS strings.
// Indices and lengths count code points (see str-index.ts); start/end follow
// CPython's ADJUST_INDICES; null/undefined stand for an omitted argument or None.
// Errors are PythonErrors worded as CPython words them.
import { PythonError } from './python-error.js';
import {
  adjustIndices, codePoints, cpLength, cpToUnit, isLineBreakUnit, isPairAt, isPlain, isSpaceUnit, unitToCp,
} from './str-index.js';

type Index = number | null | undefined;

const emptySeparator = (): PythonError => new PythonError('ValueError', 'empty separator');

/** A match at unit i of n units must not cut an astral pair in two (lone surrogates in sub). */
function onBoundaries(s: string, i: number, n: number): boolean {
  return !(i > 0 && isPairAt(s, i - 1)) && !isPairAt(s, i + n - 1);
}

/** First unit offset >= from where sub (non-empty) occurs ending <= to, or -1. */
function indexIn(s: string, sub: string, from: number, to: number, plain: boolean): number {
  let i = s.indexOf(sub, from);
  if (!plain) while (i >= 0 && !onBoundaries(s, i, sub.length)) i = s.indexOf(sub, i + 1);
  return i < 0 || i + sub.length > to ? -1 : i;
}

/** Last unit offset >= from where sub (non-empty) occurs ending <= to, or -1. */
function lastIndexIn(s: string, sub: string, from: number, to: number, plain: boolean): number {
  const last = to - sub.length;
  if (last < from) return -1;
  let i = s.lastIndexOf(sub, last);
  if (!plain) while (i >= 0 && !onBoundaries(s, i, sub.length)) i = i > 0 ? s.lastIndexOf(sub, i - 1) : -1;
  return i < from ? -1 : i;
}

/** The clamped range as code points [b, e] and as units [u0, u1]. */
function range(s: string, plain: boolean, start: Index, end: Index): [number, number, number, number] {
  const [b, e] = adjustIndices(start, end, plain ? s.length : cpLength(s));
  if (plain || b >= e) return [b, e, b, e];
  return [b, e, cpToUnit(s, b), cpToUnit(s, e)];
}

/** `sub in s`: a code unit search when neither has surrogates (a lone one must not match half of a pair). */
export function strContains(s: string, sub: string): boolean {
  return isPlain(sub) && isPlain(s) ? s.includes(sub) : strFind(s, sub) >= 0;
}

export function strFind(s: string, sub: string, start?: Index, end?: Index): number {
  const plain = isPlain(s);
  const [b, e, u0, u1] = range(s, plain, start, end);
  const subLen = cpLength(sub);
  if (e - b < subLen) return -1;
  if (subLen === 0) return b;
  const i = indexIn(s, sub, u0, u1, plain);
  return i < 0 || plain ? i : unitToCp(s, i);
}

export function strRfind(s: string, sub: string, start?: Index, end?: Index): number {
  const plain = isPlain(s);
  const [b, e, u0, u1] = range(s, plain, start, end);
  const subLen = cpLength(sub);
  if (e - b < subLen) return -1;
  if (subLen === 0) return e;
  const i = lastIndexIn(s, sub, u0, u1, plain);
  return i < 0 || plain ? i : unitToCp(s, i);
}

export function strIndex(s: string, sub: string, start?: Index, end?: Index): number {
  const i = strFind(s, sub, start, end);
  if (i < 0) throw new PythonError('ValueError', 'substring not found');
  return i;
}

export function strRindex(s: string, sub: string, start?: Index, end?: Index): number {
  const i = strRfind(s, sub, start, end);
  if (i < 0) throw new PythonError('ValueError', 'substring not found');
  return i;
}

/** Non-overlapping occurrences; the empty string occurs between every code point and at both ends. */
export function strCount(s: string, sub: string, start?: Index, end?: Index): number {
  const plain = isPlain(s);
  const [b, e, u0, u1] = range(s, plain, start, end);
  const subLen = cpLength(sub);
  if (e - b < subLen) return 0;
  if (subLen === 0) return e - b + 1;
  let n = 0;
  for (let i = indexIn(s, sub, u0, u1, plain); i >= 0; i = indexIn(s, sub, i + sub.length, u1, plain)) n++;
  return n;
}

/** CPython's tailmatch: does sub fit at the start (or end) of s[start:end]? */
function tailMatch(s: string, sub: string, start: Index, end: Index, atEnd: boolean): boolean {
  const plain = isPlain(s);
  const [b, e0] = adjustIndices(start, end, plain ? s.length : cpLength(s));
  const subLen = cpLength(sub);
  if (e0 - subLen < b) return false;
  if (subLen === 0) return true;
  const at = atEnd ? (plain ? e0 : cpToUnit(s, e0)) - sub.length : plain ? b : cpToUnit(s, b);
  return s.startsWith(sub, at) && (plain || onBoundaries(s, at, sub.length));
}

export function strStartswith(s: string, prefix: string | readonly string[], start?: Index, end?: Index): boolean {
  if (typeof prefix === 'string') return tailMatch(s, prefix, start, end, false);
  return prefix.some((p) => tailMatch(s, p, start, end, false));
}

export function strEndswith(s: string, suffix: string | readonly string[], start?: Index, end?: Index): boolean {
  if (typeof suffix === 'string') return tailMatch(s, suffix, start, end, true);
  return suffix.some((p) => tailMatch(s, p, start, end, true));
}

/** maxsplit < 0 (or omitted) means no limit. */
const splitLimit = (maxsplit: Index): number => (maxsplit == null || maxsplit < 0 ? Infinity : maxsplit);

export function strSplit(s: string, sep?: string | null, maxsplit?: Index): string[] {
  let max = splitLimit(maxsplit);
  const out: string[] = [];
  if (sep == null) {
    // split_whitespace: runs of whitespace separate; none at either end yields ''.
    const n = s.length;
    let i = 0;
    for (; max > 0; max--) {
      while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
      if (i === n) break;
      const j = i++;
      while (i < n && !isSpaceUnit(s.charCodeAt(i))) i++;
      out.push(s.slice(j, i));
    }
    while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
    if (i < n) out.push(s.slice(i));
    return out;
  }
  if (sep === '') throw emptySeparator();
  const plain = isPlain(s);
  let i = 0;
  for (; max > 0; max--) {
    const j = indexIn(s, sep, i, s.length, plain);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

export function strRsplit(s: string, sep?: string | null, maxsplit?: Index): string[] {
  let max = splitLimit(maxsplit);
  const out: string[] = [];
  if (sep == null) {
    let i = s.length - 1;
    for (; max > 0; max--) {
      while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
      if (i < 0) break;
      const j = i--;
      while (i >= 0 && !isSpaceUnit(s.charCodeAt(i))) i--;
      out.push(s.slice(i + 1, j + 1));
    }
    while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
    return out.reverse();
  }
  if (sep === '') throw emptySeparator();
  const plain = isPlain(s);
  let end = s.length;
  for (; max > 0; max--) {
    const j = lastIndexIn(s, sep, 0, end, plain);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

export function strSplitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  const n = s.length;
  for (let i = 0; i < n; ) {
    const j = i;
    while (i < n && !isLineBreakUnit(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      i += s.charCodeAt(i) === 13 && s.charCodeAt(i + 1) === 10 ? 2 : 1;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

function strip(s: string, chars: string | null | undefined, left: boolean, right: boolean): string {
  if (chars == null || isPlain(chars)) {
    // Code units suffice: chars holds no surrogate, so no half of a pair matches.
    const strips = chars == null ? isSpaceUnit : (c: number): boolean => chars.includes(String.fromCharCode(c));
    let i = 0;
    let j = s.length;
    if (left) while (i < j && strips(s.charCodeAt(i))) i++;
    if (right) while (j > i && strips(s.charCodeAt(j - 1))) j--;
    return s.slice(i, j);
  }
  const set = new Set(codePoints(chars));
  const cps = codePoints(s);
  let i = 0;
  let j = cps.length;
  if (left) while (i < j && set.has(cps[i]!)) i++;
  if (right) while (j > i && set.has(cps[j - 1]!)) j--;
  return cps.slice(i, j).join('');
}

export const strStrip = (s: string, chars?: string | null): string => strip(s, chars, true, true);
export const strLstrip = (s: string, chars?: string | null): string => strip(s, chars, true, false);
export const strRstrip = (s: string, chars?: string | null): string => strip(s, chars, false, true);

export function strPartition(s: string, sep: string): [string, string, string] {
  if (sep === '') throw emptySeparator();
  const i = indexIn(s, sep, 0, s.length, isPlain(s));
  return i < 0 ? [s, '', ''] : [s.slice(0, i), sep, s.slice(i + sep.length)];
}

export function strRpartition(s: string, sep: string): [string, string, string] {
  if (sep === '') throw emptySeparator();
  const i = lastIndexIn(s, sep, 0, s.length, isPlain(s));
  return i < 0 ? ['', '', s] : [s.slice(0, i), sep, s.slice(i + sep.length)];
}

/** count < 0 (or omitted) replaces all; an empty old inserts new around every code point. */
export function strReplace(s: string, old: string, replacement: string, count?: Index): string {
  const max = splitLimit(count);
  if (old === '') {
    const cps = codePoints(s);
    let out = '';
    for (let k = 0; k <= cps.length; k++) {
      if (k < max) out += replacement;
      else return out + cps.slice(k).join('');
      if (k < cps.length) out += cps[k];
    }
    return out;
  }
  const plain = isPlain(s);
  let out = '';
  let i = 0;
  for (let n = 0; n < max; n++) {
    const j = indexIn(s, old, i, s.length, plain);
    if (j < 0) break;
    out += s.slice(i, j) + replacement;
    i = j + old.length;
  }
  return i === 0 ? s : out + s.slice(i);
}

/** A non-str item of str.join's argument: only its type name matters here. */
export interface NonStr {
  readonly pyTypeName: string;
}

export function strJoin(sep: string, items: ReadonlyArray<string | NonStr>): string {
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (typeof item !== 'string') {
      throw new PythonError('TypeError', `sequence item ${i}: expected str instance, ${item.pyTypeName} found`);
    }
  }
  return (items as readonly string[]).join(sep);
}

export {
  strCenter, strLjust, strRjust, strZfill, strExpandtabs, strRemoveprefix, strRemovesuffix, strRepeat, strSlice, adjustSlice,
} from './str-pad.js';
