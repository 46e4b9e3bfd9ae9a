// Every corpus program (MBPP and HumanEval) parses to exactly the AST CPython
// 3.12 makes, positions included.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, dump } from '../../src/parser/index.js';
import { parseWithCPython } from '../../src/testing/cpython-parse.js';

const CORPUS = new URL('../../../shared/corpus/', import.meta.url);

interface Task { id: string; source: string }

function load(name: string): Task[] {
  return readFileSync(new URL(name, CORPUS), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Task);
}

/** Corpus tasks known to differ, each with its reason; the list only shrinks. */
const KNOWN_DIFFERENCES: Record<string, string> = {};

const tasks = [...load('mbpp.tasks.jsonl'), ...load('humaneval.tasks.jsonl')];
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
