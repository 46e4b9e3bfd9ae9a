// A backtracking matcher for parsed Python patterns (regex-parse.ts) with the
// semantics of CPython's sre: captures keep their last successful value,
// repeats stop after an iteration that matched nothing, $ matches before a
// final newline, \b \d \s \w follow str's Unicode properties (or ASCII), and
// searches can require a non-empty match at the start position (the rule
// findall/sub/split use after an empty match). Subjects are code point arrays,
// so positions are Python str indices.
import {
  FLAG_ASCII, FLAG_DOTALL, FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE, FLAG_UNICODE,
  type Category, type ParsedPattern, type RNode, type SetItem,
} from './regex-parse.js';
import { cpIsAlnum, cpIsDecimal, cpIsSpace, cpLower, cpUpper } from './str-case.js';

type Cont = (i: number) => boolean;
type M = (i: number, k: Cont) => boolean;
type Pred = (c: number) => boolean;

export const MODE_MATCH = 0;
export const MODE_FULLMATCH = 1;
export const MODE_SEARCH = 2;

/** What one match run needs and leaves: the subject, limits and the captures. */
class Context {
  s: Int32Array = new Int32Array(0);
  end = 0;
  start = 0;
  marks: number[] = [];
  lastindex = -1;
  mustAdvance = false;
  fullmatch = false;
  matchEnd = -1;
  ticks = 0;
  constructor(readonly interrupt: () => void) {}
  tick(): void {
    if (++this.ticks >= 100000) {
      this.ticks = 0;
      this.interrupt();
    }
  }
}

const isAsciiWord = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isUniWord = (c: number): boolean => (c < 128 ? isAsciiWord(c) : cpIsAlnum(c));
const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isUniSpace = (c: number): boolean => (c < 128 ? isAsciiSpace(c) || (c >= 28 && c <= 31) : cpIsSpace(c));
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
const isUniDigit = (c: number): boolean => (c < 128 ? isAsciiDigit(c) : cpIsDecimal(c));

const asciiLower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
const asciiUpper = (c: number): number => (c >= 97 && c <= 122 ? c - 32 : c);

function categoryPred(cat: Category, unicode: boolean): Pred {
  switch (cat) {
    case 'd': return unicode ? isUniDigit : isAsciiDigit;
    case 'D': return unicode ? (c) => !isUniDigit(c) : (c) => !isAsciiDigit(c);
    case 's': return unicode ? isUniSpace : isAsciiSpace;
    case 'S': return unicode ? (c) => !isUniSpace(c) : (c) => !isAsciiSpace(c);
    case 'w': return unicode ? isUniWord : isAsciiWord;
    case 'W': return unicode ? (c) => !isUniWord(c) : (c) => !isAsciiWord(c);
  }
}

export class CompiledPattern {
  readonly ctx: Context;
  readonly groups: number;
  private readonly top: M;
  /** A test every match's first character passes (searches skip other positions), when known. */
  private readonly first: Pred | null;

  constructor(readonly parsed: ParsedPattern, interrupt: () => void) {
    this.ctx = new Context(interrupt);
    this.groups = parsed.groups;
    this.top = this.seq(parsed.body, parsed.flags);
    this.first = this.firstPred(parsed.body, parsed.flags);
  }

  /**
   * Runs a match, fullmatch or search over s[pos:endpos] (the subject stays
   * whole for look-behind and \b). On success returns the marks (2 per group,
   * -1 when unset) followed by lastindex; null when nothing matches.
   */
  exec(s: Int32Array, pos: number, endpos: number, mode: number, mustAdvance = false): number[] | null {
    const ctx = this.ctx;
    const n = s.length;
    if (pos < 0) pos = 0;
    else if (pos > n) pos = n;
    if (endpos < 0) endpos = 0;
    else if (endpos > n) endpos = n;
    if (pos > endpos && mode !== MODE_MATCH) return null;
    ctx.s = s;
    ctx.end = endpos;
    ctx.fullmatch = mode === MODE_FULLMATCH;
    const nmarks = this.groups * 2;
    const accept: Cont = (j) => {
      if (ctx.mustAdvance && j === ctx.start) return false;
      if (ctx.fullmatch && j !== ctx.end) return false;
      ctx.matchEnd = j;
      return true;
    };
    for (let start = pos; start <= Math.max(endpos, pos); start++) {
      if (mode === MODE_SEARCH && this.first !== null) {
        while (start < endpos && !this.first(s[start]!)) start++;
        if (start >= endpos) return null;
      }
      ctx.marks = new Array<number>(nmarks).fill(-1);
      ctx.lastindex = -1;
      ctx.start = start;
      ctx.mustAdvance = mustAdvance && start === pos;
      ctx.tick();
      if (this.top(start, accept)) {
        const out = ctx.marks;
        out[0] = start;
        out[1] = ctx.matchEnd;
        out.push(ctx.lastindex);
        return out;
      }
      if (mode !== MODE_SEARCH) return null;
    }
    return null;
  }

  // -------------------------------------------------------------------------
  // Compiling the tree into closures: each node is (position, continuation).

  private seq(nodes: RNode[], flags: number): M {
    const parts: (M | Pred[])[] = [];
    for (const node of nodes) {
      const c = this.node(node, flags);
      if (typeof c === 'function' && c.length === 2) parts.push(c as M);
      else {
        const last = parts[parts.length - 1];
        if (Array.isArray(last)) last.push(c as Pred);
        else parts.push([c as Pred]);
      }
    }
    const ctx = this.ctx;
    let m: M | null = null;
    for (let i = parts.length - 1; i >= 0; i--) {
      const part = parts[i]!;
      const cur: M = Array.isArray(part) ? runOf(ctx, part) : part;
      if (m === null) m = cur;
      else {
        const next: M = m;
        m = (p, k) => cur(p, (j) => next(j, k));
      }
    }
    return m ?? ((p, k) => k(p));
  }

  /** A single-character test (Pred, one parameter) or a matcher (M, two). */
  private node(node: RNode, flags: number): M | Pred {
    const ctx = this.ctx;
    const unicode = (flags & FLAG_ASCII) === 0 && (flags & FLAG_LOCALE) === 0;
    const ignore = (flags & FLAG_IGNORECASE) !== 0;
    const lower = unicode ? cpLower : asciiLower;
    const upper = unicode ? cpUpper : asciiUpper;
    switch (node.t) {
      case 'lit': return litPred(node.c, ignore, lower, upper);
      case 'notlit': {
        const p = litPred(node.c, ignore, lower, upper);
        return (c: number) => !p(c);
      }
      case 'any':
        return (flags & FLAG_DOTALL) !== 0 ? (_c: number) => true : (c: number) => c !== 10;
      case 'in': return setPred(node.items, node.neg, unicode, ignore, lower, upper);
      case 'at': return this.at(node.at, flags, unicode);
      case 'branch': {
        const alts = node.alts.map((a) => this.seq(a, flags));
        return (i, k) => {
          for (const alt of alts) if (alt(i, k)) return true;
          ctx.tick();
          return false;
        };
      }
      case 'group': {
        const inner = (flags | node.add) & ~node.del;
        const body = this.seq(node.body, inner);
        const g = node.group;
        if (g === null) return body;
        return (i, k) => body(i, (j) => {
          const marks = ctx.marks;
          const os = marks[2 * g]!;
          const oe = marks[2 * g + 1]!;
          const ol = ctx.lastindex;
          marks[2 * g] = i;
          marks[2 * g + 1] = j;
          ctx.lastindex = g;
          if (k(j)) return true;
          marks[2 * g] = os;
          marks[2 * g + 1] = oe;
          ctx.lastindex = ol;
          return false;
        });
      }
      case 'repeat': return this.repeat(node.min, node.max, node.kind, node.body, flags);
      case 'atomic': return atomic(ctx, this.seq(node.body, flags));
      case 'assert': {
        const body = this.seq(node.body, flags);
        if (node.behind) {
          const width = node.width;
          return (i, k) => {
            const from = i - width;
            if (from < 0) return node.neg ? k(i) : false;
            return assertAt(ctx, body, from, (j) => j === i, node.neg, () => k(i));
          };
        }
        return (i, k) => assertAt(ctx, body, i, () => true, node.neg, () => k(i));
      }
      case 'ref': {
        const g = node.group;
        return (i, k) => {
          const a = ctx.marks[2 * g]!;
          const b = ctx.marks[2 * g + 1]!;
          if (a < 0 || b < 0 || b < a) return false;
          const n = b - a;
          if (i + n > ctx.end) return false;
          const s = ctx.s;
          for (let x = 0; x < n; x++) {
            const c1 = s[a + x]!;
            const c2 = s[i + x]!;
            if (c1 !== c2 && !(ignore && (lower(c1) === lower(c2) || upper(c1) === upper(c2)))) return false;
          }
          return k(i + n);
        };
      }
      case 'cond': {
        const g = node.group;
        const yes = this.seq(node.yes, flags);
        const no = node.no === null ? null : this.seq(node.no, flags);
        return (i, k) => {
          const a = g < this.groups ? ctx.marks[2 * g]! : -1;
          const b = g < this.groups ? ctx.marks[2 * g + 1]! : -1;
          if (a >= 0 && b >= 0 && b >= a) return yes(i, k);
          return no === null ? k(i) : no(i, k);
        };
      }
    }
  }

  private at(code: string, flags: number, unicode: boolean): M {
    const ctx = this.ctx;
    const multiline = (flags & FLAG_MULTILINE) !== 0;
    const word = unicode ? isUniWord : isAsciiWord;
    switch (code) {
      case 'begin':
        return multiline ? (i, k) => (i === 0 || ctx.s[i - 1] === 10) && k(i) : (i, k) => i === 0 && k(i);
      case 'end':
        return multiline
          ? (i, k) => (i === ctx.end || ctx.s[i] === 10) && k(i)
          : (i, k) => (i === ctx.end || (i === ctx.end - 1 && ctx.s[i] === 10)) && k(i);
      case 'beginString': return (i, k) => i === 0 && k(i);
      case 'endString': return (i, k) => i === ctx.end && k(i);
      case 'boundary':
      case 'nonBoundary': {
        const want = code === 'boundary';
        return (i, k) => {
          if (ctx.end === 0) return false;
          const before = i > 0 && word(ctx.s[i - 1]!);
          const here = i < ctx.end && word(ctx.s[i]!);
          return (before !== here) === want && k(i);
        };
      }
      default:
        throw new Error('unknown position code ' + code);
    }
  }

  private repeat(min: number, max: number, kind: 'greedy' | 'lazy' | 'possessive', bodyNodes: RNode[], flags: number): M {
    const ctx = this.ctx;
    if (kind === 'possessive') return atomic(ctx, this.repeat(min, max, 'greedy', bodyNodes, flags));
    if (bodyNodes.length === 1) {
      const c = this.node(bodyNodes[0]!, flags);
      if (c.length === 1) return singleRepeat(ctx, c as Pred, min, max, kind === 'lazy');
    }
    const body = this.seq(bodyNodes, flags);
    if (kind === 'greedy') {
      const rep = (count: number, i: number, k: Cont): boolean => {
        ctx.tick();
        if (count < min) return body(i, (j) => rep(count + 1, j, k));
        if (count < max && body(i, (j) => (j === i ? k(j) : rep(count + 1, j, k)))) return true;
        return k(i);
      };
      return (i, k) => rep(0, i, k);
    }
    const rep = (count: number, i: number, k: Cont): boolean => {
      ctx.tick();
      if (count < min) return body(i, (j) => rep(count + 1, j, k));
      if (k(i)) return true;
      return count < max && body(i, (j) => (j === i ? k(j) : rep(count + 1, j, k)));
    };
    return (i, k) => rep(0, i, k);
  }

  /** The first-character test of a pattern that always consumes one, for searching. */
  private firstPred(nodes: RNode[], flags: number): Pred | null {
    const n = nodes[0];
    if (n === undefined) return null;
    if (n.t === 'lit' || n.t === 'in' || n.t === 'notlit') return this.node(n, flags) as Pred;
    if (n.t === 'repeat' && n.min > 0 && n.body.length === 1) return this.firstPred(n.body, flags);
    if (n.t === 'group') return this.firstPred(n.body, (flags | n.add) & ~n.del);
    return null;
  }
}

function litPred(lit: number, ignore: boolean, lower: (c: number) => number, upper: (c: number) => number): Pred {
  if (!ignore) return (c) => c === lit;
  const lo = lower(lit);
  const up = upper(lit);
  if (lo === lit && up === lit) return (c) => c === lit;
  return (c) => c === lit || lower(c) === lo || upper(c) === up;
}

function setPred(items: SetItem[], neg: boolean, unicode: boolean, ignore: boolean, lower: (c: number) => number, upper: (c: number) => number): Pred {
  const tests: Pred[] = [];
  const lits = new Set<number>();
  for (const item of items) {
    if (item.t === 'lit') lits.add(item.c);
    else if (item.t === 'range') {
      const { lo, hi } = item;
      tests.push((c) => c >= lo && c <= hi);
    } else tests.push(categoryPred(item.cat, unicode));
  }
  const has = (c: number): boolean => {
    if (lits.has(c)) return true;
    for (const t of tests) if (t(c)) return true;
    return false;
  };
  const contains = ignore
    ? (c: number): boolean => {
      if (has(c)) return true;
      const l = lower(c);
      if (l !== c && has(l)) return true;
      const u = upper(c);
      if (u !== c && has(u)) return true;
      const lu = lower(u);
      return lu !== l && lu !== c && has(lu);
    }
    : has;
  return neg ? (c) => !contains(c) : contains;
}

/** Consecutive single characters: checked in one step. */
function runOf(ctx: Context, preds: Pred[]): M {
  const n = preds.length;
  if (n === 1) {
    const p = preds[0]!;
    return (i, k) => i < ctx.end && p(ctx.s[i]!) && k(i + 1);
  }
  return (i, k) => {
    if (i + n > ctx.end) return false;
    const s = ctx.s;
    for (let x = 0; x < n; x++) if (!preds[x]!(s[i + x]!)) return false;
    return k(i + n);
  };
}

function singleRepeat(ctx: Context, p: Pred, min: number, max: number, lazy: boolean): M {
  if (lazy) {
    return (i, k) => {
      const s = ctx.s;
      const end = ctx.end;
      let c = 0;
      while (c < min) {
        if (i + c >= end || !p(s[i + c]!)) return false;
        c++;
      }
      for (;;) {
        if (k(i + c)) return true;
        if (c >= max || i + c >= end || !p(s[i + c]!)) return false;
        c++;
        ctx.tick();
      }
    };
  }
  return (i, k) => {
    const s = ctx.s;
    const limit = Math.min(ctx.end - i, max);
    let n = 0;
    while (n < limit && p(s[i + n]!)) n++;
    if (n < min) return false;
    for (let c = n; c >= min; c--) {
      if (k(i + c)) return true;
      ctx.tick();
    }
    return false;
  };
}

/** (?>...): the body's first way to match, never revisited. */
function atomic(ctx: Context, body: M): M {
  return (i, k) => {
    const saved = ctx.marks.slice();
    const savedLast = ctx.lastindex;
    let end = -1;
    if (!body(i, (j) => {
      end = j;
      return true;
    })) return false;
    if (k(end)) return true;
    restore(ctx, saved, savedLast);
    return false;
  };
}

/** Look-around: the body must (or must not) match at `from`, ending where `ok` allows. */
function assertAt(ctx: Context, body: M, from: number, ok: Cont, neg: boolean, then: () => boolean): boolean {
  const saved = ctx.marks.slice();
  const savedLast = ctx.lastindex;
  const matched = body(from, ok);
  if (neg) {
    restore(ctx, saved, savedLast);
    return matched ? false : then();
  }
  if (!matched) return false;
  if (then()) return true;
  restore(ctx, saved, savedLast);
  return false;
}

/** Puts saved captures back (in place: enclosing groups hold the same array). */
function restore(ctx: Context, saved: number[], savedLast: number): void {
  const marks = ctx.marks;
  for (let x = 0; x < saved.length; x++) marks[x] = saved[x]!;
  ctx.lastindex = savedLast;
}

/** The code points of a str (a lone surrogate is one, as in Python). */
export function toCodePoints(s: string): Int32Array {
  const out = new Int32Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out[n++] = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        i++;
        continue;
      }
    }
    out[n++] = c;
  }
  return n === s.length ? out : out.slice(0, n);
}

export { FLAG_UNICODE };
