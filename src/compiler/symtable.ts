// The symbol table: a port of CPython 3.12's Python/symtable.c. For a module's
// AST it builds one entry per scope (module, class, function, lambda,
// comprehension, PEP 695 type-parameter / type-alias / TypeVar-bound scope,
// and annotation scopes under `from __future__ import annotations`) with each
// name's flags and scope bit for bit as CPython has them, and raises the
// SyntaxErrors CPython's symtable raises, with its messages and locations.
//
// The first pass (symtable-visit.ts) records raw facts; the second
// (symtable-analyze.ts) decides scopes. The future-statement scan that
// CPython runs just before (future.c) lives here, because its one feature
// that matters to scoping, `annotations`, changes the symbol table.
import type * as ast from '../parser/ast-nodes.js';
import { analyze } from './symtable-analyze.js';
import { futureError, type ErrorSite, type SymbolTableEntry } from './symtable-entry.js';
import { SymtableVisitor } from './symtable-visit.js';

export {
  BLOCK_TYPES, CELL, DEF_ANNOT, DEF_BOUND, DEF_COMP_CELL, DEF_COMP_ITER, DEF_FREE, DEF_FREE_CLASS, DEF_GLOBAL,
  DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, DEF_TYPE_PARAM, FLAGS_MASK, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT,
  LOCAL, SCOPE_MASK, SCOPE_OFFSET, SymbolTableEntry, USE, mangle,
  type BlockType, type ComprehensionKind, type Directive, type Scope,
} from './symtable-entry.js';

/** __future__ features CPython 3.12 knows; only `annotations` affects the symbol table. */
const FUTURE_FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

export interface FutureFeatures {
  /** `from __future__ import annotations`: annotations become strings, in blocks nobody analyzes. */
  annotations: boolean;
  /** The last future statement, as CPython's ff_location (null when there is none). */
  location: { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number } | null;
}

export interface SymtableOptions {
  /** The source text, so errors can carry their line as CPython's do when the file is readable. */
  source?: string;
  /** Features the caller turns on (compile()'s flags), added to those the module's future statements name. */
  futureAnnotations?: boolean;
}

export class SymbolTable {
  constructor(
    readonly filename: string,
    readonly top: SymbolTableEntry,
    private readonly blocks: Map<object, SymbolTableEntry>,
    readonly future: FutureFeatures,
  ) {}

  /**
   * The entry for the AST object that opened a block: a def, class, lambda,
   * comprehension, type alias or TypeVar node, a generic's `type_params`
   * array, or the module. Throws like CPython's KeyError for anything else.
   */
  lookup(node: object): SymbolTableEntry {
    const ste = this.blocks.get(node);
    if (ste === undefined) throw new Error('unknown symbol table entry');
    return ste;
  }

  /** The entry for `node`, or undefined when it opened no block. */
  lookupOptional(node: object): SymbolTableEntry | undefined {
    return this.blocks.get(node);
  }
}

function errorSite(filename: string, source: string | undefined): ErrorSite {
  return { filename, source };
}

function isDocstring(s: ast.stmt | undefined): boolean {
  return s?._type === 'Expr' && s.value._type === 'Constant' && typeof s.value.value === 'string';
}

/**
 * future.c: the `from __future__ import …` statements at the top of the
 * module (after the docstring), with CPython's errors for unknown features.
 */
export function futureFeatures(mod: ast.Module | ast.Interactive | ast.Expression, filename: string, source?: string): FutureFeatures {
  const result: FutureFeatures = { annotations: false, location: null };
  if (mod._type === 'Expression') return result;
  const body = mod.body;
  for (let i = isDocstring(body[0]) ? 1 : 0; i < body.length; i++) {
    const s = body[i]!;
    if (s._type !== 'ImportFrom' || s.module !== '__future__') break;
    for (const { name } of s.names) {
      if (name === 'annotations') result.annotations = true;
      else if (name === 'braces') throw futureError(errorSite(filename, source), 'not a chance', s);
      else if (!FUTURE_FEATURES.has(name)) throw futureError(errorSite(filename, source), `future feature ${name.slice(0, 100)} is not defined`, s);
    }
    result.location = { lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.end_lineno, end_col_offset: s.end_col_offset };
  }
  return result;
}

/**
 * _PySymtable_Build: both passes over `mod`. Throws PySyntaxError (always of
 * type 'SyntaxError') for the programs CPython's symtable rejects.
 */
export function buildSymtable(mod: ast.Module | ast.Interactive | ast.Expression, filename: string, options: SymtableOptions = {}): SymbolTable {
  const future = futureFeatures(mod, filename, options.source);
  if (options.futureAnnotations) future.annotations = true;
  const site = errorSite(filename, options.source);
  const { top, blocks } = new SymtableVisitor(site, future.annotations).build(mod);
  analyze(top, site);
  return new SymbolTable(filename, top, blocks, future);
}

