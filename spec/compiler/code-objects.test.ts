// Beyond dis: every code object etpy compiles has CPython 3.12's raw fields:
// co_code bytes, co_stacksize, co_flags, co_linetable (so co_positions columns
// too), co_exceptiontable, names, local kinds, qualname, first line and
// constants. Compared over the corpus, the parser's construct cases and the
// bytecode snippets, with CPython's code objects from code-dump.py.
import { describe, expect, it } from 'vitest';
import { CodeObject, ConstFrozenset, constKey, type ConstValue } from '../../src/bytecode/code.js';
import { makeFrozenset } from '../../src/compiler/const-fold.js';
import { compile } from '../../src/compiler/index.js';
import { allCodeDumps, codeFromDump, dumpCodeWithCPython, type CodeDump } from '../../src/testing/code-dump.js';
import { allPrograms } from '../bytecode/programs.js';

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** A constant as compared: code objects by name (they are compared on their own), frozensets as sets. */
function constField(c: ConstValue): string {
  if (c instanceof CodeObject) return `code ${c.co_qualname}`;
  // code-dump gives a frozenset as written in the source, duplicates (1, 1.0, True) included.
  return constKey(c instanceof ConstFrozenset ? makeFrozenset(c.items) : c);
}

/** The comparable fields of one code object; nested code objects are compared on their own. */
function fields(co: CodeObject): Record<string, unknown> {
  return {
    qualname: co.co_qualname, name: co.co_name, firstlineno: co.co_firstlineno,
    argcount: co.co_argcount, posonlyargcount: co.co_posonlyargcount, kwonlyargcount: co.co_kwonlyargcount,
    stacksize: co.co_stacksize, flags: co.co_flags, code: hex(co.co_code),
    consts: co.co_consts.map(constField),
    names: co.co_names, localsplusnames: co.co_localsplusnames, localspluskinds: Array.from(co.co_localspluskinds),
    linetable: hex(co.co_linetable), exceptiontable: hex(co.co_exceptiontable),
  };
}

function allCodes(co: CodeObject): CodeObject[] {
  return [co, ...co.co_consts.flatMap((c) => (c instanceof CodeObject ? allCodes(c) : []))];
}

const programs = allPrograms();
const dumps = dumpCodeWithCPython(programs.map((p) => ({ source: p.source, filename: 'prog.py' })));

/** Programs known to differ, each with its reason; the list only shrinks. */
const KNOWN_DIFFERENCES: Record<string, string> = {};

describe('code objects equal CPython 3.12 field by field', () => {
  programs.forEach((program, i) => {
    const dump = dumps[i]!;
    it.skipIf(!('code' in dump) || program.id in KNOWN_DIFFERENCES)(program.id, () => {
      if (!('code' in dump)) return;
      const theirs = allCodeDumps(dump.code).map((d: CodeDump) => fields(codeFromDump(d)));
      const ours = allCodes(compile(program.source, 'prog.py')).map(fields);
      expect(ours.length).toBe(theirs.length);
      ours.forEach((o, k) => expect(o).toEqual(theirs[k]));
    });
  });
});
