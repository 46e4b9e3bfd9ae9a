// How a batch worker groups its answers (batch-worker.ts AnswerBatch): the
// tasks that were waiting in its queue answered in one message, in order, but
// never more than ANSWER_BATCH_CHARS of results or ANSWER_BATCH_TASKS results
// held back.
import { describe, expect, it } from 'vitest';
import { ANSWER_BATCH_CHARS, ANSWER_BATCH_TASKS, AnswerBatch } from '../../src/cli/batch-worker.js';
import type { EncodedResult } from '../../src/cli/batch-task.js';

const result = (line: string): EncodedResult => ({ ok: true, line });
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('AnswerBatch', () => {
  it('sends the results added in one turn of the event loop together, in order, after that turn', async () => {
    const sent: string[][] = [];
    const batch = new AnswerBatch((results) => sent.push(results.map((r) => r.line)));
    batch.add(result('a\n'));
    batch.add(result('b\n'));
    batch.add(result('c\n'));
    expect(sent).toEqual([]);
    await nextTurn();
    expect(sent).toEqual([['a\n', 'b\n', 'c\n']]);
    batch.add(result('d\n'));
    await nextTurn();
    expect(sent).toEqual([['a\n', 'b\n', 'c\n'], ['d\n']]);
  });

  it('sends at once when the waiting results reach ANSWER_BATCH_CHARS characters', async () => {
    const sent: string[][] = [];
    const batch = new AnswerBatch((results) => sent.push(results.map((r) => r.line.slice(0, 3))));
    batch.add(result('a\n'));
    batch.add(result(`b${'x'.repeat(ANSWER_BATCH_CHARS)}\n`));
    expect(sent).toEqual([['a\n', 'bxx']]);
    batch.add(result('c\n'));
    await nextTurn();
    expect(sent).toEqual([['a\n', 'bxx'], ['c\n']]);
  });

  it('sends at once when ANSWER_BATCH_TASKS results wait, the rest after the turn', async () => {
    const sent: string[][] = [];
    const batch = new AnswerBatch((results) => sent.push(results.map((r) => r.line)));
    const lines = Array.from({ length: ANSWER_BATCH_TASKS + 2 }, (_, i) => `${i}\n`);
    for (const line of lines) batch.add(result(line));
    expect(sent).toEqual([lines.slice(0, ANSWER_BATCH_TASKS)]);
    await nextTurn();
    expect(sent).toEqual([lines.slice(0, ANSWER_BATCH_TASKS), lines.slice(ANSWER_BATCH_TASKS)]);
  });
});
