// The assembler hands the VM each code object's line per code unit and its
// exception table entries (CodeObject.decoded) instead of letting it decode
// co_linetable and co_exceptiontable again: both must say what decoding the
// tables says (the tables themselves are CPython's: code-objects.test.ts),
// for every program the bytecode tests compile.
import { describe, expect, it } from 'vitest';
import { CodeObject } from '../../src/bytecode/code.js';
import { decodeExceptionTable } from '../../src/bytecode/exception-table.js';
import { unitLines } from '../../src/bytecode/linetable.js';
import { compile } from '../../src/compiler/index.js';
import { PySyntaxError } from '../../src/parser/index.js';
import { allPrograms } from './programs.js';

function* codeObjects(code: CodeObject): Generator<CodeObject> {
  yield code;
  for (const c of code.co_consts) if (c instanceof CodeObject) yield* codeObjects(c);
}

describe('the assembler\'s decoded tables equal the decoded co_linetable and co_exceptiontable', () => {
  const programs = allPrograms();
  it('covers the programs', () => {
    expect(programs.length).toBeGreaterThan(1000);
  });
  for (const { id, source } of programs) {
    it(id, () => {
      let top: CodeObject;
      try {
        top = compile(source, '<source>');
      } catch (e) {
        if (e instanceof PySyntaxError) return;
        throw e;
      }
      for (const code of codeObjects(top)) {
        const units = code.co_code.length >> 1;
        expect(code.decoded, code.co_qualname).toBeDefined();
        expect(Array.from(code.decoded!.lines), code.co_qualname).toEqual(Array.from(unitLines(code.co_firstlineno, code.co_linetable, units)));
        expect(code.decoded!.handlers, code.co_qualname).toEqual(decodeExceptionTable(code.co_exceptiontable));
      }
    });
  }
});
