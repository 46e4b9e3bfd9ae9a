// The JIT (src/vm/jit.ts) changes speed, never behaviour: each program prints
// what CPython 3.12 prints, run in the eval loop only (jit: false), with the
// default policy, and with every code object compiled at its first entry.
// spec/vm/programs.test.ts runs every spec program compiled as well; these
// are the moves its oracle cannot take part in (sys.settrace mid-run).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runSource } from '../../src/vm/interpreter.js';
import { compile } from '../../src/compiler/index.js';
import { codeInfo } from '../../src/vm/frame.js';
import { CodeObject } from '../../src/bytecode/code.js';
import { findPython } from '../../src/testing/python.js';

function cpython(source: string): string {
  const run = spawnSync(findPython(), ['-c', source], { encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

const PROGRAMS: Record<string, string> = {
  'sys.settrace set by a function compiled code calls, and unset': `
import sys
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ('traced_body', 'start_tracing', 'helper'):
        events.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer
def start_tracing():
    sys.settrace(tracer)
    return 1
def helper(x):
    return x * 2
def traced_body(n):
    total = 0
    for i in range(n):
        total += start_tracing() if i == n - 2 else helper(i)
    sys.settrace(None)
    return total
for n in (3, 400):
    events.clear()
    print(n, traced_body(n), len(events))
    print(events[:12])
`,
  'sys.settrace set inside a hot loop of a frame the eval loop runs': `
import sys
seen = []
def tracer(frame, event, arg):
    seen.append(event)
    return None
total = 0
for i in range(1000):
    total += i
    if i == 900:
        sys.settrace(tracer)
def after():
    return 5
print(total, after(), seen)
sys.settrace(None)
`,
  'a loop turning hot in a callee the eval loop runs inline: it finishes compiled, returning or raising to its caller': `
def total(n):
    t = 0
    for i in range(n):
        t += i % 7
    return t
def fails(n):
    t = 0
    for i in range(n):
        t += i
    raise ValueError(t)
def caller():
    out = [total(1000)]
    try:
        fails(1000)
    except ValueError as e:
        out.append((e.args[0], e.__traceback__.tb_next.tb_frame.f_code.co_name))
    return out
print(caller())
`,
};

describe('JIT: compiled and interpreted runs print as CPython 3.12', () => {
  for (const [name, source] of Object.entries(PROGRAMS)) {
    const expected = cpython(source);
    for (const jit of [false, true, 'eager'] as const) {
      it(`${name} (jit: ${String(jit)})`, () => {
        const r = runSource(source, { filename: '<string>', jit });
        expect(r.error).toBeUndefined();
        expect(r.stdout).toBe(expected);
      });
    }
  }
});

describe('JIT: what gets compiled', () => {
  const source = 'def f(n):\n    return n + 1\nfor i in range(3):\n    f(i)\n';
  const code = compile(source, '<string>');
  const fnCode = code.co_consts.find((c): c is CodeObject => c instanceof CodeObject)!;

  it('a function entered twice is compiled, its module body (entered once) is not', () => {
    runSource(source, { filename: '<string>', code });
    expect(typeof codeInfo(fnCode).jit).toBe('function');
    expect(codeInfo(code).jit).toBeUndefined();
  });

  it('eagerly, the module body too', () => {
    const fresh = compile(source, '<string>');
    runSource(source, { filename: '<string>', code: fresh, jit: 'eager' });
    expect(typeof codeInfo(fresh).jit).toBe('function');
  });

  it('a traced or step-counted run compiles nothing', () => {
    const fresh = compile(source, '<string>');
    const inner = fresh.co_consts.find((c): c is CodeObject => c instanceof CodeObject)!;
    runSource(source, { filename: '<string>', code: fresh, jit: 'eager', maxSteps: 1000 });
    expect(codeInfo(inner).jit).toBeUndefined();
  });
});
