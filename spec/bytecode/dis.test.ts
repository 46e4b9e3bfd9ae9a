// etpy's disassembler on CPython's own code objects: for every program,
// CPython compiles it, code-dump.py ships the code objects over, and
// `disassemble` must print exactly what CPython's `dis.dis` printed for them
// (code object addresses masked on both sides). The eval loop's line per code
// unit (linetable.ts unitLines) is checked on the same code objects against
// their co_lines().
import { describe, expect, it } from 'vitest';
import { CODE_ADDRESS_PLACEHOLDER, disassemble } from '../../src/bytecode/dis.js';
import { unitLines } from '../../src/bytecode/linetable.js';
import { allCodeDumps, codeFromDump, dumpCodeWithCPython, type CodeDump } from '../../src/testing/code-dump.js';
import { allPrograms } from './programs.js';

/** Programs known to differ, each with its reason; the list only shrinks. */
const KNOWN_DIFFERENCES: Record<string, string> = {};

const programs = allPrograms();
const dumps = dumpCodeWithCPython(programs.map((p) => ({ source: p.source, filename: 'prog.py' })));

const mask = (text: string): string => text.replace(/0x[0-9a-f]+/g, '0x…');

describe('disassemble equals CPython 3.12 dis.dis', () => {
  it('covers the corpus and compiles nearly everything', () => {
    expect(programs.filter((p) => /^(mbpp|HumanEval)\//.test(p.id)).length).toBe(974 + 164);
    const compiled = dumps.filter((d) => 'code' in d).length;
    expect(compiled).toBeGreaterThan(programs.length * 0.9);
    expect(CODE_ADDRESS_PLACEHOLDER).toMatch(/^0x[0-9a-f]+$/);
  });

  programs.forEach((program, i) => {
    const dump = dumps[i]!;
    // Sources CPython rejects (parser cases such as a module-level `await`) have nothing to show.
    it.skipIf(!('code' in dump) || program.id in KNOWN_DIFFERENCES)(program.id, () => {
      if (!('code' in dump)) return;
      const interned = new Set(dump.interned);
      const text = disassemble(codeFromDump(dump.code), { isInterned: (s) => interned.has(s) });
      expect(mask(text)).toBe(mask(dump.dis));
    });
  });
});

/** CPython's co_lines() spread over code units: each unit's line, -1 for none. */
function linesPerUnit(d: CodeDump): number[] {
  const out = new Array<number>(d.code.length / 4).fill(-1);
  for (const [start, end, line] of d.lines) for (let u = start / 2; u < end / 2; u++) out[u] = line ?? -1;
  return out;
}

describe("unitLines (the eval loop's line per code unit) equals CPython 3.12's co_lines()", () => {
  it('on every code object of every program', () => {
    let checked = 0;
    for (const dump of dumps) {
      if (!('code' in dump)) continue;
      for (const d of allCodeDumps(dump.code)) {
        const co = codeFromDump(d);
        expect(Array.from(unitLines(co.co_firstlineno, co.co_linetable, co.co_code.length >> 1)), d.qualname).toEqual(linesPerUnit(d));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(programs.length);
  });
});
