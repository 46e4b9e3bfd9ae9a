// The match statement (PEP 634): compile.c 3.12's compiler_match and the
// compiler_pattern_* / pattern_helper_* family. Every pattern routine consumes
// the subject on top of the stack and jumps to a "fail_pop" label on failure;
// captured values are parked *under* the items still in use (`onTop`) and only
// stored to their names once the whole pattern has matched.
import type * as ast from '../parser/ast-nodes.js';
import { ConstTuple } from '../bytecode/code.js';
import type { PyComplex } from '../parser/constants.js';
import { Op } from '../bytecode/opcodes.js';
import { constRepr } from '../bytecode/dis.js';
import { NO_LOCATION, type Label, type Location } from './instructions.js';
import { type Compiler, locOf } from './compiler.js';
import { addCompare, binaryOpArg, jumpIf, visitExpr } from './codegen-expr.js';
import { checkForbiddenName, compileNameOp } from './codegen-names.js';
import { visitStmts } from './codegen-stmt.js';

/** compile.c's pattern_context. */
interface PatternContext {
  /** Names captured so far, in the order their values sit on the stack. */
  stores: string[];
  /** When false, an irrefutable pattern here would make later cases unreachable. */
  allowIrrefutable: boolean;
  /** failPop[i] pops i items and falls through to failPop[i - 1]; failPop[0] is the failure exit. */
  failPop: Label[];
  /** Items on top of the stack (above the captures) that stay there until the pattern ends. */
  onTop: number;
}

const EQ: ast.cmpop = { _type: 'Eq' };
const GTE: ast.cmpop = { _type: 'GtE' };
const IS: ast.cmpop = { _type: 'Is' };
const SUB: ast.operator = { _type: 'Sub' };

function isWildcard(p: ast.pattern): boolean {
  return p._type === 'MatchAs' && p.name === null;
}

function isStarWildcard(p: ast.pattern): boolean {
  return p._type === 'MatchStar' && p.name === null;
}

/** Python's `repr` of a name, as `%R` formats it in CPython's messages. */
function nameRepr(name: string): string {
  return constRepr(name);
}

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newLabel());
}

/** Jump with `op` to the block that pops everything this pattern has pushed so far. */
function jumpToFailPop(c: Compiler, loc: Location, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.addJump(op, pc.failPop[pops]!, loc);
}

/** Emit the chain of POP_TOPs the failure jumps land in, and forget the labels. */
function emitAndResetFailPop(c: Compiler, loc: Location, pc: PatternContext): void {
  if (pc.failPop.length === 0) return;
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.useLabel(pc.failPop[i]!);
    c.addOp(Op.POP_TOP, loc);
  }
  c.useLabel(pc.failPop[0]!);
  pc.failPop = [];
}

function duplicateStore(c: Compiler, loc: Location, name: string): never {
  throw c.syntaxError(loc, `multiple assignments to name ${nameRepr(name)} in pattern`);
}

/** 3.10's ROT_N, spelled with SWAPs. */
function rotate(c: Compiler, loc: Location, count: number): void {
  while (count > 1) c.addOpI(Op.SWAP, count--, loc);
}

function storeName(c: Compiler, loc: Location, name: string | null, pc: PatternContext): void {
  if (name === null) {
    c.addOp(Op.POP_TOP, loc);
    return;
  }
  checkForbiddenName(c, name, 'Store', loc);
  if (pc.stores.includes(name)) duplicateStore(c, loc, name);
  rotate(c, loc, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

function unpackHelper(c: Compiler, loc: Location, elts: readonly ast.pattern[]): void {
  const n = elts.length;
  let seenStar = false;
  elts.forEach((elt, i) => {
    if (elt._type !== 'MatchStar') return;
    if (seenStar) throw c.syntaxError(loc, 'multiple starred expressions in sequence pattern');
    if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) {
      throw c.syntaxError(loc, 'too many expressions in star-unpacking sequence pattern');
    }
    c.addOpI(Op.UNPACK_EX, i + ((n - i - 1) << 8), loc);
    seenStar = true;
  });
  if (!seenStar) c.addOpI(Op.UNPACK_SEQUENCE, n, loc);
}

function sequenceUnpack(c: Compiler, loc: Location, patterns: readonly ast.pattern[], pc: PatternContext): void {
  unpackHelper(c, loc, patterns);
  pc.onTop += patterns.length;
  for (const p of patterns) {
    pc.onTop--;
    subpattern(c, p, pc);
  }
}

/** `[first, *_, last]`: index the subject instead of unpacking it all. */
function sequenceSubscr(c: Compiler, loc: Location, patterns: readonly ast.pattern[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  patterns.forEach((p, i) => {
    if (isWildcard(p) || i === star) return;
    c.addOpI(Op.COPY, 1, loc);
    if (i < star) {
      c.loadConst(BigInt(i), loc);
    } else {
      // The subject may not support negative indexes: compute len - k.
      c.addOp(Op.GET_LEN, loc);
      c.loadConst(BigInt(size - i), loc);
      c.addOpI(Op.BINARY_OP, binaryOpArg(SUB, false), loc);
    }
    c.addOp(Op.BINARY_SUBSCR, loc);
    subpattern(c, p, pc);
  });
  pc.onTop--;
  c.addOp(Op.POP_TOP, loc);
}

/** A sub-pattern may be irrefutable whatever the enclosing case says. */
function subpattern(c: Compiler, p: ast.pattern, pc: PatternContext): void {
  const saved = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilePattern(c, p, pc);
  pc.allowIrrefutable = saved;
}

function patternAs(c: Compiler, p: ast.MatchAs, pc: PatternContext): void {
  const loc = locOf(p);
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name !== null) throw c.syntaxError(loc, `name capture ${nameRepr(p.name)} makes remaining patterns unreachable`);
      throw c.syntaxError(loc, 'wildcard makes remaining patterns unreachable');
    }
    storeName(c, loc, p.name, pc);
    return;
  }
  pc.onTop++;
  c.addOpI(Op.COPY, 1, loc);
  compilePattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, loc, p.name, pc);
}

function validateKwdAttrs(c: Compiler, attrs: readonly string[], patterns: readonly ast.pattern[]): void {
  // Errors point at the sub-pattern: the AST has no node for the attribute name.
  attrs.forEach((attr, i) => {
    checkForbiddenName(c, attr, 'Store', locOf(patterns[i]!));
    for (let j = i + 1; j < attrs.length; j++) {
      if (attrs[j] === attr) throw c.syntaxError(locOf(patterns[j]!), `attribute name repeated in class pattern: ${attr}`);
    }
  });
}

function patternClass(c: Compiler, p: ast.MatchClass, pc: PatternContext): void {
  const loc = locOf(p);
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  if (nattrs !== p.kwd_patterns.length) {
    throw c.syntaxError(loc, `kwd_attrs (${nattrs}) / kwd_patterns (${p.kwd_patterns.length}) length mismatch in class pattern`);
  }
  if (nattrs) validateKwdAttrs(c, p.kwd_attrs, p.kwd_patterns);
  visitExpr(c, p.cls);
  c.loadConst(new ConstTuple(p.kwd_attrs), loc);
  c.addOpI(Op.MATCH_CLASS, nargs, loc);
  c.addOpI(Op.COPY, 1, loc);
  c.loadConst(null, loc);
  c.addOpI(Op.IS_OP, 1, loc);
  // On top: a tuple of the nargs + nattrs extracted attributes, or None.
  pc.onTop++;
  jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  c.addOpI(Op.UNPACK_SEQUENCE, nargs + nattrs, loc);
  pc.onTop += nargs + nattrs - 1;
  const all = [...p.patterns, ...p.kwd_patterns];
  for (const sub of all) {
    pc.onTop--;
    if (isWildcard(sub)) {
      c.addOp(Op.POP_TOP, loc);
      continue;
    }
    subpattern(c, sub, pc);
  }
}

/**
 * A key for "is this mapping key a duplicate": Python set membership, where
 * 1, 1.0, True and 1+0j are all the same key.
 */
function keyIdentity(value: ast.Constant['value']): string {
  if (value === null) return 'N';
  switch (typeof value) {
    case 'boolean': return `n${value ? 1 : 0}`;
    case 'bigint': return `n${value}`;
    case 'number': return Number.isInteger(value) ? `n${BigInt(value)}` : `f${value}`;
    case 'string': return `s${value}`;
  }
  if ('kind' in value) return 'E';
  if ('bytes' in value) return `b${Array.from(value.bytes).join('.')}`;
  const complex = value as PyComplex;
  return complex.imag === 0 ? keyIdentity(complex.real) : `j${complex.real},${complex.imag}`;
}

function patternMapping(c: Compiler, p: ast.MatchMapping, pc: PatternContext): void {
  const loc = locOf(p);
  const { keys, patterns, rest } = p;
  let size = keys.length;
  if (size !== patterns.length) {
    throw c.syntaxError(loc, `keys (${size}) / patterns (${patterns.length}) length mismatch in mapping pattern`);
  }
  // Keep the subject on top during the mapping and length checks.
  pc.onTop++;
  c.addOp(Op.MATCH_MAPPING, loc);
  jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  if (!size && rest === null) {
    pc.onTop--;
    c.addOp(Op.POP_TOP, loc);
    return;
  }
  if (size) {
    c.addOp(Op.GET_LEN, loc);
    c.loadConst(BigInt(size), loc);
    addCompare(c, GTE, loc);
    jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  for (const key of keys) {
    if (key._type === 'Constant') {
      const id = keyIdentity(key.value);
      if (seen.has(id)) throw c.syntaxError(loc, `mapping pattern checks duplicate key (${constRepr(key.value)})`);
      seen.add(id);
    } else if (key._type !== 'Attribute') {
      throw c.syntaxError(loc, 'mapping pattern keys may only match literals and attribute lookups');
    }
    visitExpr(c, key);
  }
  c.addOpI(Op.BUILD_TUPLE, size, loc);
  c.addOp(Op.MATCH_KEYS, loc);
  // A tuple of keys and a tuple of values (or None) now sit on the subject.
  pc.onTop += 2;
  c.addOpI(Op.COPY, 1, loc);
  c.loadConst(null, loc);
  c.addOpI(Op.IS_OP, 1, loc);
  jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  c.addOpI(Op.UNPACK_SEQUENCE, size, loc);
  pc.onTop += size - 1;
  for (const sub of patterns) {
    pc.onTop--;
    subpattern(c, sub, pc);
  }
  // Matched: what follows consumes the keys tuple and the subject.
  pc.onTop -= 2;
  if (rest !== null) {
    // rest = dict(subject); del rest[k] for each key.
    c.addOpI(Op.BUILD_MAP, 0, loc);
    c.addOpI(Op.SWAP, 3, loc);
    c.addOpI(Op.DICT_UPDATE, 2, loc);
    c.addOpI(Op.UNPACK_SEQUENCE, size, loc);
    while (size) {
      c.addOpI(Op.COPY, 1 + size--, loc);
      c.addOpI(Op.SWAP, 2, loc);
      c.addOp(Op.DELETE_SUBSCR, loc);
    }
    storeName(c, loc, rest, pc);
  } else {
    c.addOp(Op.POP_TOP, loc);
    c.addOp(Op.POP_TOP, loc);
  }
}

function patternOr(c: Compiler, p: ast.MatchOr, pc: PatternContext): void {
  const loc = locOf(p);
  const end = c.newLabel();
  const old: PatternContext = { ...pc };
  // The names the first alternative binds: the others must bind the same set,
  // and their values are reordered on the stack to match this order.
  let control: string[] | null = null;
  const diff = (): never => { throw c.syntaxError(loc, 'alternative patterns bind different names'); };
  p.patterns.forEach((alt, i) => {
    const altLoc = locOf(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === p.patterns.length - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.addOpI(Op.COPY, 1, altLoc);
    compilePattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (control === null) {
      control = pc.stores;
    } else if (nstores !== control.length) {
      diff();
    } else if (nstores) {
      for (let icontrol = nstores - 1; icontrol >= 0; icontrol--) {
        const istores = pc.stores.indexOf(control[icontrol]!);
        if (istores < 0) diff();
        if (icontrol === istores) continue;
        // Move the first istores + 1 captures up to sit just below position
        // icontrol, both in the list of names and on the stack.
        let rotations = istores + 1;
        const rotated = pc.stores.splice(0, rotations);
        pc.stores.splice(icontrol - istores, 0, ...rotated);
        while (rotations--) rotate(c, altLoc, icontrol + 1);
      }
    }
    c.addJump(Op.JUMP, end, altLoc);
    emitAndResetFailPop(c, altLoc, pc);
  });
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  // No alternative matched: drop the remaining copy of the subject and fail.
  c.addOp(Op.POP_TOP, loc);
  jumpToFailPop(c, loc, pc, Op.JUMP);
  c.useLabel(end);
  const names = control ?? [];
  // Between the new captures and their place: the other new captures, the
  // subject's copy, the items on top, and the captures made before this pattern.
  const nrots = names.length + 1 + pc.onTop + pc.stores.length;
  for (const name of names) {
    rotate(c, loc, nrots);
    if (pc.stores.includes(name)) duplicateStore(c, loc, name);
    pc.stores.push(name);
  }
  c.addOp(Op.POP_TOP, loc);
}

function patternSequence(c: Compiler, p: ast.MatchSequence, pc: PatternContext): void {
  const loc = locOf(p);
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  patterns.forEach((sub, i) => {
    if (sub._type === 'MatchStar') {
      if (star >= 0) throw c.syntaxError(loc, 'multiple starred names in sequence pattern');
      starWildcard = isStarWildcard(sub);
      onlyWildcard &&= starWildcard;
      star = i;
      return;
    }
    onlyWildcard &&= isWildcard(sub);
  });
  // Keep the subject on top during the sequence and length checks.
  pc.onTop++;
  c.addOp(Op.MATCH_SEQUENCE, loc);
  jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.addOp(Op.GET_LEN, loc);
    c.loadConst(BigInt(size), loc);
    addCompare(c, EQ, loc);
    jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    c.addOp(Op.GET_LEN, loc);
    c.loadConst(BigInt(size - 1), loc);
    addCompare(c, GTE, loc);
    jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) c.addOp(Op.POP_TOP, loc);
  else if (starWildcard) sequenceSubscr(c, loc, patterns, star, pc);
  else sequenceUnpack(c, loc, patterns, pc);
}

function compilePattern(c: Compiler, p: ast.pattern, pc: PatternContext): void {
  const loc = locOf(p);
  switch (p._type) {
    case 'MatchValue': {
      // The AST optimizer has folded `-1` and `1+2j` into constants by now.
      if (p.value._type !== 'Constant' && p.value._type !== 'Attribute') {
        throw c.syntaxError(loc, 'patterns may only match literals and attribute lookups');
      }
      visitExpr(c, p.value);
      addCompare(c, EQ, loc);
      return jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
    }
    case 'MatchSingleton':
      c.loadConst(p.value, loc);
      addCompare(c, IS, loc);
      return jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
    case 'MatchSequence': return patternSequence(c, p, pc);
    case 'MatchMapping': return patternMapping(c, p, pc);
    case 'MatchClass': return patternClass(c, p, pc);
    case 'MatchStar': return storeName(c, loc, p.name, pc);
    case 'MatchAs': return patternAs(c, p, pc);
    case 'MatchOr': return patternOr(c, p, pc);
  }
}

export function compileMatch(c: Compiler, s: ast.Match): void {
  visitExpr(c, s.subject);
  const end = c.newLabel();
  const cases = s.cases.length;
  const last = s.cases[cases - 1]!;
  // A trailing `case _:` needs no copy of the subject and no failure path.
  const hasDefault = isWildcard(last.pattern) && cases > 1 ? 1 : 0;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < cases - hasDefault; i++) {
    const m = s.cases[i]!;
    const ploc = locOf(m.pattern);
    const copySubject = i !== cases - hasDefault - 1;
    if (copySubject) c.addOpI(Op.COPY, 1, ploc);
    pc.stores = [];
    // Irrefutable cases must be guarded, last, or both.
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    compilePattern(c, m.pattern, pc);
    for (const name of pc.stores) compileNameOp(c, ploc, name, 'Store');
    if (m.guard) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, ploc, m.guard, pc.failPop[0]!, false);
    }
    if (copySubject) c.addOp(Op.POP_TOP, ploc);
    visitStmts(c, m.body);
    c.addJump(Op.JUMP, end, NO_LOCATION);
    // A failed match's cleanup belongs to the pattern's line, not the body's last.
    emitAndResetFailPop(c, ploc, pc);
  }
  if (hasDefault) {
    const ploc = locOf(last.pattern);
    // The last copy of the subject was consumed above; a NOP gives the line coverage.
    c.addOp(Op.NOP, ploc);
    if (last.guard) jumpIf(c, ploc, last.guard, end, false);
    visitStmts(c, last.body);
  }
  c.useLabel(end);
}
