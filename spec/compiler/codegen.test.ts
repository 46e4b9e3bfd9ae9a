// etpy's codegen output for each program's module unit equals CPython 3.12's
// (`_testinternalcapi.compiler_codegen`): same instructions, opargs, jump
// targets and locations, same constants and names. Nested units are checked
// end to end by the dis tests.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parser/index.js';
import type * as ast from '../../src/parser/ast-nodes.js';
import { CodeObject, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL, type ConstValue } from '../../src/bytecode/code.js';
import { constRepr } from '../../src/bytecode/dis.js';
import { opName } from '../../src/bytecode/opcodes.js';
import type { CodeUnit } from '../../src/compiler/instructions.js';
import { codegenModule } from '../../src/compiler/codegen.js';
import { codegenWithCPython, type CPythonCodegen } from '../../src/testing/cpython-codegen.js';
import { CODEGEN_CASES } from './codegen-cases.js';
import { corpusTasks } from '../corpus.js';

// TEMP until the AST optimizer lands.
const optimizeAst: (m: ast.Module) => void = await import('../../src/compiler/ast-optimize.js' as string)
  .then((m: { optimizeAst: (m: ast.Module) => void }) => m.optimizeAst).catch(() => () => {});


/** A stand-in for the assembler: only what codegen reads back (name, free variables). */
function placeholderCode(unit: CodeUnit): CodeObject {
  const m = unit.metadata;
  const names = [...m.varnames.items, ...m.cellvars.items.filter((n) => !m.varnames.has(n)), ...m.freevars.items];
  const kinds = names.map((n) => (m.freevars.has(n) ? CO_FAST_FREE : 0) | (m.cellvars.has(n) ? CO_FAST_CELL : 0) | (m.varnames.has(n) ? CO_FAST_LOCAL : 0));
  return new CodeObject({
    co_argcount: m.argcount, co_posonlyargcount: m.posonlyargcount, co_kwonlyargcount: m.kwonlyargcount,
    co_stacksize: 0, co_flags: unit.flags, co_code: new Uint8Array(), co_consts: [], co_names: [],
    co_localsplusnames: names, co_localspluskinds: Uint8Array.from(kinds), co_filename: unit.filename,
    co_name: m.name, co_qualname: m.qualname, co_firstlineno: m.firstlineno,
    co_linetable: new Uint8Array(), co_exceptiontable: new Uint8Array(),
  });
}

function repr(value: ConstValue): string {
  return value instanceof CodeObject ? `<code ${value.co_qualname}>` : constRepr(value);
}

type Ours = { insts: number[][]; consts: string[]; names: string[] } | { error: string };

export function ourCodegen(source: string): Ours {
  let moduleUnit: CodeUnit | null = null;
  try {
    const mod = parse(source) as ast.Module;
    optimizeAst(mod);
    codegenModule(mod, source, {
      filename: 'f',
      assemble: (unit) => { moduleUnit = unit; return placeholderCode(unit); },
    });
  } catch (e) {
    return { error: e instanceof Error ? `${(e as { type?: string }).type ?? e.name}: ${e.message}` : String(e) };
  }
  const unit = moduleUnit! as CodeUnit;
  return {
    insts: unit.instrs.toTuples(),
    consts: unit.metadata.consts.values.map(repr),
    names: unit.metadata.names.items,
  };
}

/** The first differing instruction, printed for humans. */
export function firstDifference(ours: Ours, theirs: CPythonCodegen): string | null {
  if ('crash' in theirs) return `CPython's compiler_codegen crashed on this program`;
  if ('error' in theirs || 'error' in ours) {
    return 'error' in theirs && 'error' in ours ? null : `ours: ${JSON.stringify('error' in ours ? ours.error : 'ok')} cpython: ${JSON.stringify('error' in theirs ? theirs.error : 'ok')}`;
  }
  const n = Math.max(ours.insts.length, theirs.insts.length);
  for (let i = 0; i < n; i++) {
    const a = ours.insts[i];
    const b = theirs.insts[i];
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      const show = (t: number[] | undefined): string => (t ? `${opName(t[0]!)} ${t.slice(1).join(',')}` : 'end');
      return `instruction ${i}: ours ${show(a)} / cpython ${show(b)}`;
    }
  }
  if (JSON.stringify(ours.consts) !== JSON.stringify(theirs.consts)) return `consts: ours ${JSON.stringify(ours.consts)} / cpython ${JSON.stringify(theirs.consts)}`;
  if (JSON.stringify(ours.names) !== JSON.stringify(theirs.names)) return `names: ours ${JSON.stringify(ours.names)} / cpython ${JSON.stringify(theirs.names)}`;
  return null;
}

/** Corpus tasks whose module unit differs, each with its reason; the list only shrinks. */
const KNOWN_DIFFERENCES: Record<string, string> = {};

const tasks = corpusTasks();
const expectedCorpus = codegenWithCPython(tasks.map((t) => t.source));
const expectedCases = codegenWithCPython(CODEGEN_CASES);

describe('codegen: constructs equal CPython 3.12 compiler_codegen', () => {
  CODEGEN_CASES.forEach((source, i) => {
    it(JSON.stringify(source.length > 60 ? `${source.slice(0, 60)}…` : source), () => {
      expect(firstDifference(ourCodegen(source), expectedCases[i]!)).toBeNull();
    });
  });
});

describe('codegen: corpus module units equal CPython 3.12 compiler_codegen', () => {
  tasks.forEach((task, i) => {
    it.skipIf(task.id in KNOWN_DIFFERENCES)(task.id, () => {
      expect(firstDifference(ourCodegen(task.source), expectedCorpus[i]!)).toBeNull();
    });
  });
});
