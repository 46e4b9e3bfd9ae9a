// The whole compiler, end to end: `etpy dis` of every corpus program equals
// `python3.12 -m dis` (dis.dis of compile(source, '<source>', 'exec')), with
// only the `0x…` addresses of nested code objects masked.
import { describe, expect, it } from 'vitest';
import { runCPython } from '../../src/testing/oracle.js';
import { firstDisDifference, ourDis } from './dis-compare.js';
import { corpusTasks } from '../corpus.js';


/** Corpus tasks whose disassembly differs, each with its cause; the list only shrinks. */
const KNOWN_DIFFERENCES: Record<string, string> = {};

const tasks = corpusTasks();
const expected = runCPython(tasks.map((t) => ({ id: t.id, source: t.source, mode: 'dis' as const })));

describe('dis: every corpus program compiles to CPython 3.12 bytecode', () => {
  it('has the whole corpus', () => {
    expect(tasks.length).toBe(974 + 164);
  });
  tasks.forEach((task, i) => {
    it.skipIf(task.id in KNOWN_DIFFERENCES)(task.id, () => {
      const want = expected[i]!;
      if (!want.ok || want.dis === undefined) throw new Error(`CPython did not compile ${task.id}: ${JSON.stringify(want.error)}`);
      expect(firstDisDifference(ourDis(task.source), want.dis)).toBeNull();
    });
  });
});
