// Precompiled code objects (src/bytecode/code-serial.ts) must be the compiled
// ones exactly: every field of every nested code object survives JSON.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compiler/index.js';
import { deserializeCode, serializeCode } from '../../src/bytecode/code-serial.js';
import { disassemble } from '../../src/bytecode/dis.js';
import { corpusTasks } from '../corpus.js';

const EXTRA = `
x = (1, 2.5, -0.0, float('inf'), 1e308 * 10, 3j, b'\\x00\\xff', ..., None, True, 2**100, frozenset({1}))
if x in {1, 'a', (2, 3)}: pass
def f(a, /, b=-0.0, *c, d=1e-310, **e):
    return [lambda: a for _ in b]
`;

describe('code objects round-trip through JSON', () => {
  it('keeps the constants, tables and nesting of every corpus program', () => {
    for (const source of [EXTRA, ...corpusTasks().map((t) => t.source)]) {
      const code = compile(source, '<source>');
      const back = deserializeCode(JSON.parse(JSON.stringify(serializeCode(code))));
      expect(disassemble(back)).toBe(disassemble(code));
      expect(serializeCode(back)).toEqual(serializeCode(code));
    }
  });
});
