// Shared by the dis tests: etpy's disassembly of a source and the first line
// where it differs from CPython's (addresses of nested code objects masked).
import { compile } from '../../src/compiler/index.js';
import { disassemble } from '../../src/bytecode/dis.js';
import { describe, expect, it } from 'vitest';
import { maskAddresses, runCPython } from '../../src/testing/oracle.js';

/** etpy's `dis` text for a program, or the error line. */
export function ourDis(source: string): string {
  try {
    return disassemble(compile(source, '<source>'));
  } catch (e) {
    return `error: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** The first line where two disassemblies differ, with a little context. */
export function firstDisDifference(ours: string, theirs: string): string | null {
  const a = maskAddresses(ours).split('\n');
  const b = maskAddresses(theirs).split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}:\n  ours:    ${a[i] ?? '<end>'}\n  cpython: ${b[i] ?? '<end>'}`;
  }
  return null;
}

/**
 * One test per program: etpy's dis equals CPython's (all compiled by one
 * CPython process), or both reject it. `known` maps programs to the reason
 * they still differ.
 */
export function describeDisCases(title: string, programs: readonly string[], known: Readonly<Record<string, string>> = {}): void {
  const expected = runCPython(programs.map((source, i) => ({ id: i, source, mode: 'dis' as const })));
  describe(title, () => {
    programs.forEach((source, i) => {
      it.skipIf(source in known)(JSON.stringify(source), () => {
        const want = expected[i]!;
        if (!want.ok || want.dis === undefined) {
          expect(ourDis(source)).toMatch(/^error: /);
          return;
        }
        expect(firstDisDifference(ourDis(source), want.dis)).toBeNull();
      });
    });
  });
}
