// Python 3.12 str methods that pad, trim affixes, expand tabs, repeat and
// slice, on JS strings counting code points (re-exported by str-methods.ts).
import { PythonError } from './python-error.js';
import { codePoints, cpLength, isPairAt, isPlain } from './str-index.js';

type Index = number | null | undefined;

function checkFill(fillchar: string): void {
  if (cpLength(fillchar) !== 1) {
    throw new PythonError('TypeError', 'The fill character must be exactly one character long');
  }
}

export function strCenter(s: string, width: number, fillchar = ' '): string {
  checkFill(fillchar);
  const marg = width - cpLength(s);
  if (marg <= 0) return s;
  // CPython's rounding: the odd extra goes left only when width is odd too.
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return fillchar.repeat(left) + s + fillchar.repeat(marg - left);
}

export function strLjust(s: string, width: number, fillchar = ' '): string {
  checkFill(fillchar);
  const marg = width - cpLength(s);
  return marg <= 0 ? s : s + fillchar.repeat(marg);
}

export function strRjust(s: string, width: number, fillchar = ' '): string {
  checkFill(fillchar);
  const marg = width - cpLength(s);
  return marg <= 0 ? s : fillchar.repeat(marg) + s;
}

/** Zeros go after a leading sign, which need not belong to a number. */
export function strZfill(s: string, width: number): string {
  const fill = width - cpLength(s);
  if (fill <= 0) return s;
  const c = s[0];
  if (c === '+' || c === '-') return c + '0'.repeat(fill) + s.slice(1);
  return '0'.repeat(fill) + s;
}

/** Columns count code points and restart after \n and \r; tabsize <= 0 drops tabs. */
export function strExpandtabs(s: string, tabsize = 8): string {
  if (!s.includes('\t')) return s;
  let out = '';
  let col = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 9) {
      out += s.slice(from, i);
      from = i + 1;
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        col += incr;
        out += ' '.repeat(incr);
      }
    } else if (c === 10 || c === 13) {
      col = 0;
    } else {
      col++;
      if (isPairAt(s, i)) i++;
    }
  }
  return out + s.slice(from);
}

export function strRemoveprefix(s: string, prefix: string): string {
  if (prefix === '' || !s.startsWith(prefix)) return s;
  // A prefix ending in a lone high surrogate must not take half of a pair.
  if (isPairAt(s, prefix.length - 1)) return s;
  return s.slice(prefix.length);
}

export function strRemovesuffix(s: string, suffix: string): string {
  if (suffix === '' || !s.endsWith(suffix)) return s;
  const at = s.length - suffix.length;
  if (at > 0 && isPairAt(s, at - 1)) return s;
  return s.slice(0, at);
}

/** str * n: n <= 0 gives ''. */
export function strRepeat(s: string, n: number): string {
  return n <= 0 ? '' : s.repeat(n);
}

/** PySlice_Unpack + PySlice_AdjustIndices: [start, stop, step, slicelength]. */
export function adjustSlice(len: number, start: Index, stop: Index, step: Index): [number, number, number, number] {
  const st = step ?? 1;
  if (st === 0) throw new PythonError('ValueError', 'slice step cannot be zero');
  const clamp = (v: Index, dflt: number): number => {
    if (v == null) v = dflt;
    if (v < 0) {
      v += len;
      if (v < 0) v = st < 0 ? -1 : 0;
    } else if (v >= len) v = st < 0 ? len - 1 : len;
    return v;
  };
  const b = clamp(start, st < 0 ? Infinity : 0);
  const e = clamp(stop, st < 0 ? -Infinity : Infinity);
  let n = 0;
  if (st < 0 ? e < b : b < e) n = Math.floor((st < 0 ? b - e - 1 : e - b - 1) / Math.abs(st)) + 1;
  return [b, e, st, n];
}

/** s[start:stop:step] by code points. */
export function strSlice(s: string, start?: Index, stop?: Index, step?: Index): string {
  const plain = isPlain(s);
  const cps = plain ? null : codePoints(s);
  const [b, e, st, n] = adjustSlice(cps === null ? s.length : cps.length, start, stop, step);
  if (st === 1) return cps === null ? s.slice(b, e) : cps.slice(b, e).join('');
  let out = '';
  for (let k = 0, i = b; k < n; k++, i += st) out += cps === null ? s[i] : cps[i];
  return out;
}
