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

type Pred = (c: number) => boolean;

export const MODE_MATCH = 0;
export const MODE_FULLMATCH = 1;
export const MODE_SEARCH = 2;

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

// Instructions of the matching machine. Backtracking uses an explicit stack
// of choice points and a trail of register changes (captures, repeat
// counters) to undo, so no JS recursion grows with the subject's length.
const PRED = 0, RUN = 1, AT = 2, SPLIT = 3, JMP = 4, OPEN = 5, CLOSE = 6, REP_INIT = 7, REP_GREEDY = 8,
  REP_LAZY = 9, REP_ITER = 10, REP_END = 11, STAR = 12, CUT_START = 13, CUT_END = 14, LOOK_START = 15,
  LOOK_END = 16, NEG_START = 17, NEG_END = 18, REF = 19, COND = 20, MATCH = 21;

// Choice point kinds.
const CH_RESUME = 0, CH_BARRIER = 1, CH_STAR_GREEDY = 2, CH_STAR_LAZY = 3;

interface Ins {
  op: number;
  a: number;
  b: number;
  c: number;
  pred: Pred | null;
  preds: Pred[] | null;
  test: ((s: Int32Array, i: number, end: number) => boolean) | null;
  fold: ((c: number) => number) | null;
  fold2: ((c: number) => number) | null;
}

function ins(op: number, a = 0, b = 0, c = 0): Ins {
  return { op, a, b, c, pred: null, preds: null, test: null, fold: null, fold2: null };
}

export class CompiledPattern {
  readonly groups: number;
  private readonly code: Ins[] = [];
  /** Registers: marks (2 per group), lastindex, group open positions, then per-construct ones. */
  private nregs: number;
  private readonly LAST: number;
  private readonly OPEN0: number;
  /** A test every match's first character passes (searches skip other positions), when known. */
  private readonly first: Pred | null;
  private ticks = 0;

  constructor(readonly parsed: ParsedPattern, private readonly interrupt: () => void) {
    this.groups = parsed.groups;
    this.LAST = 2 * this.groups;
    this.OPEN0 = this.LAST + 1;
    this.nregs = this.OPEN0 + this.groups;
    this.emitSeq(parsed.body, parsed.flags);
    this.code.push(ins(MATCH));
    this.first = this.firstPred(parsed.body, parsed.flags);
  }

  private reg(n: number): number {
    const r = this.nregs;
    this.nregs += n;
    return r;
  }

  /**
   * Runs a match, fullmatch or search over s[pos:endpos] (the subject stays
   * whole for look-behind and \b). On success returns the marks (2 per group,
   * -1 when unset) followed by lastindex; null when nothing matches.
   */
  exec(s: Int32Array, pos: number, endpos: number, mode: number, mustAdvance = false): number[] | null {
    const n = s.length;
    if (pos < 0) pos = 0;
    else if (pos > n) pos = n;
    if (endpos < 0) endpos = 0;
    else if (endpos > n) endpos = n;
    if (pos > endpos && mode !== MODE_MATCH) return null;
    const regs = new Array<number>(this.nregs);
    for (let start = pos; start <= Math.max(endpos, pos); start++) {
      if (mode === MODE_SEARCH && this.first !== null) {
        while (start < endpos && !this.first(s[start]!)) start++;
        if (start >= endpos) return null;
      }
      regs.fill(-1);
      if (this.run(s, start, endpos, regs, mode === MODE_FULLMATCH, mustAdvance && start === pos)) {
        const out = regs.slice(0, this.LAST + 1);
        out[0] = start;
        return out;
      }
      if (mode !== MODE_SEARCH) return null;
    }
    return null;
  }

  private tick(): void {
    if (++this.ticks >= 200000) {
      this.ticks = 0;
      this.interrupt();
    }
  }

  /** One attempt at `start`; on success regs[1] is the end and regs hold the captures. */
  private run(s: Int32Array, start: number, end: number, regs: number[], full: boolean, mustAdvance: boolean): boolean {
    const code = this.code;
    const stack: number[] = [];
    const trail: number[] = [];
    const set = (r: number, v: number): void => {
      trail.push(r, regs[r]!);
      regs[r] = v;
    };
    let pc = 0;
    let pos = start;
    for (;;) {
      const I = code[pc]!;
      let ok = true;
      switch (I.op) {
        case PRED:
          if (pos < end && I.pred!(s[pos]!)) {
            pos++;
            pc++;
          } else ok = false;
          break;
        case RUN: {
          const preds = I.preds!;
          const k = preds.length;
          if (pos + k > end) ok = false;
          else {
            for (let x = 0; x < k; x++) {
              if (!preds[x]!(s[pos + x]!)) {
                ok = false;
                break;
              }
            }
            if (ok) {
              pos += k;
              pc++;
            }
          }
          break;
        }
        case AT:
          if (I.test!(s, pos, end)) pc++;
          else ok = false;
          break;
        case SPLIT:
          stack.push(CH_RESUME, I.a, pos, trail.length, 0);
          pc++;
          break;
        case JMP:
          pc = I.a;
          this.tick();
          break;
        case OPEN:
          set(this.OPEN0 + I.a, pos);
          pc++;
          break;
        case CLOSE: {
          const g = I.a;
          set(2 * g, regs[this.OPEN0 + g]!);
          set(2 * g + 1, pos);
          set(this.LAST, g);
          pc++;
          break;
        }
        case REP_INIT:
          set(I.a, 0);
          pc++;
          break;
        case REP_GREEDY: {
          // a: counter register (a + 1: where this iteration started), b: min, c: max; next: exit.
          const count = regs[I.a]!;
          const exit = code[pc + 1]!.b;
          if (count < I.b) {
            set(I.a + 1, pos);
            pc += 2;
          } else if (count < I.c) {
            stack.push(CH_RESUME, exit, pos, trail.length, 0);
            set(I.a + 1, pos);
            pc += 2;
          } else pc = exit;
          break;
        }
        case REP_LAZY: {
          const count = regs[I.a]!;
          const exit = code[pc + 1]!.b;
          if (count < I.b) pc += 1;
          else {
            if (count < I.c) stack.push(CH_RESUME, pc + 1, pos, trail.length, 0);
            pc = exit;
          }
          break;
        }
        case REP_ITER:
          set(I.a + 1, pos);
          pc++;
          break;
        case REP_END: {
          // a: counter register, b: min, c: the loop's first instruction.
          const count = regs[I.a]! + 1;
          set(I.a, count);
          const loop = I.c;
          if (pos === regs[I.a + 1]! && count > I.b) pc = code[loop + 1]!.b;
          else pc = loop;
          this.tick();
          break;
        }
        case STAR: {
          // a: min, b: max, c: 1 when lazy.
          const p = I.pred!;
          const min = I.a;
          if (I.c === 0) {
            const limit = Math.min(end - pos, I.b);
            let k = 0;
            while (k < limit && p(s[pos + k]!)) k++;
            if (k < min) ok = false;
            else {
              if (k > min) stack.push(CH_STAR_GREEDY, pc, pos, trail.length, k);
              pos += k;
              pc++;
            }
          } else {
            let k = 0;
            while (k < min && pos + k < end && p(s[pos + k]!)) k++;
            if (k < min) ok = false;
            else {
              if (min < I.b) stack.push(CH_STAR_LAZY, pc, pos, trail.length, min);
              pos += min;
              pc++;
            }
          }
          break;
        }
        case CUT_START:
          set(I.a, stack.length);
          stack.push(CH_BARRIER, 0, pos, trail.length, 0);
          pc++;
          break;
        case CUT_END:
          stack.length = regs[I.a]!;
          pc++;
          break;
        case LOOK_START: {
          // a: registers (a: stack height, a + 1: position), b: look-behind width or -1.
          set(I.a + 1, pos);
          if (I.b >= 0) {
            if (pos - I.b < 0) {
              ok = false;
              break;
            }
            pos -= I.b;
          }
          set(I.a, stack.length);
          stack.push(CH_BARRIER, 0, pos, trail.length, 0);
          pc++;
          break;
        }
        case LOOK_END:
          if (I.b >= 0 && pos !== regs[I.a + 1]!) {
            ok = false;
            break;
          }
          stack.length = regs[I.a]!;
          pos = regs[I.a + 1]!;
          pc++;
          break;
        case NEG_START: {
          // c: the instruction after the assertion.
          set(I.a + 1, pos);
          if (I.b >= 0 && pos - I.b < 0) {
            pc = I.c;
            break;
          }
          set(I.a, stack.length);
          stack.push(CH_RESUME, I.c, pos, trail.length, 0);
          if (I.b >= 0) pos -= I.b;
          pc++;
          break;
        }
        case NEG_END:
          if (I.b >= 0 && pos !== regs[I.a + 1]!) {
            ok = false;
            break;
          }
          stack.length = regs[I.a]!;
          ok = false;
          break;
        case REF: {
          const g = I.a;
          const a = regs[2 * g]!;
          const b = regs[2 * g + 1]!;
          if (a < 0 || b < 0 || b < a || pos + (b - a) > end) {
            ok = false;
            break;
          }
          const lower = I.fold;
          const upper = I.fold2;
          for (let x = 0; x < b - a; x++) {
            const c1 = s[a + x]!;
            const c2 = s[pos + x]!;
            if (c1 !== c2 && !(lower !== null && (lower(c1) === lower(c2) || upper!(c1) === upper!(c2)))) {
              ok = false;
              break;
            }
          }
          if (ok) {
            pos += b - a;
            pc++;
          }
          break;
        }
        case COND: {
          const g = I.a;
          const a = g < this.groups ? regs[2 * g]! : -1;
          const b = g < this.groups ? regs[2 * g + 1]! : -1;
          pc = a >= 0 && b >= 0 && b >= a ? pc + 1 : I.b;
          break;
        }
        case MATCH:
          if ((mustAdvance && pos === start) || (full && pos !== end)) ok = false;
          else {
            regs[1] = pos;
            return true;
          }
          break;
        default:
          throw new Error('bad regex instruction');
      }
      if (ok) continue;
      // Backtrack to the latest choice point.
      for (;;) {
        if (stack.length === 0) return false;
        const x = stack.length - 5;
        const kind = stack[x]!;
        const target = stack[x + 1]!;
        const at = stack[x + 2]!;
        const tl = stack[x + 3]!;
        const count = stack[x + 4]!;
        stack.length = x;
        while (trail.length > tl) {
          const v = trail.pop()!;
          regs[trail.pop()!] = v;
        }
        this.tick();
        if (kind === CH_RESUME) {
          pc = target;
          pos = at;
          break;
        }
        if (kind === CH_BARRIER) continue;
        const S = code[target]!;
        if (kind === CH_STAR_GREEDY) {
          const k = count - 1;
          if (k > S.a) stack.push(CH_STAR_GREEDY, target, at, tl, k);
          pos = at + k;
          pc = target + 1;
          break;
        }
        // CH_STAR_LAZY: one more character, if it fits.
        if (count < S.b && at + count < end && S.pred!(s[at + count]!)) {
          const k = count + 1;
          if (k < S.b) stack.push(CH_STAR_LAZY, target, at, tl, k);
          pos = at + k;
          pc = target + 1;
          break;
        }
      }
    }
  }

  // -------------------------------------------------------------------------
  // Compiling the tree into instructions.

  private emit(i: Ins): number {
    this.code.push(i);
    return this.code.length - 1;
  }

  private emitSeq(nodes: RNode[], flags: number): void {
    let run: Pred[] = [];
    const flush = (): void => {
      if (run.length === 1) {
        const i = ins(PRED);
        i.pred = run[0]!;
        this.emit(i);
      } else if (run.length > 1) {
        const i = ins(RUN);
        i.preds = run;
        this.emit(i);
      }
      run = [];
    };
    for (const node of nodes) {
      const p = this.predOf(node, flags);
      if (p !== null) run.push(p);
      else {
        flush();
        this.emitNode(node, flags);
      }
    }
    flush();
  }

  /** The single-character test of a node that matches exactly one character; null for others. */
  private predOf(node: RNode, flags: number): Pred | null {
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
        return (flags & FLAG_DOTALL) !== 0 ? () => true : (c: number) => c !== 10;
      case 'in': return setPred(node.items, node.neg, unicode, ignore, lower, upper);
      default: return null;
    }
  }

  private emitNode(node: RNode, flags: number): void {
    const unicode = (flags & FLAG_ASCII) === 0 && (flags & FLAG_LOCALE) === 0;
    switch (node.t) {
      case 'at': {
        const i = ins(AT);
        i.test = atTest(node.at, flags, unicode);
        this.emit(i);
        return;
      }
      case 'branch': {
        const jumps: Ins[] = [];
        node.alts.forEach((alt, k) => {
          if (k < node.alts.length - 1) {
            const split = ins(SPLIT);
            this.emit(split);
            this.emitSeq(alt, flags);
            const j = ins(JMP);
            jumps.push(j);
            this.emit(j);
            split.a = this.code.length;
          } else {
            this.emitSeq(alt, flags);
          }
        });
        for (const j of jumps) j.a = this.code.length;
        return;
      }
      case 'group': {
        const inner = (flags | node.add) & ~node.del;
        if (node.group === null) {
          this.emitSeq(node.body, inner);
          return;
        }
        this.emit(ins(OPEN, node.group));
        this.emitSeq(node.body, inner);
        this.emit(ins(CLOSE, node.group));
        return;
      }
      case 'repeat':
        this.emitRepeat(node.min, node.max, node.kind, node.body, flags);
        return;
      case 'atomic': {
        const r = this.reg(1);
        this.emit(ins(CUT_START, r));
        this.emitSeq(node.body, flags);
        this.emit(ins(CUT_END, r));
        return;
      }
      case 'assert': {
        const r = this.reg(2);
        const width = node.behind ? node.width : -1;
        if (!node.neg) {
          this.emit(ins(LOOK_START, r, width));
          this.emitSeq(node.body, flags);
          this.emit(ins(LOOK_END, r, width));
        } else {
          const start = ins(NEG_START, r, width);
          this.emit(start);
          this.emitSeq(node.body, flags);
          this.emit(ins(NEG_END, r, width));
          start.c = this.code.length;
        }
        return;
      }
      case 'ref': {
        const i = ins(REF, node.group);
        if ((flags & FLAG_IGNORECASE) !== 0) {
          i.fold = unicode ? cpLower : asciiLower;
          i.fold2 = unicode ? cpUpper : asciiUpper;
        }
        this.emit(i);
        return;
      }
      case 'cond': {
        const c = ins(COND, node.group);
        this.emit(c);
        this.emitSeq(node.yes, flags);
        if (node.no === null) {
          c.b = this.code.length;
          return;
        }
        const j = ins(JMP);
        this.emit(j);
        c.b = this.code.length;
        this.emitSeq(node.no, flags);
        j.a = this.code.length;
        return;
      }
      default: {
        const p = this.predOf(node, flags)!;
        const i = ins(PRED);
        i.pred = p;
        this.emit(i);
      }
    }
  }

  private emitRepeat(min: number, max: number, kind: 'greedy' | 'lazy' | 'possessive', body: RNode[], flags: number): void {
    if (kind === 'possessive') {
      const r = this.reg(1);
      this.emit(ins(CUT_START, r));
      this.emitRepeat(min, max, 'greedy', body, flags);
      this.emit(ins(CUT_END, r));
      return;
    }
    if (body.length === 1) {
      const p = this.predOf(body[0]!, flags);
      if (p !== null) {
        const i = ins(STAR, min, max, kind === 'lazy' ? 1 : 0);
        i.pred = p;
        this.emit(i);
        return;
      }
    }
    const r = this.reg(2);
    this.emit(ins(REP_INIT, r));
    const loop = this.emit(ins(kind === 'lazy' ? REP_LAZY : REP_GREEDY, r, min, max));
    // The instruction after the loop head holds the exit address in b. Lazy loops
    // run it (it records where the iteration starts); greedy ones skip it.
    const exitRec = ins(REP_ITER, r);
    this.emit(exitRec);
    this.emitSeq(body, flags);
    this.emit(ins(REP_END, r, min, loop));
    exitRec.b = this.code.length;
  }

  /** The first-character test of a pattern that always consumes one, for searching. */
  private firstPred(nodes: RNode[], flags: number): Pred | null {
    const n = nodes[0];
    if (n === undefined) return null;
    if (n.t === 'lit' || n.t === 'in' || n.t === 'notlit') return this.predOf(n, flags);
    if (n.t === 'repeat' && n.min > 0 && n.body.length === 1) return this.firstPred(n.body, flags);
    if (n.t === 'group') return this.firstPred(n.body, (flags | n.add) & ~n.del);
    return null;
  }
}

function atTest(code: string, flags: number, unicode: boolean): (s: Int32Array, i: number, end: number) => boolean {
  const multiline = (flags & FLAG_MULTILINE) !== 0;
  const word = unicode ? isUniWord : isAsciiWord;
  switch (code) {
    case 'begin':
      return multiline ? (s, i) => i === 0 || s[i - 1] === 10 : (_s, i) => i === 0;
    case 'end':
      return multiline
        ? (s, i, end) => i === end || s[i] === 10
        : (s, i, end) => i === end || (i === end - 1 && s[i] === 10);
    case 'beginString': return (_s, i) => i === 0;
    case 'endString': return (_s, i, end) => i === end;
    case 'boundary':
    case 'nonBoundary': {
      const want = code === 'boundary';
      return (s, i, end) => {
        if (end === 0) return false;
        const before = i > 0 && word(s[i - 1]!);
        const here = i < end && word(s[i]!);
        return (before !== here) === want;
      };
    }
    default:
      throw new Error('unknown position code ' + code);
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
