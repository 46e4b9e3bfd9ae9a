// What codegen hands to the flow-graph passes: a flat instruction sequence
// with labels, plus the code unit's metadata. It mirrors CPython 3.12's
// `instr_sequence` and `_PyCompile_CodeUnitMetadata`, so the sequence can be
// compared with `_testinternalcapi.compiler_codegen` instruction for
// instruction, and CPython's codegen output can be fed to our flow graph.
import { CodeObject, codeEquals, constKey, type ConstValue } from '../bytecode/code.js';
import type { Location } from '../bytecode/location.js';
import { hasExc, hasJrel } from '../bytecode/opcodes.js';

export { NO_LOCATION, sameLocation, type Location } from '../bytecode/location.js';

export interface Instr {
  opcode: number;
  /** For jumps and SETUP_* (see `hasTarget`), a label id while in a sequence. */
  oparg: number;
  loc: Location;
}

/** CPython's HAS_TARGET: jumps and exception-block pushes, whose oparg is a label. */
export function hasTarget(opcode: number): boolean {
  return hasJrel.has(opcode) || hasExc.has(opcode);
}

/** A label id; `useLabel` binds it to the next instruction emitted. */
export type Label = number;

export class InstrSequence {
  readonly instrs: Instr[] = [];
  /** label id → index of the instruction it marks (-1 while unbound). */
  readonly labelMap: number[] = [];

  newLabel(): Label {
    this.labelMap.push(-1);
    return this.labelMap.length - 1;
  }

  useLabel(label: Label): void {
    this.labelMap[label] = this.instrs.length;
  }

  add(opcode: number, oparg: number, loc: Location): void {
    this.instrs.push({ opcode, oparg, loc });
  }

  /** Insert before index `pos`, moving labels bound at or after it (instr_sequence_insert_instruction). */
  insert(pos: number, opcode: number, oparg: number, loc: Location): void {
    this.instrs.splice(pos, 0, { opcode, oparg, loc });
    for (let i = 0; i < this.labelMap.length; i++) {
      if (this.labelMap[i]! >= pos) this.labelMap[i]! += 1;
    }
  }

  /**
   * The sequence as `_testinternalcapi.compiler_codegen` returns it:
   * `(opcode, oparg, lineno, end_lineno, col, end_col)` with jump targets as
   * instruction indices.
   */
  toTuples(): [number, number, number, number, number, number][] {
    return this.instrs.map((i) => [
      i.opcode, hasTarget(i.opcode) ? this.labelMap[i.oparg]! : i.oparg,
      i.loc.lineno, i.loc.endLineno, i.loc.colOffset, i.loc.endColOffset,
    ]);
  }
}

/** An insertion-ordered set of keys, each with its index: CPython's name → index dicts. */
export class IndexedSet<K> {
  readonly items: K[] = [];
  private readonly index = new Map<K, number>();

  constructor(initial: Iterable<K> = []) {
    for (const k of initial) this.add(k);
  }

  /** The key's index, adding it at the end if new. */
  add(key: K): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(key);
      this.index.set(key, i);
    }
    return i;
  }

  get(key: K): number | undefined { return this.index.get(key); }
  has(key: K): boolean { return this.index.has(key); }
  get size(): number { return this.items.length; }
}

/** `co_consts` under construction: equal constants (by `constKey`) share a slot. */
export class ConstTable {
  readonly values: ConstValue[] = [];
  private readonly keys = new IndexedSet<string>();

  /** Code objects by name and first line, to find an equal one (codeEquals) without comparing every pair. */
  private readonly codes = new Map<string, number[]>();

  add(value: ConstValue): number {
    if (value instanceof CodeObject) {
      const near = `${value.co_name}:${value.co_firstlineno}`;
      const seen = this.codes.get(near) ?? [];
      for (const index of seen) if (codeEquals(this.values[index] as CodeObject, value)) return index;
      this.codes.set(near, [...seen, this.values.length]);
    }
    const i = this.keys.add(constKey(value));
    if (i === this.values.length) this.values.push(value);
    return i;
  }
}

/** CPython's `_PyCompile_CodeUnitMetadata`: what a code unit carries besides its instructions. */
export interface CodeUnitMetadata {
  name: string;
  qualname: string;
  consts: ConstTable;
  names: IndexedSet<string>;
  varnames: IndexedSet<string>;
  cellvars: IndexedSet<string>;
  freevars: IndexedSet<string>;
  /**
   * Names of inlined comprehensions' locals in a non-function scope (PEP 709):
   * true while the comprehension is being compiled (they use fast slots), false
   * after; either way the name is CO_FAST_HIDDEN in co_localspluskinds.
   */
  fasthidden: Map<string, boolean>;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  firstlineno: number;
}

/**
 * The deref oparg of a free variable before fix_cell_offsets: CPython numbers
 * free variables after the cells (u_freevars starts at len(u_cellvars)).
 */
export function freeVarIndex(md: CodeUnitMetadata, name: string): number {
  return md.cellvars.size + md.freevars.add(name);
}

/** One compiled unit ready for the flow graph: instructions, metadata, and its co_flags. */
export interface CodeUnit {
  readonly instrs: InstrSequence;
  readonly metadata: CodeUnitMetadata;
  readonly flags: number;
  readonly filename: string;
}
