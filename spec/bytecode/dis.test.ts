// etpy's disassembler on CPython's own code objects: for every program,
// CPython compiles it, code-dump.py ships the code objects over, and
// `disassemble` must print exactly what CPython's `dis.dis` printed for them
// (code object addresses masked on both sides).
import { describe, expect, it } from 'vitest';
import { CODE_ADDRESS_PLACEHOLDER, disassemble } from '../../src/bytecode/dis.js';
import { codeFromDump, dumpCodeWithCPython } from '../../src/testing/code-dump.js';
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
