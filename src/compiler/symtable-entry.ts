// The symbol table's data: CPython 3.12's flag bits and scope codes
// (Include/internal/pycore_symtable.h), one PySTEntryObject per block, private
// name mangling, and the SyntaxError every symtable error becomes.
import { PySyntaxError, locatedAfter } from '../parser/syntax-error.js';

// Def-use flags, bit for bit as CPython stores them in ste_symbols: codegen
// and the tests read the raw ints, so the values themselves are the contract.
export const DEF_GLOBAL = 1;          // global statement
export const DEF_LOCAL = 2;           // assignment in the block
export const DEF_PARAM = 4;           // formal parameter
export const DEF_NONLOCAL = 8;        // nonlocal statement
export const USE = 16;                // name is used
export const DEF_FREE = 32;           // used but not defined in a nested block (never set by 3.12's symtable.c)
export const DEF_FREE_CLASS = 64;     // free in a method and also bound or global in the class
export const DEF_IMPORT = 128;        // bound by an import
export const DEF_ANNOT = 256;         // annotated name
export const DEF_COMP_ITER = 512;     // comprehension iteration variable
export const DEF_TYPE_PARAM = 1024;   // PEP 695 type parameter
export const DEF_COMP_CELL = 2048;    // a cell in an inlined comprehension
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/** The scope sits above the flags, at bit 12, four bits wide. */
export const SCOPE_OFFSET = 12;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;
/** The flag bits alone, without the scope. */
export const FLAGS_MASK = (1 << SCOPE_OFFSET) - 1;

export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;
export type Scope = 0 | typeof LOCAL | typeof GLOBAL_EXPLICIT | typeof GLOBAL_IMPLICIT | typeof FREE | typeof CELL;

/**
 * CPython's _Py_block_ty, in its order (the index is the C enum value that
 * `_symtable` reports as `type`). 'annotation' blocks exist only under
 * `from __future__ import annotations`; the last three are PEP 695's
 * TypeVarBoundBlock, TypeAliasBlock and TypeParamBlock.
 */
export const BLOCK_TYPES = ['function', 'class', 'module', 'annotation', 'typevar_bound', 'type_alias', 'type_param'] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

/** _Py_comprehension_ty without NoComprehension (which is `null` here). */
export type ComprehensionKind = 'list' | 'dict' | 'set' | 'generator';

export interface SourceSpan { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

/** A global or nonlocal statement (or a walrus's implied one): where to point when the name is in error. */
export interface Directive extends SourceSpan { name: string }

/** One block's facts: PySTEntryObject with camelCase names (ste_foo → foo). */
export class SymbolTableEntry {
  /** name → flags, with the scope at SCOPE_OFFSET once analysis is done. */
  readonly symbols = new Map<string, number>();
  /** Parameters in order: positional-only, positional, keyword-only, *args, **kwargs. */
  readonly varnames: string[] = [];
  /** Blocks nested here, in source order; inlined comprehensions are replaced by their own children. */
  children: SymbolTableEntry[] = [];
  directives: Directive[] | null = null;
  nested = false;
  /** ste_free: the block has free variables. */
  free = false;
  /** A child block has free variables, including free references to globals. */
  childFree = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionKind | null = null;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  /** For class blocks: a `__class__` cell must be created. */
  needsClassClosure = false;
  /** For class blocks: a `__classdict__` cell must be created. */
  needsClassdict = false;
  /** A list/set/dict comprehension whose code runs inline in its parent (PEP 709). */
  compInlined = false;
  compIterTarget = false;
  /** The block may read names bound in the immediately enclosing class (PEP 695 scopes). */
  canSeeClassScope = false;
  /** Non-zero while visiting a comprehension's iterable expression. */
  compIterExpr = 0;

  constructor(
    readonly type: BlockType,
    readonly name: string,
    readonly lineno: number,
    readonly colOffset: number,
    readonly endLineno: number,
    readonly endColOffset: number,
  ) {}

  /** _PyST_GetSymbol: the raw flags, 0 for an unknown name. */
  getSymbol(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** _PyST_GetScope: LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL, or 0 for an unknown name. */
  getScope(name: string): Scope {
    return ((this.getSymbol(name) >> SCOPE_OFFSET) & SCOPE_MASK) as Scope;
  }

  /** _PyST_IsFunctionLike: functions and the PEP 695 blocks, which compile to functions. */
  isFunctionLike(): boolean {
    return this.type === 'function' || this.type === 'typevar_bound' || this.type === 'type_alias' || this.type === 'type_param';
  }
}

/**
 * _Py_Mangle: inside class `privateName`, `__spam` becomes `_privateName__spam`
 * (leading underscores of the class name stripped). Dunder names, dotted
 * names and classes named only with underscores are left alone.
 */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || name[0] !== '_' || name[1] !== '_') return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}

/** Where symtable errors are reported: the file name, and the source for the error's text line when known. */
export interface ErrorSite {
  readonly filename: string;
  readonly source: string | undefined;
}

/** The source's line `lineno` (1-based), '' when unknown: split only when an error is raised, not at every compile. */
function siteLine(site: ErrorSite, lineno: number): string {
  return site.source?.split(/\r\n|\r|\n/)[lineno - 1] ?? '';
}

/**
 * CPython reports symtable errors through PyErr_RangedSyntaxLocationObject
 * with the AST's UTF-8 column plus one, unconverted: the offset stays a byte
 * offset even on lines with non-ASCII text.
 */
export function symtableError(site: ErrorSite, msg: string, span: SourceSpan): PySyntaxError {
  const text = siteLine(site, span.lineno);
  return locatedAfter(new PySyntaxError('SyntaxError', msg, span.lineno, span.col_offset + 1, text, site.filename, span.end_lineno, span.end_col_offset + 1));
}

/** future.c reports only a start (PyErr_SyntaxLocationObject): CPython's end_offset is None, 0 here. */
export function futureError(site: ErrorSite, msg: string, span: SourceSpan): PySyntaxError {
  const text = siteLine(site, span.lineno);
  return locatedAfter(new PySyntaxError('SyntaxError', msg, span.lineno, span.col_offset + 1, text, site.filename, span.lineno, 0));
}
