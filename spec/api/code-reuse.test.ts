// A code object run again (the batch's compile cache, a host passing `code`):
// every run gives CPython's result, whatever an earlier run of the same code
// cached, and after a run the code's inline caches hold nothing of it (they
// held its globals, builtins and classes, which stayed reachable until the
// code object died).
import { describe, expect, it } from 'vitest';
import { run, runTask } from '../../src/index.js';
import { compile } from '../../src/compiler/index.js';
import { codeInfo, type CodeInfo } from '../../src/vm/frame.js';
import { CodeObject } from '../../src/bytecode/code.js';
import { runCPython } from '../../src/testing/oracle.js';

// Globals, builtins, a method, an instance attribute and a class attribute:
// LOAD_GLOBAL and LOAD_ATTR/STORE_ATTR cache each of them.
const PROGRAM = `class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)

scale = 3
def total(points):
    return sum(p.norm1() * scale for p in points) + Point.dims

print(total([Point(1, -2), Point(-3, 4)]), len(str(total)) > 0)
`;

// The second program redefines what the first cached: a global shadowing a builtin, another class of that name.
const SHADOWING = PROGRAM.replace('scale = 3', 'scale = 5\ndef abs(v):\n    return v * v\nclass Point(Point):\n    dims = 7');

function infosOf(code: CodeObject): CodeInfo[] {
  return [codeInfo(code), ...code.co_consts.flatMap((c) => (c instanceof CodeObject ? infosOf(c) : []))];
}

describe('a code object run more than once', () => {
  it('gives CPython\'s output at every run, after runs of other code with the same names', () => {
    const [want, wantShadowing] = runCPython([{ id: 1, source: PROGRAM }, { id: 2, source: SHADOWING }]);
    const code = compile(PROGRAM, '<source>');
    const shadowing = compile(SHADOWING, '<source>');
    for (let i = 0; i < 3; i++) {
      expect(run(PROGRAM, { code, filename: '<source>' }).stdout).toBe(want!.stdout);
      expect(run(SHADOWING, { code: shadowing, filename: '<source>' }).stdout).toBe(wantShadowing!.stdout);
    }
    expect(runTask({ id: 1, source: PROGRAM })).toEqual(want);
    expect(runTask({ id: 1, source: PROGRAM })).toEqual(want);
  });

  it('keeps no inline cache of a finished run', () => {
    const code = compile(PROGRAM, '<source>');
    const r = run(PROGRAM, { code, filename: '<source>' });
    expect(r.ok).toBe(true);
    const infos = infosOf(code);
    // Made and used: the module, the class body, __init__, norm1, total and its generator expression.
    expect(infos.length).toBe(6);
    for (const info of infos) {
      expect(info.globalCache).toBeNull();
      expect(info.attrCache).toBeNull();
    }
  });
});
