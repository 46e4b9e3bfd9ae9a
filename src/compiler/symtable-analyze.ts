// The symbol table's second pass (CPython 3.12 symtable.c, analyze_block and
// helpers): decides each name's scope (local, global explicit or implicit,
// free, cell) from the raw flags, top down with the names bound in enclosing
// function scopes, bottom up with the names children need as free variables.
// Also inlines list/set/dict comprehensions into their parent (PEP 709).
//
// The sets are JS Sets where CPython has Python sets; CPython iterates a set
// only to add its names to a dict, so their iteration order never changes an
// outcome (only the order of keys in `symbols`, which nothing depends on).
import {
  CELL, DEF_BOUND, DEF_COMP_CELL, DEF_FREE_CLASS, DEF_GLOBAL, DEF_NONLOCAL, DEF_PARAM, DEF_TYPE_PARAM, FLAGS_MASK,
  FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, SCOPE_MASK, SCOPE_OFFSET,
  symtableError, type ErrorSite, type SymbolTableEntry,
} from './symtable-entry.js';

type Names = Set<string>;
/** name → scope code (no offset), for one block while it is analyzed. */
type Scopes = Map<string, number>;

export function analyze(top: SymbolTableEntry, site: ErrorSite): void {
  analyzeBlock(site, top, null, new Set(), new Set(), new Set(), null);
}

/** The error points at the global/nonlocal statement (or walrus) that declared `name`. */
function errorAtDirective(site: ErrorSite, ste: SymbolTableEntry, name: string, msg: string): never {
  const directive = ste.directives?.find((d) => d.name === name);
  if (directive === undefined) throw new Error('BUG: internal directive bookkeeping broken');
  throw symtableError(site, msg, directive);
}

/**
 * Decides the scope of one name. `bound` (null for the module) holds names
 * bound in enclosing function scopes; `global` the names declared global
 * there; `free` collects this block's free names; `classEntry` is the class
 * whose names a PEP 695 scope can see.
 */
function analyzeName(
  site: ErrorSite, ste: SymbolTableEntry, scopes: Scopes, name: string, flags: number,
  bound: Names | null, local: Names, free: Names, global: Names, typeParams: Names, classEntry: SymbolTableEntry | null,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) errorAtDirective(site, ste, name, `name '${name}' is nonlocal and global`);
    scopes.set(name, GLOBAL_EXPLICIT);
    global.add(name);
    bound?.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (bound === null) errorAtDirective(site, ste, name, 'nonlocal declaration not allowed at module level');
    if (!bound.has(name)) errorAtDirective(site, ste, name, `no binding for nonlocal '${name}' found`);
    if (typeParams.has(name)) errorAtDirective(site, ste, name, `nonlocal binding not allowed for type parameter '${name}'`);
    scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, LOCAL);
    local.add(name);
    global.delete(name);
    if (flags & DEF_TYPE_PARAM) typeParams.add(name);
    else typeParams.delete(name);
    return;
  }
  // In a scope that can see its class, a name the class binds (or declares
  // global) resolves in the class namespace and the globals at run time, not
  // in an outer function, even if one binds it too.
  if (classEntry !== null) {
    const classFlags = classEntry.getSymbol(name);
    if (classFlags & DEF_GLOBAL) {
      scopes.set(name, GLOBAL_EXPLICIT);
      return;
    }
    if (classFlags & DEF_BOUND && !(classFlags & DEF_NONLOCAL)) {
      scopes.set(name, GLOBAL_IMPLICIT);
      return;
    }
  }
  if (bound !== null && bound.has(name)) {
    scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  // Declared global in an enclosing scope: still GLOBAL_IMPLICIT here in 3.12.
  if (global.has(name)) {
    scopes.set(name, GLOBAL_IMPLICIT);
    return;
  }
  if (ste.nested) ste.free = true;
  scopes.set(name, GLOBAL_IMPLICIT);
}

function isFreeInAnyChild(entry: SymbolTableEntry, name: string): boolean {
  return entry.children.some((child) => child.getScope(name) === FREE);
}

/**
 * Moves an inlined comprehension's names into its parent: names new to the
 * parent are copied with the comprehension's scope; a name free in the
 * comprehension but bound in a function parent stops being free (it is just
 * the parent's local) unless a child of the comprehension needs it as free.
 */
function inlineComprehension(ste: SymbolTableEntry, comp: SymbolTableEntry, scopes: Scopes, compFree: Names, inlinedCells: Names): void {
  for (const [name, compFlags] of comp.symbols) {
    if (compFlags & DEF_PARAM) continue;  // the implicit `.0`
    const scope = (compFlags >> SCOPE_OFFSET) & SCOPE_MASK;
    const onlyFlags = compFlags & FLAGS_MASK;
    if (scope === CELL || onlyFlags & DEF_COMP_CELL) inlinedCells.add(name);
    const existing = ste.symbols.get(name);
    if (existing === undefined) {
      ste.symbols.set(name, onlyFlags);
      scopes.set(name, scope);
    } else if (existing & DEF_BOUND && !isFreeInAnyChild(comp, name) && ste.type !== 'class') {
      compFree.delete(name);
    }
  }
}

/** A function-like block's locals that children use freely become cells. */
function analyzeCells(scopes: Scopes, free: Names, inlinedCells: Names): void {
  for (const [name, scope] of scopes) {
    if (scope !== LOCAL) continue;
    if (!free.has(name) && !inlinedCells.has(name)) continue;
    scopes.set(name, CELL);
    free.delete(name);
  }
}

/** A class provides `__class__` and `__classdict__` to its methods as implicit cells. */
function dropClassFree(ste: SymbolTableEntry, free: Names): void {
  if (free.delete('__class__')) ste.needsClassClosure = true;
  if (free.delete('__classdict__')) ste.needsClassdict = true;
}

/** Stores each scope in the flags, and records free names of children that pass through this block. */
function updateSymbols(
  symbols: Map<string, number>, scopes: Scopes, bound: Names | null, free: Names, inlinedCells: Names, classflag: boolean,
): void {
  for (const [name, raw] of symbols) {
    const flags = inlinedCells.has(name) ? raw | DEF_COMP_CELL : raw;
    symbols.set(name, flags | (scopes.get(name)! << SCOPE_OFFSET));
  }
  for (const name of free) {
    const existing = symbols.get(name);
    if (existing !== undefined) {
      // A method's free variable that the class also binds or declares global.
      if (classflag) symbols.set(name, existing | DEF_FREE_CLASS);
      continue;
    }
    if (bound !== null && !bound.has(name)) continue;  // a global
    symbols.set(name, FREE << SCOPE_OFFSET);
  }
}

function analyzeBlock(
  site: ErrorSite, ste: SymbolTableEntry, bound: Names | null, free: Names, global: Names, typeParams: Names,
  classEntry: SymbolTableEntry | null,
): void {
  const local: Names = new Set();
  const scopes: Scopes = new Map();
  const newGlobal: Names = new Set();
  const newFree: Names = new Set();
  const newBound: Names = new Set();
  const inlinedCells: Names = new Set();

  // A class's own bindings are invisible to its methods, so what children see
  // is fixed before the class's names are analyzed.
  if (ste.type === 'class') {
    for (const n of global) newGlobal.add(n);
    if (bound !== null) for (const n of bound) newBound.add(n);
  }
  for (const [name, flags] of ste.symbols) {
    analyzeName(site, ste, scopes, name, flags, bound, local, free, global, typeParams, classEntry);
  }
  if (ste.type !== 'class') {
    if (ste.isFunctionLike()) for (const n of local) newBound.add(n);
    if (bound !== null) for (const n of bound) newBound.add(n);
    for (const n of global) newGlobal.add(n);
  } else {
    newBound.add('__class__');
    newBound.add('__classdict__');
  }

  for (const child of ste.children) {
    let childClass: SymbolTableEntry | null = null;
    if (child.canSeeClassScope) childClass = ste.type === 'class' ? ste : classEntry;
    // Every comprehension but a generator expression is inlined.
    const inline = child.comprehension !== null && !child.generator;
    const childFree = analyzeChildBlock(site, child, newBound, newFree, newGlobal, typeParams, childClass);
    if (inline) {
      inlineComprehension(ste, child, scopes, childFree, inlinedCells);
      child.compInlined = true;
    }
    for (const n of childFree) newFree.add(n);
    if (child.free || child.childFree) ste.childFree = true;
  }

  // An inlined comprehension's children become this block's, in its place.
  ste.children = ste.children.flatMap((child) => (child.compInlined ? child.children : [child]));

  if (ste.isFunctionLike()) analyzeCells(scopes, newFree, inlinedCells);
  else if (ste.type === 'class') dropClassFree(ste, newFree);
  updateSymbols(ste.symbols, scopes, bound, newFree, inlinedCells, ste.type === 'class' || ste.canSeeClassScope);
  for (const n of newFree) free.add(n);
}

/** Analyzes a child with copies of the sets, so its bindings do not leak back; returns its free names. */
function analyzeChildBlock(
  site: ErrorSite, entry: SymbolTableEntry, bound: Names, free: Names, global: Names, typeParams: Names,
  classEntry: SymbolTableEntry | null,
): Names {
  const childFree = new Set(free);
  analyzeBlock(site, entry, new Set(bound), childFree, new Set(global), new Set(typeParams), classEntry);
  return childFree;
}
