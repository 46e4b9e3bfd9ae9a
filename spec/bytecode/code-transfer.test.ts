// Code objects handed from one thread to another (src/bytecode/code-transfer.ts,
// `etpy batch`'s main thread compiling for its workers) must arrive as the
// compiler made them: every field of every nested code object, the tables the
// assembler decoded, and the module's SyntaxWarnings, through structuredClone
// as postMessage clones them.
import { describe, expect, it } from 'vitest';
import { compile, compileWarnings, moduleFromTransfer, moduleToTransfer } from '../../src/compiler/index.js';
import { serializeCode } from '../../src/bytecode/code-serial.js';
import { disassemble } from '../../src/bytecode/dis.js';
import type { CodeObject } from '../../src/bytecode/code.js';
import { corpusTasks } from '../corpus.js';

const EXTRA = `
x = (1, 2.5, -0.0, float('inf'), 1e308 * 10, -1e308 * 10, 3j, -0.0j, b'\\x00\\xff', ..., None, True, 2**100, -2**70, frozenset({1, 'a'}), 'é\\ud800')
if x in {1, 'a', (2, 3)}: pass
def f(a, /, b=-0.0, *c, d=1e-310, **e):
    try:
        return [lambda: a for _ in b]
    except (ValueError, TypeError) as err:
        raise RuntimeError from err
    finally:
        print(d)
class C:
    def g(self):
        return __class__, (yield from f(1))
print(1 is 1, '\\d')
`;

/** Every code object of a module, nested ones included, depth first. */
function allCodes(code: CodeObject): CodeObject[] {
  return [code, ...code.co_consts.flatMap((c) => (typeof c === 'object' && c !== null && 'co_code' in c ? allCodes(c) : []))];
}

describe('code objects cross threads as compiled', () => {
  it('keeps the fields, constants, decoded tables and warnings of every corpus program', () => {
    let warned = 0;
    for (const source of [EXTRA, ...corpusTasks().map((t) => t.source)]) {
      const code = compile(source, '<source>');
      const back = moduleFromTransfer(structuredClone(moduleToTransfer(code)));
      expect(serializeCode(back)).toEqual(serializeCode(code));
      expect(disassemble(back)).toBe(disassemble(code));
      const [codes, backs] = [allCodes(code), allCodes(back)];
      expect(backs.map((c) => c.decoded)).toEqual(codes.map((c) => c.decoded));
      expect(compileWarnings(back)).toEqual(compileWarnings(code));
      if (compileWarnings(code).length > 0) warned++;
    }
    // The check above saw warnings to carry (EXTRA's `1 is 1` and '\d' at least).
    expect(warned).toBeGreaterThan(0);
  });

  it('keeps a float constant a float and an int an int, with the sign of zero', () => {
    const code = moduleFromTransfer(structuredClone(moduleToTransfer(compile('x = (1, 1.0, -0.0, 0.0, 10**20)\n', '<source>'))));
    expect(serializeCode(code).consts).toContainEqual({ t: [{ i: '1' }, { f: 1 }, { f: '-0' }, { f: 0 }, { i: '100000000000000000000' }] });
  });
});
