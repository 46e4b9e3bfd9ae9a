// Python 3.12's regular expression syntax: parses a pattern into a tree with
// the same structure, checks and error messages (with positions) as CPython's
// re._parser, and the width check its compiler makes for look-behinds.
// Positions count code points, as Python indexes a str.

export const FLAG_TEMPLATE = 1;
export const FLAG_IGNORECASE = 2;
export const FLAG_LOCALE = 4;
export const FLAG_MULTILINE = 8;
export const FLAG_DOTALL = 16;
export const FLAG_UNICODE = 32;
export const FLAG_VERBOSE = 64;
export const FLAG_DEBUG = 128;
export const FLAG_ASCII = 256;

const TYPE_FLAGS = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
const GLOBAL_FLAGS = FLAG_DEBUG | FLAG_TEMPLATE;
const FLAG_CHARS: Record<string, number> = {
  i: FLAG_IGNORECASE, L: FLAG_LOCALE, m: FLAG_MULTILINE, s: FLAG_DOTALL,
  x: FLAG_VERBOSE, a: FLAG_ASCII, t: FLAG_TEMPLATE, u: FLAG_UNICODE,
};

export const MAXREPEAT = 4294967295;
export const MAXGROUPS = 1073741823;

/** A pattern error: CPython's re.error(msg, pattern, pos); pos null for errors without one. */
export class RegexError {
  constructor(readonly msg: string, readonly pos: number | null, readonly kind: 'error' | 'OverflowError' | 'ValueError' = 'error') {}
}

export type Category = 'd' | 'D' | 's' | 'S' | 'w' | 'W';
export type AtCode = 'begin' | 'end' | 'beginString' | 'endString' | 'boundary' | 'nonBoundary';

export type SetItem =
  | { t: 'lit'; c: number }
  | { t: 'range'; lo: number; hi: number }
  | { t: 'cat'; cat: Category };

export type RNode =
  | { t: 'lit'; c: number }
  | { t: 'notlit'; c: number }
  | { t: 'any' }
  | { t: 'in'; neg: boolean; items: SetItem[] }
  | { t: 'at'; at: AtCode }
  | { t: 'branch'; alts: RNode[][] }
  | { t: 'repeat'; min: number; max: number; kind: 'greedy' | 'lazy' | 'possessive'; body: RNode[] }
  | { t: 'group'; group: number | null; add: number; del: number; body: RNode[] }
  | { t: 'atomic'; body: RNode[] }
  | { t: 'assert'; behind: boolean; neg: boolean; body: RNode[]; width: number }
  | { t: 'ref'; group: number }
  | { t: 'cond'; group: number; yes: RNode[]; no: RNode[] | null };

export interface ParsedPattern {
  body: RNode[];
  flags: number;
  /** Number of groups including group 0. */
  groups: number;
  groupindex: Map<string, number>;
}

const DIGITS = '0123456789';
const OCTDIGITS = '01234567';
const HEXDIGITS = '0123456789abcdefABCDEF';
const ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const WHITESPACE = ' \t\n\r\v\f';
const SPECIAL_CHARS = '.\\[{()*+?^$|';
const REPEAT_CHARS = '*+?{';

const ESCAPES: Record<string, number> = {
  '\\a': 7, '\\b': 8, '\\f': 12, '\\n': 10, '\\r': 13, '\\t': 9, '\\v': 11, '\\\\': 92,
};
const CATEGORIES: Record<string, RNode> = {
  '\\A': { t: 'at', at: 'beginString' },
  '\\b': { t: 'at', at: 'boundary' },
  '\\B': { t: 'at', at: 'nonBoundary' },
  '\\d': { t: 'in', neg: false, items: [{ t: 'cat', cat: 'd' }] },
  '\\D': { t: 'in', neg: false, items: [{ t: 'cat', cat: 'D' }] },
  '\\s': { t: 'in', neg: false, items: [{ t: 'cat', cat: 's' }] },
  '\\S': { t: 'in', neg: false, items: [{ t: 'cat', cat: 'S' }] },
  '\\w': { t: 'in', neg: false, items: [{ t: 'cat', cat: 'w' }] },
  '\\W': { t: 'in', neg: false, items: [{ t: 'cat', cat: 'W' }] },
  '\\Z': { t: 'at', at: 'endString' },
};

function isIdentifier(s: string): boolean {
  return /^[\p{ID_Start}_][\p{ID_Continue}]*$/u.test(s.normalize('NFKC'));
}

function isDecimalAscii(s: string): boolean {
  return /^[0-9]+$/.test(s);
}

/** The pattern as a stream of tokens: one character, or a backslash and the next. */
export class Tokenizer {
  readonly chars: string[];
  index = 0;
  next: string | null = null;
  constructor(readonly pattern: string, readonly isText = true) {
    this.chars = Array.from(pattern);
    this.advance();
  }
  private advance(): void {
    let index = this.index;
    let ch = this.chars[index];
    if (ch === undefined) {
      this.next = null;
      return;
    }
    if (ch === '\\') {
      index++;
      const c2 = this.chars[index];
      if (c2 === undefined) throw new RegexError('bad escape (end of pattern)', this.chars.length - 1);
      ch += c2;
    }
    this.index = index + 1;
    this.next = ch;
  }
  match(ch: string): boolean {
    if (ch === this.next) {
      this.advance();
      return true;
    }
    return false;
  }
  get(): string | null {
    const t = this.next;
    this.advance();
    return t;
  }
  getWhile(n: number, charset: string): string {
    let result = '';
    for (let i = 0; i < n; i++) {
      const c = this.next;
      if (c === null || !charset.includes(c) || c.length !== 1) break;
      result += c;
      this.advance();
    }
    return result;
  }
  getUntil(terminator: string, name: string): string {
    let result = '';
    for (;;) {
      const c = this.next;
      this.advance();
      if (c === null) {
        if (result === '') throw this.error('missing ' + name);
        throw this.error(`missing ${terminator}, unterminated name`, Array.from(result).length);
      }
      if (c === terminator) {
        if (result === '') throw this.error('missing ' + name, 1);
        break;
      }
      result += c;
    }
    return result;
  }
  tell(): number {
    return this.index - (this.next === null ? 0 : Array.from(this.next).length);
  }
  seek(index: number): void {
    this.index = index;
    this.advance();
  }
  error(msg: string, offset = 0): RegexError {
    return new RegexError(msg, this.tell() - offset);
  }
  checkGroupName(name: string, offset: number): void {
    if (!isIdentifier(name)) {
      throw this.error(`bad character in group name ${pyStrRepr(name)}`, Array.from(name).length + offset);
    }
  }
}

/** repr() of a str for messages (the names in them are short and printable). */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

const ord = (s: string): number => s.codePointAt(0)!;
const len = (s: string): number => Array.from(s).length;

type Width = [number, number];


class State {
  flags = 0;
  groupdict = new Map<string, number>();
  groupwidths: (Width | null)[] = [null];
  lookbehindgroups: number | null = null;
  grouprefpos = new Map<number, number>();
  get groups(): number {
    return this.groupwidths.length;
  }
  openGroup(name: string | null): number {
    const gid = this.groups;
    this.groupwidths.push(null);
    if (this.groups > MAXGROUPS) throw new RegexError('too many groups', null);
    if (name !== null) {
      const ogid = this.groupdict.get(name);
      if (ogid !== undefined) {
        throw new RegexError(`redefinition of group name ${pyStrRepr(name)} as group ${gid}; was group ${ogid}`, null);
      }
      this.groupdict.set(name, gid);
    }
    return gid;
  }
  closeGroup(gid: number, p: RNode[]): void {
    this.groupwidths[gid] = getWidth(p, this);
  }
  checkGroup(gid: number): boolean {
    return gid < this.groups && this.groupwidths[gid] !== null;
  }
  checkLookbehindGroup(gid: number, source: Tokenizer): void {
    if (this.lookbehindgroups !== null) {
      if (!this.checkGroup(gid)) throw source.error('cannot refer to an open group');
      if (gid >= this.lookbehindgroups) {
        throw source.error('cannot refer to group defined in the same lookbehind subpattern');
      }
    }
  }
}

/** SubPattern.getwidth: the least and most characters a sequence can match (MAXWIDTH = Infinity). */
function getWidth(p: RNode[], state: State): Width {
  let lo = 0;
  let hi = 0;
  for (const node of p) {
    switch (node.t) {
      case 'branch': {
        let i = Infinity;
        let j = 0;
        for (const alt of node.alts) {
          const [l, h] = getWidth(alt, state);
          i = Math.min(i, l);
          j = Math.max(j, h);
        }
        lo += i;
        hi += j;
        break;
      }
      case 'atomic':
      case 'group': {
        const [i, j] = getWidth(node.body, state);
        lo += i;
        hi += j;
        break;
      }
      case 'repeat': {
        const [i, j] = getWidth(node.body, state);
        lo += i === 0 || node.min === 0 ? 0 : i * node.min;
        if (node.max === MAXREPEAT && j !== 0) hi = Infinity;
        else hi += j === 0 || node.max === 0 ? 0 : j * node.max;
        break;
      }
      case 'lit': case 'notlit': case 'any': case 'in':
        lo += 1;
        hi += 1;
        break;
      case 'ref': {
        const w = state.groupwidths[node.group] ?? [0, 0];
        lo += w[0];
        hi += w[1];
        break;
      }
      case 'cond': {
        let [i, j] = getWidth(node.yes, state);
        if (node.no !== null) {
          const [l, h] = getWidth(node.no, state);
          i = Math.min(i, l);
          j = Math.max(j, h);
        } else {
          i = 0;
        }
        lo += i;
        hi += j;
        break;
      }
      default:
        break;
    }
  }
  return [lo, hi];
}

/** The compiler's check, in pattern order: a look-behind must have a fixed width. */
function checkLookbehinds(p: RNode[], state: State): void {
  for (const node of p) {
    switch (node.t) {
      case 'assert':
        if (node.behind) {
          const [lo, hi] = getWidth(node.body, state);
          if (lo !== hi) throw new RegexError('look-behind requires fixed-width pattern', null);
          node.width = lo;
        }
        checkLookbehinds(node.body, state);
        break;
      case 'branch':
        for (const a of node.alts) checkLookbehinds(a, state);
        break;
      case 'repeat': case 'group': case 'atomic':
        checkLookbehinds(node.body, state);
        break;
      case 'cond':
        checkLookbehinds(node.yes, state);
        if (node.no !== null) checkLookbehinds(node.no, state);
        break;
      default:
        break;
    }
  }
}

function escapeCode(source: Tokenizer, escape: string, state: State): RNode {
  const cat = CATEGORIES[escape];
  if (cat !== undefined) return cat;
  const esc = ESCAPES[escape];
  if (esc !== undefined) return { t: 'lit', c: esc };
  const c = escape.slice(1);
  const hex = hexEscape(source, escape, c);
  if (hex !== undefined) return { t: 'lit', c: hex };
  if (c === '0') {
    escape += source.getWhile(2, OCTDIGITS);
    return { t: 'lit', c: parseInt(escape.slice(1), 8) };
  }
  if (DIGITS.includes(c)) {
    if (source.next !== null && DIGITS.includes(source.next) && source.next.length === 1) {
      escape += source.get()!;
      if (OCTDIGITS.includes(escape[1]!) && OCTDIGITS.includes(escape[2]!)
        && source.next !== null && source.next.length === 1 && OCTDIGITS.includes(source.next)) {
        escape += source.get()!;
        const v = parseInt(escape.slice(1), 8);
        if (v > 0o377) throw source.error(`octal escape value ${escape} outside of range 0-0o377`, len(escape));
        return { t: 'lit', c: v };
      }
    }
    const group = parseInt(escape.slice(1), 10);
    if (group < state.groups) {
      if (!state.checkGroup(group)) throw source.error('cannot refer to an open group', len(escape));
      state.checkLookbehindGroup(group, source);
      return { t: 'ref', group };
    }
    throw source.error(`invalid group reference ${group}`, len(escape) - 1);
  }
  if (len(escape) === 2) {
    if (ASCIILETTERS.includes(c)) throw source.error(`bad escape ${escape}`, len(escape));
    return { t: 'lit', c: ord(c) };
  }
  throw source.error(`bad escape ${escape}`, len(escape));
}

/** \x, \u, \U and \N escapes (the same in and out of sets); undefined for others. */
function hexEscape(source: Tokenizer, escape: string, c: string): number | undefined {
  const fixed = (n: number): number => {
    escape += source.getWhile(n, HEXDIGITS);
    if (len(escape) !== n + 2) throw source.error(`incomplete escape ${escape}`, len(escape));
    return parseInt(escape.slice(2), 16);
  };
  if (c === 'x') return fixed(2);
  if (!source.isText) return undefined;
  if (c === 'u') return fixed(4);
  if (c === 'U') {
    const v = fixed(8);
    if (v > 0x10ffff) throw source.error(`bad escape ${escape}`, len(escape));
    return v;
  }
  if (c === 'N') {
    if (!source.match('{')) throw source.error('missing {');
    const name = source.getUntil('}', 'character name');
    throw source.error(`undefined character name ${pyStrRepr(name)}`, len(name) + len('\\N{}'));
  }
  return undefined;
}

function classEscape(source: Tokenizer, escape: string): SetItem | { t: 'in'; items: SetItem[] } {
  const esc = ESCAPES[escape];
  if (esc !== undefined) return { t: 'lit', c: esc };
  const cat = CATEGORIES[escape];
  if (cat !== undefined && cat.t === 'in') return { t: 'in', items: cat.items };
  const c = escape.slice(1);
  const hex = hexEscape(source, escape, c);
  if (hex !== undefined) return { t: 'lit', c: hex };
  if (OCTDIGITS.includes(c)) {
    escape += source.getWhile(2, OCTDIGITS);
    const v = parseInt(escape.slice(1), 8);
    if (v > 0o377) throw source.error(`octal escape value ${escape} outside of range 0-0o377`, len(escape));
    return { t: 'lit', c: v };
  }
  if (DIGITS.includes(c)) throw source.error(`bad escape ${escape}`, len(escape));
  if (len(escape) === 2) {
    if (ASCIILETTERS.includes(c)) throw source.error(`bad escape ${escape}`, len(escape));
    return { t: 'lit', c: ord(c) };
  }
  throw source.error(`bad escape ${escape}`, len(escape));
}

function parseSub(source: Tokenizer, state: State, verbose: boolean, nested: number): RNode[] {
  const items: RNode[][] = [];
  for (;;) {
    items.push(parseSeq(source, state, verbose, nested + 1, nested === 0 && items.length === 0));
    if (!source.match('|')) break;
    if (nested === 0) verbose = (state.flags & FLAG_VERBOSE) !== 0;
  }
  if (items.length === 1) return items[0]!;
  return [{ t: 'branch', alts: items }];
}

function parseFlags(source: Tokenizer, state: State, ch: string): [number, number] | null {
  let add = 0;
  let del = 0;
  let char: string | null = ch;
  if (char !== '-') {
    for (;;) {
      const flag = FLAG_CHARS[char]!;
      if (source.isText) {
        if (char === 'L') throw source.error("bad inline flags: cannot use 'L' flag with a str pattern");
      } else if (char === 'u') {
        throw source.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
      }
      add |= flag;
      if ((flag & TYPE_FLAGS) !== 0 && (add & TYPE_FLAGS) !== flag) {
        throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      }
      char = source.get();
      if (char === null) throw source.error('missing -, : or )');
      if (')-:'.includes(char)) break;
      if (!(char in FLAG_CHARS)) {
        throw source.error(/^\p{L}$/u.test(char) ? 'unknown flag' : 'missing -, : or )', len(char));
      }
    }
  }
  if (char === ')') {
    state.flags |= add;
    return null;
  }
  if ((add & GLOBAL_FLAGS) !== 0) throw source.error('bad inline flags: cannot turn on global flag', 1);
  if (char === '-') {
    char = source.get();
    if (char === null) throw source.error('missing flag');
    if (!(char in FLAG_CHARS)) throw source.error(/^\p{L}$/u.test(char) ? 'unknown flag' : 'missing flag', len(char));
    for (;;) {
      const flag = FLAG_CHARS[char]!;
      if ((flag & TYPE_FLAGS) !== 0) throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      del |= flag;
      char = source.get();
      if (char === null) throw source.error('missing :');
      if (char === ':') break;
      if (!(char in FLAG_CHARS)) throw source.error(/^\p{L}$/u.test(char) ? 'unknown flag' : 'missing :', len(char));
    }
  }
  if ((del & GLOBAL_FLAGS) !== 0) throw source.error('bad inline flags: cannot turn off global flag', 1);
  if ((add & del) !== 0) throw source.error('bad inline flags: flag turned on and off', 1);
  return [add, del];
}

function parseSet(source: Tokenizer): RNode {
  const here = source.tell() - 1;
  const set: SetItem[] = [];
  const negate = source.match('^');
  for (;;) {
    const self = source.get();
    if (self === null) throw source.error('unterminated character set', source.tell() - here);
    if (self === ']' && set.length > 0) break;
    let code1: SetItem | { t: 'in'; items: SetItem[] };
    if (self[0] === '\\') code1 = classEscape(source, self);
    else code1 = { t: 'lit', c: ord(self) };
    if (source.match('-')) {
      const that = source.get();
      if (that === null) throw source.error('unterminated character set', source.tell() - here);
      if (that === ']') {
        if (code1.t === 'in') code1 = code1.items[0]!;
        set.push(code1, { t: 'lit', c: 45 });
        break;
      }
      let code2: SetItem | { t: 'in'; items: SetItem[] };
      if (that[0] === '\\') code2 = classEscape(source, that);
      else code2 = { t: 'lit', c: ord(that) };
      if (code1.t !== 'lit' || code2.t !== 'lit') {
        throw source.error(`bad character range ${self}-${that}`, len(self) + 1 + len(that));
      }
      if (code2.c < code1.c) throw source.error(`bad character range ${self}-${that}`, len(self) + 1 + len(that));
      set.push({ t: 'range', lo: code1.c, hi: code2.c });
    } else {
      if (code1.t === 'in') code1 = code1.items[0]!;
      set.push(code1);
    }
  }
  if (set.length === 1 && set[0]!.t === 'lit') {
    return negate ? { t: 'notlit', c: set[0]!.c } : { t: 'lit', c: set[0]!.c };
  }
  return { t: 'in', neg: negate, items: set };
}

function parseSeq(source: Tokenizer, state: State, verbose: boolean, nested: number, first: boolean): RNode[] {
  const sub: RNode[] = [];
  for (;;) {
    const self = source.next;
    if (self === null) break;
    if (self === '|' || self === ')') break;
    source.get();
    if (verbose) {
      if (WHITESPACE.includes(self)) continue;
      if (self === '#') {
        for (;;) {
          const c = source.get();
          if (c === null || c === '\n') break;
        }
        continue;
      }
    }
    if (self[0] === '\\') {
      sub.push(escapeCode(source, self, state));
    } else if (!SPECIAL_CHARS.includes(self)) {
      sub.push({ t: 'lit', c: ord(self) });
    } else if (self === '[') {
      sub.push(parseSet(source));
    } else if (REPEAT_CHARS.includes(self)) {
      const here = source.tell();
      let min = 0;
      let max = MAXREPEAT;
      if (self === '?') max = 1;
      else if (self === '+') min = 1;
      else if (self === '{') {
        if (source.next === '}') {
          sub.push({ t: 'lit', c: ord(self) });
          continue;
        }
        let lo = '';
        let hi = '';
        while (source.next !== null && source.next.length === 1 && DIGITS.includes(source.next)) lo += source.get()!;
        if (source.match(',')) {
          while (source.next !== null && source.next.length === 1 && DIGITS.includes(source.next)) hi += source.get()!;
        } else {
          hi = lo;
        }
        if (!source.match('}')) {
          sub.push({ t: 'lit', c: ord(self) });
          source.seek(here);
          continue;
        }
        if (lo !== '') {
          min = Number(lo);
          if (min >= MAXREPEAT) throw new RegexError('the repetition number is too large', null, 'OverflowError');
        }
        if (hi !== '') {
          max = Number(hi);
          if (max >= MAXREPEAT) throw new RegexError('the repetition number is too large', null, 'OverflowError');
          if (max < min) throw source.error('min repeat greater than max repeat', source.tell() - here);
        }
      }
      const item = sub.length > 0 ? sub[sub.length - 1]! : null;
      if (item === null || item.t === 'at') throw source.error('nothing to repeat', source.tell() - here + len(self));
      if (item.t === 'repeat') throw source.error('multiple repeat', source.tell() - here + len(self));
      let body: RNode[] = [item];
      if (item.t === 'group' && item.group === null && item.add === 0 && item.del === 0) body = item.body;
      let kind: 'greedy' | 'lazy' | 'possessive' = 'greedy';
      if (source.match('?')) kind = 'lazy';
      else if (source.match('+')) kind = 'possessive';
      sub[sub.length - 1] = { t: 'repeat', min, max, kind, body };
    } else if (self === '.') {
      sub.push({ t: 'any' });
    } else if (self === '(') {
      const start = source.tell() - 1;
      let capture = true;
      let atomic = false;
      let name: string | null = null;
      let add = 0;
      let del = 0;
      if (source.match('?')) {
        let char = source.get();
        if (char === null) throw source.error('unexpected end of pattern');
        if (char === 'P') {
          if (source.match('<')) {
            name = source.getUntil('>', 'group name');
            source.checkGroupName(name, 1);
          } else if (source.match('=')) {
            const ref = source.getUntil(')', 'group name');
            source.checkGroupName(ref, 1);
            const gid = state.groupdict.get(ref);
            if (gid === undefined) throw source.error(`unknown group name ${pyStrRepr(ref)}`, len(ref) + 1);
            if (!state.checkGroup(gid)) throw source.error('cannot refer to an open group', len(ref) + 1);
            state.checkLookbehindGroup(gid, source);
            sub.push({ t: 'ref', group: gid });
            continue;
          } else {
            char = source.get();
            if (char === null) throw source.error('unexpected end of pattern');
            throw source.error('unknown extension ?P' + char, len(char) + 2);
          }
        } else if (char === ':') {
          capture = false;
        } else if (char === '#') {
          for (;;) {
            if (source.next === null) throw source.error('missing ), unterminated comment', source.tell() - start);
            if (source.get() === ')') break;
          }
          continue;
        } else if ('=!<'.includes(char)) {
          let behind = false;
          let savedLookbehind: number | null = null;
          if (char === '<') {
            char = source.get();
            if (char === null) throw source.error('unexpected end of pattern');
            if (!'=!'.includes(char)) throw source.error('unknown extension ?<' + char, len(char) + 2);
            behind = true;
            savedLookbehind = state.lookbehindgroups;
            if (savedLookbehind === null) state.lookbehindgroups = state.groups;
          }
          const p = parseSub(source, state, verbose, nested + 1);
          if (behind && savedLookbehind === null) state.lookbehindgroups = null;
          if (!source.match(')')) throw source.error('missing ), unterminated subpattern', source.tell() - start);
          sub.push({ t: 'assert', behind, neg: char === '!', body: p, width: 0 });
          continue;
        } else if (char === '(') {
          const condname = source.getUntil(')', 'group name');
          let condgroup: number;
          if (!isDecimalAscii(condname)) {
            source.checkGroupName(condname, 1);
            const g = state.groupdict.get(condname);
            if (g === undefined) throw source.error(`unknown group name ${pyStrRepr(condname)}`, len(condname) + 1);
            condgroup = g;
          } else {
            condgroup = Number(condname);
            if (condgroup === 0) throw source.error('bad group number', len(condname) + 1);
            if (condgroup >= MAXGROUPS) throw source.error(`invalid group reference ${condgroup}`, len(condname) + 1);
            if (!state.grouprefpos.has(condgroup)) state.grouprefpos.set(condgroup, source.tell() - len(condname) - 1);
          }
          state.checkLookbehindGroup(condgroup, source);
          const yes = parseSeq(source, state, verbose, nested + 1, false);
          let no: RNode[] | null = null;
          if (source.match('|')) {
            no = parseSeq(source, state, verbose, nested + 1, false);
            if (source.next === '|') throw source.error('conditional backref with more than two branches');
          }
          if (!source.match(')')) throw source.error('missing ), unterminated subpattern', source.tell() - start);
          sub.push({ t: 'cond', group: condgroup, yes, no });
          continue;
        } else if (char === '>') {
          capture = false;
          atomic = true;
        } else if (char in FLAG_CHARS || char === '-') {
          const flags = parseFlags(source, state, char);
          if (flags === null) {
            if (!first || sub.length > 0) {
              throw source.error('global flags not at the start of the expression', source.tell() - start);
            }
            verbose = (state.flags & FLAG_VERBOSE) !== 0;
            continue;
          }
          [add, del] = flags;
          capture = false;
        } else {
          throw source.error('unknown extension ?' + char, len(char) + 1);
        }
      }
      let group: number | null = null;
      if (capture) {
        try {
          group = state.openGroup(name);
        } catch (e) {
          if (e instanceof RegexError) throw source.error(e.msg, len(name ?? '') + 1);
          throw e;
        }
      }
      const subVerbose = (verbose || (add & FLAG_VERBOSE) !== 0) && (del & FLAG_VERBOSE) === 0;
      const p = parseSub(source, state, subVerbose, nested + 1);
      if (!source.match(')')) throw source.error('missing ), unterminated subpattern', source.tell() - start);
      if (group !== null) state.closeGroup(group, p);
      if (atomic) sub.push({ t: 'atomic', body: p });
      else sub.push({ t: 'group', group, add, del, body: p });
    } else if (self === '^') {
      sub.push({ t: 'at', at: 'begin' });
    } else if (self === '$') {
      sub.push({ t: 'at', at: 'end' });
    }
  }
  // Non-capturing groups without flags are unpacked into the sequence.
  const out: RNode[] = [];
  for (const node of sub) {
    if (node.t === 'group' && node.group === null && node.add === 0 && node.del === 0) out.push(...node.body);
    else out.push(node);
  }
  return out;
}

/** re._parser.parse plus fix_flags: the tree, final flags and group table, or a RegexError. */
export function parsePattern(pattern: string, flags: number, isText = true): ParsedPattern {
  const source = new Tokenizer(pattern, isText);
  const state = new State();
  state.flags = flags;
  const body = parseSub(source, state, (flags & FLAG_VERBOSE) !== 0, 0);
  state.flags = fixFlags(state.flags, isText);
  if (source.next !== null) throw source.error('unbalanced parenthesis');
  for (const [g, pos] of state.grouprefpos) {
    if (g >= state.groups) throw new RegexError(`invalid group reference ${g}`, pos);
  }
  checkLookbehinds(body, state);
  return { body, flags: state.flags, groups: state.groups, groupindex: state.groupdict };
}

function fixFlags(flags: number, isText: boolean): number {
  if (isText) {
    if ((flags & FLAG_LOCALE) !== 0) throw new RegexError('cannot use LOCALE flag with a str pattern', null, 'ValueError');
    if ((flags & FLAG_ASCII) === 0) flags |= FLAG_UNICODE;
    else if ((flags & FLAG_UNICODE) !== 0) throw new RegexError('ASCII and UNICODE flags are incompatible', null, 'ValueError');
  } else {
    if ((flags & FLAG_UNICODE) !== 0) throw new RegexError('cannot use UNICODE flag with a bytes pattern', null, 'ValueError');
    if ((flags & FLAG_LOCALE) !== 0 && (flags & FLAG_ASCII) !== 0) {
      throw new RegexError('ASCII and LOCALE flags are incompatible', null, 'ValueError');
    }
  }
  return flags;
}

/** A sub()/expand() template: literal text and group numbers (re._parser.parse_template). */
export type TemplatePart = string | number;

export function parseTemplate(template: string, groups: number, groupindex: Map<string, number>, isText = true): TemplatePart[] | RegexError | { indexError: string } {
  try {
    return parseTemplateOrThrow(template, groups, groupindex, isText);
  } catch (e) {
    if (e instanceof RegexError) return e;
    if (e instanceof TemplateIndexError) return { indexError: e.msg };
    throw e;
  }
}

class TemplateIndexError {
  constructor(readonly msg: string) {}
}

function parseTemplateOrThrow(template: string, groups: number, groupindex: Map<string, number>, isText: boolean): TemplatePart[] {
  const s = new Tokenizer(template, isText);
  const result: TemplatePart[] = [];
  let literal = '';
  const addGroup = (index: number, pos: number): void => {
    if (index > groups) throw s.error(`invalid group reference ${index}`, pos);
    if (literal !== '') result.push(literal);
    literal = '';
    result.push(index);
  };
  for (;;) {
    let self = s.get();
    if (self === null) break;
    if (self[0] === '\\') {
      const c = self.slice(1);
      if (c === 'g') {
        if (!s.match('<')) throw s.error('missing <');
        const name = s.getUntil('>', 'group name');
        let index: number;
        if (!isDecimalAscii(name)) {
          s.checkGroupName(name, 1);
          const g = groupindex.get(name);
          if (g === undefined) throw new TemplateIndexError(`unknown group name ${pyStrRepr(name)}`);
          index = g;
        } else {
          index = Number(name);
          if (index >= MAXGROUPS) throw s.error(`invalid group reference ${index}`, len(name) + 1);
        }
        addGroup(index, len(name) + 1);
      } else if (c === '0') {
        if (s.next !== null && s.next.length === 1 && OCTDIGITS.includes(s.next)) {
          self += s.get()!;
          if (s.next !== null && s.next.length === 1 && OCTDIGITS.includes(s.next)) self += s.get()!;
        }
        literal += String.fromCodePoint(parseInt(self.slice(1), 8) & 0xff);
      } else if (DIGITS.includes(c)) {
        let isOctal = false;
        if (s.next !== null && s.next.length === 1 && DIGITS.includes(s.next)) {
          self += s.get()!;
          if (OCTDIGITS.includes(c) && OCTDIGITS.includes(self[2]!) && s.next !== null && s.next.length === 1 && OCTDIGITS.includes(s.next)) {
            self += s.get()!;
            isOctal = true;
            const v = parseInt(self.slice(1), 8);
            if (v > 0o377) throw s.error(`octal escape value ${self} outside of range 0-0o377`, len(self));
            literal += String.fromCodePoint(v);
          }
        }
        if (!isOctal) addGroup(Number(self.slice(1)), len(self) - 1);
      } else {
        const e = ESCAPES[self];
        if (e !== undefined) literal += String.fromCodePoint(e);
        else {
          if (ASCIILETTERS.includes(c)) throw s.error(`bad escape ${self}`, len(self));
          literal += self;
        }
      }
    } else {
      literal += self;
    }
  }
  if (literal !== '') result.push(literal);
  return result;
}
