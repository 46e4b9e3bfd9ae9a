// ids and addresses are numbered per run: a task prints the same ones whatever
// ran before it in the process (a batch worker's history depends on timing).
// Its own file, so that the first task here is the first to import the
// stdlib modules it uses (vitest gives each file fresh modules).
import { describe, expect, it } from 'vitest';
import { runTask } from '../../src/index.js';

describe('object identities in a process that has run other tasks', () => {
  it('numbers objects the same in every task, the first to import a stdlib module and the later ones', () => {
    // The collections module's code object is compiled once per process; an object of it that the first
    // task numbered kept its number, so later tasks numbered the others one lower (and could share an id).
    const source = 'import collections\nprint(collections.Counter("aab"))\ndef f(): pass\nprint(f, id(f) - id(collections))\n';
    const results = [0, 1, 2].map(() => runTask({ id: 'c', source }));
    expect(results[0]!.ok).toBe(true);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });
});
