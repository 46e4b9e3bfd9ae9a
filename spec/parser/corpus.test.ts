// Every corpus program (MBPP and HumanEval) parses to exactly the AST CPython
// 3.12 makes, positions included.
import { describe, expect, it } from 'vitest';
import { parse, dump } from '../../src/parser/index.js';
import { parseWithCPython } from '../../src/testing/cpython-parse.js';
import { corpusTasks } from '../corpus.js';




/** Corpus tasks known to differ, each with its reason; the list only shrinks. */
const KNOWN_DIFFERENCES: Record<string, string> = {};

const tasks = corpusTasks();
const expected = parseWithCPython(tasks.map((t) => t.source));

describe('corpus: etpy ast equals CPython ast.dump', () => {
  it('has the whole corpus', () => {
    expect(tasks.length).toBe(974 + 164);
  });
  tasks.forEach((task, i) => {
    it.skipIf(task.id in KNOWN_DIFFERENCES)(task.id, () => {
      const want = expected[i]!;
      if (!('dump' in want)) throw new Error(`CPython rejects ${task.id}: ${JSON.stringify(want.error)}`);
      const tree = parse(task.source);
      expect(dump(tree)).toBe(want.dump);
      expect(dump(tree, true)).toBe(want.positions);
    });
  });
});
