// The same program gives the same bytes on every run: ids, default reprs
// (addresses), hash-based orders and everything printed.
import { describe, expect, it } from 'vitest';
import { runSource } from '../../src/vm/interpreter.js';

const PROGRAM = `
class A:
    pass
objs = [A() for _ in range(5)]
print([id(o) % 100000 for o in objs])
print(repr(objs[0]), object(), A)
print({o for o in objs} == set(objs), len({hash(o) for o in objs}))
print({'b', 'a', 'c', 'd'}, {3.5, -1, 'x', (1, 2)}, id(1), id('x'), id(None) == id(None))
def f():
    pass
print(f, f.__code__)
`;

describe('determinism', () => {
  it('two runs of a program print the same bytes', () => {
    const first = runSource(PROGRAM, { filename: '<source>' });
    const second = runSource(PROGRAM, { filename: '<source>' });
    expect(first.ok).toBe(true);
    expect(second.stdout).toBe(first.stdout);
  });

  it('ids are distinct for live objects and stable for the same object', () => {
    const r = runSource('a = []\nb = []\nprint(id(a) == id(a), id(a) != id(b), id(a) == id(b[:0]) )\n', { filename: '<source>' });
    expect(r.stdout).toBe('True True False\n');
  });
});
