// The symbol table equals CPython 3.12's for every corpus program, every
// hand-written construct and CPython's own standard library: block types,
// names, lines, children order, the raw flags of every symbol (scope bits
// included) and parameters. The entry flags _symtable does not expose are
// checked through what compile.c makes of them: each code object's
// function-like co_flags, cellvars and freevars. Must-fail programs raise
// CPython's SyntaxError: message, line, column and end.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse, PySyntaxError } from '../../src/parser/index.js';
import type * as ast from '../../src/parser/ast-nodes.js';
import {
  buildSymtable, mangle, CELL, DEF_COMP_CELL, DEF_FREE_CLASS, FREE, type SymbolTableEntry,
} from '../../src/compiler/symtable.js';
import { runPythonJson } from '../../src/testing/python-json.js';
import { findPython } from '../../src/testing/python.js';
import { CONSTRUCTS, MUST_FAIL } from './symtable-cases.js';
import { randomScopingPrograms } from './symtable-programs.js';
import { corpusTasks } from '../corpus.js';

interface EntryDump {
  type: string; name: string; lineno: number; nested: number;
  symbols: Record<string, number>; varnames: string[]; children: EntryDump[];
}
interface CodeDump { name: string; firstlineno: number; flags: number; cellvars: string[]; freevars: string[]; children: CodeDump[] }
interface ErrorDump { type: string; msg: string; lineno: number | null; offset: number | null; end_lineno: number | null; end_offset: number | null }
type Oracle = { error: ErrorDump } | { table: EntryDump; code: CodeDump | null; ast?: unknown };

const SCRIPT = fileURLToPath(new URL('./symtable-dump.py', import.meta.url));


const stdlib = spawnSync(findPython(), ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).stdout.trim();
const STDLIB_TESTS = ['test_grammar', 'test_patma', 'test_type_params', 'test_type_aliases', 'test_named_expressions',
  'test_coroutines', 'test_genexps', 'test_listcomps', 'test_setcomps', 'test_dictcomps', 'test_scope', 'test_super',
  'test_symtable', 'test_syntax', 'test_typing', 'test_positional_only_arg', 'test_keywordonlyarg', 'test_except_star'];
const stdlibFiles = [
  ...readdirSync(stdlib).filter((f) => f.endsWith('.py')).sort().map((f) => join(stdlib, f)),
  ...STDLIB_TESTS.map((t) => join(stdlib, 'test', `${t}.py`)),
];

const corpus = corpusTasks();
const constructs = Object.entries(CONSTRUCTS).flatMap(([area, sources]) => sources.map((source, i) => ({ id: `${area} ${i}`, source })));
const stdlibSources = stdlibFiles.map((f) => readFileSync(f, 'utf8'));
// SYMTABLE_RANDOM=seed:count explores other programs (the default set is fixed).
const [seed, count] = (process.env['SYMTABLE_RANDOM'] ?? '3120:1500').split(':').map(Number) as [number, number];
const randomPrograms = randomScopingPrograms(seed, count);

// One CPython process answers everything; the stdlib's ASTs come from CPython
// too, since etpy's parser would take most of this file's time budget on them.
const requests = [
  ...corpus.map((t) => ({ source: t.source, ast: false })),
  ...constructs.map((c) => ({ source: c.source, ast: false })),
  ...MUST_FAIL.map(([source]) => ({ source, ast: false })),
  ...randomPrograms.map((source) => ({ source, ast: false, isolate: true })),
  ...stdlibSources.map((source) => ({ source, ast: true })),
];
const answers = runPythonJson<Oracle[]>([SCRIPT], requests);
const answerFor = (() => {
  let next = 0;
  return (count: number) => answers.slice(next, (next += count));
})();
const corpusAnswers = answerFor(corpus.length);
const constructAnswers = answerFor(constructs.length);
const failAnswers = answerFor(MUST_FAIL.length);
const randomAnswers = answerFor(randomPrograms.length);
const stdlibAnswers = answerFor(stdlibFiles.length);

function dumpEntry(ste: SymbolTableEntry): EntryDump {
  return {
    type: ste.type, name: ste.name, lineno: ste.lineno, nested: ste.nested ? 1 : 0,
    symbols: Object.fromEntries(ste.symbols), varnames: [...ste.varnames], children: ste.children.map(dumpEntry),
  };
}

// compile.c's view of an entry (compiler_enter_scope, compute_code_flags).
const CO = { OPTIMIZED: 0x1, NEWLOCALS: 0x2, VARARGS: 0x4, VARKEYWORDS: 0x8, NESTED: 0x10, GENERATOR: 0x20, COROUTINE: 0x80, ASYNC_GENERATOR: 0x200 } as const;

function codeName(ste: SymbolTableEntry): string {
  switch (ste.type) {
    case 'module': return '<module>';
    case 'type_param': return `<generic parameters of ${ste.name}>`;
    case 'function': return ste.name === 'lambda' || ste.comprehension !== null ? `<${ste.name}>` : ste.name;
    default: return ste.name;
  }
}

function codeFlags(ste: SymbolTableEntry): number {
  if (!ste.isFunctionLike()) return 0;
  let flags = CO.OPTIMIZED | CO.NEWLOCALS;
  if (ste.nested) flags |= CO.NESTED;
  if (ste.generator && !ste.coroutine) flags |= CO.GENERATOR;
  if (!ste.generator && ste.coroutine) flags |= CO.COROUTINE;
  if (ste.generator && ste.coroutine) flags |= CO.ASYNC_GENERATOR;
  if (ste.varargs) flags |= CO.VARARGS;
  if (ste.varkeywords) flags |= CO.VARKEYWORDS;
  return flags;
}

function namesWhere(ste: SymbolTableEntry, scope: number, flag: number): string[] {
  return [...ste.symbols].filter(([name, v]) => ste.getScope(name) === scope || (v & flag) !== 0).map(([name]) => name);
}

/** Differences between what compile.c would derive from `ste` and CPython's code object. */
function codeMismatches(ste: SymbolTableEntry, code: CodeDump, path: string): string[] {
  const out: string[] = [];
  const here = `${path}/${code.name}`;
  const cellvars = namesWhere(ste, CELL, DEF_COMP_CELL);
  if (ste.needsClassClosure) cellvars.push('__class__');
  if (ste.needsClassdict) cellvars.push('__classdict__');
  const mine = { name: codeName(ste), flags: codeFlags(ste), cellvars: [...new Set(cellvars)].sort(), freevars: namesWhere(ste, FREE, DEF_FREE_CLASS).sort() };
  const theirs = { name: code.name, flags: code.flags, cellvars: code.cellvars, freevars: code.freevars };
  if (JSON.stringify(mine) !== JSON.stringify(theirs)) out.push(`${here}: ours ${JSON.stringify(mine)} CPython ${JSON.stringify(theirs)}`);
  // Dead code leaves entries without code objects, and codegen's order differs
  // from the symtable's in places: pair children by name, preferring the same
  // line, then one that matches (several genexprs can share a line).
  const unmatched = [...ste.children];
  for (const child of code.children) {
    const named = unmatched.filter((c) => codeName(c) === child.name);
    const sameLine = named.filter((c) => c.lineno === child.firstlineno);
    const candidates = sameLine.length > 0 ? sameLine : named;
    if (candidates.length === 0) {
      out.push(`${here}: no entry for code object ${child.name} (line ${child.firstlineno})`);
      continue;
    }
    let pick = candidates[0]!;
    let mismatches = codeMismatches(pick, child, here);
    for (const other of candidates.slice(1)) {
      if (mismatches.length === 0) break;
      const tried = codeMismatches(other, child, here);
      if (tried.length === 0) [pick, mismatches] = [other, tried];
    }
    unmatched.splice(unmatched.indexOf(pick), 1);
    out.push(...mismatches);
  }
  return out;
}

function errorOf(err: unknown): ErrorDump {
  if (!(err instanceof PySyntaxError)) throw err;
  // PySyntaxError keeps 0 where CPython has None.
  return { type: err.type, msg: err.msg, lineno: err.lineno, offset: err.offset, end_lineno: err.endLineno, end_offset: err.endOffset || null };
}

/** Parses (with etpy's parser, or takes CPython's AST) and builds the table; parse errors count as answers too. */
function check(source: string | ast.Module, text: string, filename: string, want: Oracle): void {
  let table;
  try {
    table = buildSymtable(typeof source === 'string' ? parse(source, filename) : source, filename, { source: text });
  } catch (err) {
    expect({ error: errorOf(err) }).toEqual({ error: 'error' in want ? want.error : 'none: CPython accepts it' });
    return;
  }
  if ('error' in want) throw new Error(`CPython rejects it: ${JSON.stringify(want.error)}`);
  expect(dumpEntry(table.top)).toEqual(want.table);
  if (want.code !== null) expect(codeMismatches(table.top, want.code, '')).toEqual([]);
}

describe('symtable: corpus programs', () => {
  it('has the whole corpus', () => expect(corpus.length).toBe(974 + 164));
  corpus.forEach((task, i) => {
    it(task.id, () => check(task.source, task.source, 'f', corpusAnswers[i]!));
  });
});

describe('symtable: constructs', () => {
  constructs.forEach((c, i) => {
    it(`${c.id}: ${JSON.stringify(c.source)}`, () => check(c.source, c.source, 'f', constructAnswers[i]!));
  });
});

describe('symtable: SyntaxErrors', () => {
  MUST_FAIL.forEach(([source, msg], i) => {
    it(`${msg}: ${JSON.stringify(source)}`, () => {
      const want = failAnswers[i]!;
      expect('error' in want && want.error.msg).toBe(msg);
      check(source, source, 'f', want);
    });
  });
});

describe('symtable: random scoping programs', () => {
  randomPrograms.forEach((source, i) => {
    it(`#${i}: ${JSON.stringify(source).slice(0, 80)}`, () => check(source, source, 'f', randomAnswers[i]!));
  });
});

describe(`symtable: CPython's standard library (${stdlib})`, () => {
  it('found the modules', () => expect(stdlibFiles.length).toBeGreaterThan(150));
  stdlibFiles.forEach((file, i) => {
    it(file.slice(stdlib.length + 1), () => {
      const want = stdlibAnswers[i]!;
      if (!('table' in want)) throw new Error(`CPython rejects ${file}: ${JSON.stringify(want.error)}`);
      check(want.ast as ast.Module, stdlibSources[i]!, file, want);
    });
  });
});

describe('symtable: API', () => {
  it('mangles like _Py_Mangle', () => {
    expect(mangle('C', '__x')).toBe('_C__x');
    expect(mangle('__C', '__x')).toBe('_C__x');
    expect(mangle('___', '__x')).toBe('__x');
    expect(mangle('C', '__x__')).toBe('__x__');
    expect(mangle('C', '__a.b')).toBe('__a.b');
    expect(mangle('C', '_x')).toBe('_x');
    expect(mangle(null, '__x')).toBe('__x');
  });
  it('looks entries up by the AST node that opened them', () => {
    const mod = parse('def f[T](x):\n    return [y for y in x] + list(z for z in x)\nclass C: pass\n');
    const table = buildSymtable(mod, 'f');
    const def = mod.body[0] as ast.FunctionDef;
    expect(table.lookup(mod)).toBe(table.top);
    expect(table.lookup(def.type_params).type).toBe('type_param');
    const f = table.lookup(def);
    expect([f.type, f.name, f.nested, f.varnames]).toEqual(['function', 'f', true, ['x']]);
    const ret = (def.body[0] as ast.Return).value as ast.BinOp;
    const listcomp = table.lookup(ret.left);
    expect([listcomp.comprehension, listcomp.compInlined]).toEqual(['list', true]);
    const genexp = table.lookup((ret.right as ast.Call).args[0]!);
    expect([genexp.comprehension, genexp.compInlined, genexp.generator]).toEqual(['generator', false, true]);
    expect(table.lookup(mod.body[1]!).type).toBe('class');
    expect(() => table.lookup(ret)).toThrow('unknown symbol table entry');
  });
  it('reports directives and block flags', () => {
    const mod = parse('class C:\n    def m(self, *a, **k):\n        global g\n        yield super()\n        return 1\n');
    const table = buildSymtable(mod, 'f');
    const cls = table.lookup(mod.body[0]!);
    const m = cls.children[0]!;
    expect(cls.needsClassClosure).toBe(true);
    expect([m.generator, m.varargs, m.varkeywords, m.returnsValue, m.free]).toEqual([true, true, true, true, true]);
    expect(m.directives).toEqual([{ name: 'g', lineno: 3, col_offset: 8, end_lineno: 3, end_col_offset: 16 }]);
    expect(m.getScope('__class__')).toBe(FREE);
  });
});
