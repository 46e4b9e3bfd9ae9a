// The compiler's state, as CPython 3.12's compile.c keeps it: a stack of
// code units (one per function, class, lambda, comprehension being compiled),
// each with its symbol-table entry, metadata, instruction sequence and the
// frame-block stack that break/continue/return unwind through. Codegen
// (codegen-*.ts) only talks to this file's emit helpers.
import type * as ast from '../parser/ast-nodes.js';
import { PySyntaxError, compilerError } from '../parser/syntax-error.js';
import type { CodeObject, ConstValue } from '../bytecode/code.js';
import { Op } from '../bytecode/opcodes.js';
import {
  ConstTable, IndexedSet, InstrSequence, NO_LOCATION,
  type CodeUnit, type CodeUnitMetadata, type Label, type Location,
} from './instructions.js';
import { FUTURE_ANNOTATIONS_FLAG, type FutureFeatures } from './future.js';
import type { SymbolTable, SymbolTableEntry } from './symtable.js';
import { mangle } from './symtable.js';

/** compile.c's COMPILER_SCOPE_*: what kind of code unit is being compiled. */
export type ScopeType = 'module' | 'class' | 'function' | 'async_function' | 'lambda' | 'comprehension' | 'typeparams';

/** compile.c's fblocktype: what `break`/`continue`/`return` must unwind. */
export type FBlockType =
  | 'while_loop' | 'for_loop' | 'try_except' | 'finally_try' | 'finally_end'
  | 'with' | 'async_with' | 'handler_cleanup' | 'pop_value' | 'exception_handler'
  | 'exception_group_handler' | 'async_comprehension_generator';

export interface FBlock {
  readonly type: FBlockType;
  readonly block: Label;
  readonly exit: Label | null;
  /** finally_try: the finally body; handler_cleanup: the handler's name; with: the statement. */
  readonly datum: ast.stmt[] | string | ast.stmt | null;
  readonly loc: Location;
}

export interface CompilerUnit {
  readonly ste: SymbolTableEntry;
  readonly scopeType: ScopeType;
  readonly metadata: CodeUnitMetadata;
  readonly instrs: InstrSequence;
  /** The class name private names are mangled with, inherited by nested units. */
  priv: string | null;
  readonly fblocks: FBlock[];
  inInlinedComp: number;
}

/** CPython's limit on statically nested blocks (CO_MAXBLOCKS). */
const CO_MAXBLOCKS = 20;

/** Symbol scopes as symtable.c stores them in the bits above SCOPE_OFFSET. */
export const SCOPE = { LOCAL: 1, GLOBAL_EXPLICIT: 2, GLOBAL_IMPLICIT: 3, FREE: 4, CELL: 5 } as const;
const SCOPE_OFFSET = 12;
export const DEF_IMPORT = 128;
const DEF_FREE_CLASS = 64;
const DEF_COMP_CELL = 2048;

/** `_PyST_GetScope`: 0 when the name is unknown to the block. */
export function getScope(ste: SymbolTableEntry, name: string): number {
  return ((ste.symbols.get(name) ?? 0) >> SCOPE_OFFSET) & 0xf;
}

function codePointCompare(a: string, b: string): number {
  const x = Array.from(a, (ch) => ch.codePointAt(0)!);
  const y = Array.from(b, (ch) => ch.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/** compile.c's dictbytype: the names of one scope (or carrying `flag`), sorted as CPython sorts str. */
function namesByScope(ste: SymbolTableEntry, scope: number, flag: number): string[] {
  const names: string[] = [];
  for (const [name, flags] of ste.symbols) {
    if (((flags >> SCOPE_OFFSET) & 0xf) === scope || (flags & flag)) names.push(name);
  }
  return names.sort(codePointCompare);
}

export function locOf(node: ast.Located): Location {
  return { lineno: node.lineno, endLineno: node.end_lineno, colOffset: node.col_offset, endColOffset: node.end_col_offset };
}

export class Compiler {
  readonly units: CompilerUnit[] = [];
  /** Set once the module unit is entered. */
  u!: CompilerUnit;

  constructor(
    readonly st: SymbolTable,
    readonly filename: string,
    readonly source: string,
    readonly future: FutureFeatures,
    /** Turns a finished code unit into a code object (the flow graph and assembler). */
    readonly assemble: (unit: CodeUnit) => CodeObject,
  ) {}

  get futureFlags(): number { return this.future.flags; }
  get futureAnnotations(): boolean { return (this.future.flags & FUTURE_ANNOTATIONS_FLAG) !== 0; }

  /** A `from __future__` import after the leading ones (future.c's location check). */
  isLateFuture(s: ast.ImportFrom): boolean {
    return s.lineno > this.future.lastLine || (s.lineno === this.future.lastLine && s.col_offset > this.future.lastCol);
  }

  /** `name` mangled with the current class's private prefix. */
  mangle(name: string): string { return mangle(this.u.priv, name); }

  // ---- errors ----------------------------------------------------------------

  /**
   * A compile-time SyntaxError at `loc`. compile.c's compiler_error passes the
   * AST's UTF-8 byte columns plus one, unconverted (so a line with non-ASCII
   * text gets byte offsets, and NO_LOCATION gets line -1, offset 0).
   */
  syntaxError(loc: Location, msg: string): PySyntaxError {
    const line = this.source.split('\n')[loc.lineno - 1] ?? '';
    return compilerError(new PySyntaxError('SyntaxError', msg, loc.lineno, loc.colOffset + 1, line, this.filename,
      loc.endLineno, loc.endColOffset + 1));
  }

  // ---- scopes ----------------------------------------------------------------

  enterScope(name: string, scopeType: ScopeType, key: object, lineno: number): void {
    const ste = this.st.lookup(key);
    const cellvars = new IndexedSet<string>(namesByScope(ste, SCOPE.CELL, DEF_COMP_CELL));
    if (ste.needsClassClosure) cellvars.add('__class__');
    if (ste.needsClassdict) cellvars.add('__classdict__');
    const freevars = new IndexedSet<string>(namesByScope(ste, SCOPE.FREE, DEF_FREE_CLASS));
    const metadata: CodeUnitMetadata = {
      name, qualname: name,
      consts: new ConstTable(),
      names: new IndexedSet<string>(),
      varnames: new IndexedSet<string>(ste.varnames),
      cellvars, freevars,
      fasthidden: new Map<string, boolean>(),
      argcount: 0, posonlyargcount: 0, kwonlyargcount: 0,
      firstlineno: lineno,
    };
    const parent = this.units.length > 0 ? this.u : null;
    const unit: CompilerUnit = {
      ste, scopeType, metadata, instrs: new InstrSequence(),
      priv: scopeType === 'class' ? null : parent?.priv ?? null,
      fblocks: [], inInlinedComp: 0,
    };
    this.units.push(unit);
    this.u = unit;
    const loc: Location = { lineno: scopeType === 'module' ? 0 : lineno, endLineno: lineno, colOffset: 0, endColOffset: 0 };
    if (scopeType !== 'module') this.setQualname();
    this.addOpI(Op.RESUME, 0, loc);
  }

  exitScope(): CompilerUnit {
    const unit = this.units.pop()!;
    if (this.units.length > 0) this.u = this.units[this.units.length - 1]!;
    return unit;
  }

  /** compile.c's compiler_set_qualname. */
  private setQualname(): void {
    const u = this.u;
    const stack = this.units;
    let base: string | null = null;
    // `units` includes the unit being named; CPython's c_stack does not, and
    // only a parent other than the module contributes to the qualname.
    if (stack.length > 2) {
      let parent = stack[stack.length - 2]!;
      if (parent.scopeType === 'typeparams') {
        if (stack.length === 3) { u.metadata.qualname = u.metadata.name; return; }
        parent = stack[stack.length - 3]!;
      }
      let forceGlobal = false;
      if (u.scopeType === 'function' || u.scopeType === 'async_function' || u.scopeType === 'class') {
        const mangled = mangle(parent.priv, u.metadata.name);
        if (getScope(parent.ste, mangled) === SCOPE.GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        const fnLike = parent.scopeType === 'function' || parent.scopeType === 'async_function' || parent.scopeType === 'lambda';
        base = fnLike ? `${parent.metadata.qualname}.<locals>` : parent.metadata.qualname;
      }
    }
    u.metadata.qualname = base === null ? u.metadata.name : `${base}.${u.metadata.name}`;
  }

  /** Top-level module unit? (used for `__annotations__` and interactive rules) */
  get isTopLevel(): boolean { return this.units.length === 1; }

  // ---- emitting ----------------------------------------------------------------

  addOp(opcode: number, loc: Location): void {
    this.u.instrs.add(opcode, 0, loc);
  }

  addOpI(opcode: number, oparg: number, loc: Location): void {
    this.u.instrs.add(opcode, oparg, loc);
  }

  addJump(opcode: number, target: Label, loc: Location): void {
    this.u.instrs.add(opcode, target, loc);
  }

  newLabel(): Label { return this.u.instrs.newLabel(); }
  useLabel(label: Label): void { this.u.instrs.useLabel(label); }

  addConst(value: ConstValue): number { return this.u.metadata.consts.add(value); }

  loadConst(value: ConstValue, loc: Location): void {
    this.addOpI(Op.LOAD_CONST, this.addConst(value), loc);
  }

  /** Emit `opcode` with the index of `name` (mangled) in co_names. */
  addOpName(opcode: number, name: string, loc: Location): void {
    this.addOpI(opcode, this.u.metadata.names.add(mangle(this.u.priv, name)), loc);
  }

  /** Emit `opcode` with the index of `name` in co_names, unmangled. */
  addOpNameRaw(opcode: number, name: string, loc: Location): void {
    this.addOpI(opcode, this.u.metadata.names.add(name), loc);
  }

  // ---- frame blocks ----------------------------------------------------------------

  pushFBlock(loc: Location, type: FBlockType, block: Label, exit: Label | null, datum: FBlock['datum']): void {
    if (this.u.fblocks.length >= CO_MAXBLOCKS) throw this.syntaxError(loc, 'too many statically nested blocks');
    this.u.fblocks.push({ type, block, exit, datum, loc });
  }

  popFBlock(): void {
    this.u.fblocks.pop();
  }

  get noLocation(): Location { return NO_LOCATION; }
}
