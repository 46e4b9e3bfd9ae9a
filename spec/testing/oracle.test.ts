// The CPython oracle must itself be right: every expectation below follows
// from CPython 3.12 semantics a reader can check by reasoning, or is compared
// with CPython run directly. Cases share a few batches to keep it fast.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  findPython,
  maskAddresses,
  runCPython,
  runCPythonAsync,
  type BatchResult,
  type BatchTask,
  type TraceEvent,
} from '../../src/testing/index.js';

const SOURCES = {
  print: 'print(1+1)',
  zero: '1/0',
  expr: "x = [1, 'a']\ndef f(n):\n    return n * 2\n",
  syntax: 'x = (1 +',
  stdin: 's = input()\nt = input("? ")\nprint(s[::-1], t)',
  leakA: 'leaked = 1\nimport builtins\nbuiltins.leaked_builtin = 2\nprint("A")',
  leakB: "print('leaked' in globals(), hasattr(__builtins__, 'leaked_builtin'), __name__)",
  listcomp: 'xs = [1, 2, 3]\nys = [x * 2 for x in xs]\n',
  gen: 'def g():\n    yield 1\n    yield 2\nt = list(g())\n',
  raise: "def f():\n    raise ValueError('bad')\ndef h():\n    f()\ntry:\n    h()\nexcept ValueError:\n    pass\n",
  loop: 'n = 0\nwhile True:\n    try:\n        n += 1\n    except BaseException:\n        pass\n',
  setOrder: "print({'apple', 'banana', 'cherry', 'date', 'elderberry'})",
  // Reading f_locals here from a tracer makes CPython 3.12.1 set x and y to None.
  comprehensions: 'r = [x + y for x in [10] for y in [1, 2]]\nclass A:\n    s = [x + y for x in [10] for y in [1, 2]]\nprint(r, A.s)\n',
} as const;

const task = (id: keyof typeof SOURCES, extra: Partial<BatchTask> = {}): BatchTask => ({ id, source: SOURCES[id], ...extra });

const byId = (results: BatchResult[], id: string): BatchResult => {
  const found = results.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no result for ${id}`);
  return found;
};

const traceOf = (result: BatchResult): TraceEvent[] => result.trace ?? [];

describe('CPython oracle: run mode (trace line)', () => {
  let results: BatchResult[];
  beforeAll(() => {
    results = runCPython(
      [
        task('print'),
        task('zero'),
        task('expr', { expr: 'x' }),
        { id: 'call-from-expr', source: SOURCES.expr, expr: 'f(21)' },
        task('syntax'),
        task('stdin', { stdin: 'abc\nxyz\n' }),
        task('leakA'),
        task('leakB'),
        task('listcomp'),
        task('gen'),
        task('raise'),
        task('loop'),
        task('comprehensions'),
        { id: 'ast', source: '1', mode: 'ast' },
        { id: 'ast-error', source: 'def', mode: 'ast' },
      ],
      { trace: 'line', maxSteps: 50 },
    );
  });

  it('returns one result per task, in order', () => {
    expect(results.map((r) => r.id)).toEqual([
      'print', 'zero', 'expr', 'call-from-expr', 'syntax', 'stdin', 'leakA', 'leakB',
      'listcomp', 'gen', 'raise', 'loop', 'comprehensions', 'ast', 'ast-error',
    ]);
  });

  it('captures stdout and counts line events', () => {
    expect(byId(results, 'print')).toMatchObject({ ok: true, stdout: '2\n', steps: 1 });
  });

  it('reports the last traceback line as the error', () => {
    expect(byId(results, 'zero')).toMatchObject({ ok: false, error: 'ZeroDivisionError: division by zero' });
    expect(byId(results, 'syntax')).toMatchObject({ ok: false, stdout: '', steps: 0, trace: [] });
    expect(byId(results, 'syntax').error).toMatch(/^SyntaxError: /);
  });

  it('gives the repr of expr, whose own frame is not traced', () => {
    expect(byId(results, 'expr')).toMatchObject({ ok: true, value: "[1, 'a']" });
    const called = byId(results, 'call-from-expr');
    expect(called.value).toBe('42');
    const fEvents = traceOf(called).filter((e) => e.func === 'f');
    expect(fEvents.map((e) => [e.event, e.depth])).toEqual([['call', 1], ['line', 1], ['return', 1]]);
    expect(traceOf(called).some((e) => e.func === '<expr>')).toBe(false);
  });

  it('feeds stdin to input(), whose prompt goes to stdout', () => {
    expect(byId(results, 'stdin')).toMatchObject({ ok: true, stdout: '? cba xyz\n' });
  });

  it('does not leak globals or builtins between tasks', () => {
    expect(byId(results, 'leakA').stdout).toBe('A\n');
    expect(byId(results, 'leakB').stdout).toBe('False False __main__\n');
  });

  it('starts the module with a call event on line 0', () => {
    const first = traceOf(byId(results, 'print'))[0];
    expect(first).toEqual({ step: 0, event: 'call', func: '<module>', line: 0, depth: 1, locals: {} });
  });

  it('gives an inlined 3-item comprehension 4 line events', () => {
    const trace = traceOf(byId(results, 'listcomp'));
    expect(trace.filter((e) => e.event === 'line' && e.line === 2)).toHaveLength(4);
    expect(trace.every((e) => e.func === '<module>')).toBe(true);
    expect(trace.at(-1)).toMatchObject({ event: 'return', value: 'None', locals: { xs: '[1, 2, 3]', ys: '[2, 4, 6]' } });
    trace.forEach((e, i) => expect(e.step).toBe(i));
  });

  it('does not change a traced program: comprehensions in module and class bodies', () => {
    const result = byId(results, 'comprehensions');
    expect(result).toMatchObject({ ok: true, stdout: '[11, 12] [11, 12]\n' });
    // A module frame's locals are its globals (trace.md), so the inlined
    // comprehension's x and y never show there.
    const moduleLine1 = traceOf(result).filter((e) => e.func === '<module>' && e.line === 1);
    expect(moduleLine1.length).toBeGreaterThan(1);
    expect(moduleLine1.every((e) => Object.keys(e.locals).length === 0)).toBe(true);
    const classEvents = traceOf(result).filter((e) => e.func === 'A');
    expect(classEvents.at(-1)).toMatchObject({ event: 'return', locals: { __module__: "'__main__'", __qualname__: "'A'", s: '[11, 12]' } });
  });

  it('shows a yield as a return event and a resumption as a call event', () => {
    const g = traceOf(byId(results, 'gen')).filter((e) => e.func === 'g');
    expect(g.map((e) => [e.event, e.line, e.depth, e.event === 'return' ? e.value : undefined])).toEqual([
      ['call', 1, 2, undefined],
      ['line', 2, 2, undefined],
      ['return', 2, 2, '1'],
      ['call', 2, 2, undefined],
      ['line', 3, 2, undefined],
      ['return', 3, 2, '2'],
      ['call', 3, 2, undefined],
      ['return', 3, 2, 'None'],
    ]);
  });

  it('gives an exception event in each frame, then a return with null', () => {
    const trace = traceOf(byId(results, 'raise'));
    const unwinding = trace.filter((e) => e.event === 'exception' || e.event === 'return');
    expect(unwinding.map((e) => [e.event, e.func, e.depth, e.event === 'return' ? e.value : e.event === 'exception' ? e.exception : ''])).toEqual([
      ['exception', 'f', 3, 'ValueError: bad'],
      ['return', 'f', 3, null],
      ['exception', 'h', 2, 'ValueError: bad'],
      ['return', 'h', 2, null],
      ['exception', '<module>', 1, 'ValueError: bad'],
      ['return', '<module>', 1, 'None'],
    ]);
    expect(byId(results, 'raise').ok).toBe(true);
  });

  it('stops at the step limit even when the program catches BaseException', () => {
    const loop = byId(results, 'loop');
    expect(loop).toMatchObject({ ok: false, error: 'StepLimitExceeded', steps: 50 });
    expect(traceOf(loop).filter((e) => e.event === 'line')).toHaveLength(50);
  });

  it('dumps the AST like ast.dump(ast.parse(source))', () => {
    expect(byId(results, 'ast')).toEqual({ id: 'ast', ok: true, ast: 'Module(body=[Expr(value=Constant(value=1))], type_ignores=[])' });
    expect(byId(results, 'ast-error')).toEqual({ id: 'ast-error', ok: false, error: 'SyntaxError: invalid syntax' });
  });
});

describe('CPython oracle: opcode trace, delta state, repr cut', () => {
  it('puts opcode events after the line event of their instruction, never RESUME', () => {
    const [result] = runCPython([{ id: 0, source: 'def f(a):\n    return a + 1\nb = f(1)\n' }], { trace: 'opcode' });
    const trace = traceOf(result!);
    const opcodes = trace.filter((e) => e.event === 'opcode');
    expect(opcodes.length).toBeGreaterThan(5);
    expect(opcodes.some((e) => e.event === 'opcode' && (e.opname === 'RESUME' || e.opname === 'CACHE'))).toBe(false);
    trace.forEach((e, i) => {
      if (e.event === 'line') expect(trace[i + 1]).toMatchObject({ event: 'opcode', func: e.func, line: e.line });
    });
    // `return a + 1`: LOAD_FAST a, LOAD_CONST 1, BINARY_OP +, RETURN_VALUE, then the return event.
    const inF = trace.filter((e) => e.func === 'f').map((e) => (e.event === 'opcode' ? e.opname : e.event));
    expect(inF).toEqual(['call', 'line', 'LOAD_FAST', 'LOAD_CONST', 'BINARY_OP', 'RETURN_VALUE', 'return']);
    expect(trace.at(-1)).toMatchObject({ event: 'return', func: '<module>', locals: { b: '2' } });
  });

  it('writes ".." for unchanged locals except in call events, and cuts long reprs', () => {
    const source = "def f(s):\n    t = 1\n    t = 2\n    return s\nf('x' * 20)\n";
    const [result] = runCPython([{ id: 0, source }], { trace: 'line', state: 'delta', maxRepr: 5 });
    const f = traceOf(result!).filter((e) => e.func === 'f');
    expect(f.map((e) => e.locals)).toEqual([
      { s: "'xxxx..." },
      { s: '..' },
      { s: '..', t: '1' },
      { s: '..', t: '2' },
      { s: '..', t: '..' },
    ]);
    expect(f.at(-1)).toMatchObject({ event: 'return', value: "'xxxx..." });
  });
});

describe('CPython oracle: agreement with CPython run directly', () => {
  it('orders sets as PYTHONHASHSEED=0 python3 does', () => {
    const python = findPython();
    const direct = spawnSync(python, ['-c', SOURCES.setOrder], { encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } });
    const [result] = runCPython([task('setOrder')]);
    expect(direct.status).toBe(0);
    expect(result!.stdout).toBe(direct.stdout);
  });

  it('gives a program the recursion budget of python3 FILE at every trace level', () => {
    const source = [
      'import sys',
      'n = 0',
      'def f(k):',
      '    global n',
      '    n = k',
      '    f(k + 1)',
      'try:',
      '    f(0)',
      'except RecursionError as e:',
      '    print(n, e)',
      'sys.setrecursionlimit(50)',
      'try:',
      '    f(0)',
      'except RecursionError:',
      '    print(n, sys.getrecursionlimit())',
    ].join('\n');
    const dir = mkdtempSync(join(tmpdir(), 'etpy-rec-'));
    try {
      const file = join(dir, 'prog.py');
      writeFileSync(file, source);
      const direct = spawnSync(findPython(), [file], { encoding: 'utf8' });
      expect(direct.stdout).toBe('998 maximum recursion depth exceeded\n48 50\n');
      const [none] = runCPython([{ id: 0, source }]);
      const [line] = runCPython([{ id: 0, source }], { trace: 'line' });
      expect(none!.stdout).toBe(direct.stdout);
      expect(line!.stdout).toBe(direct.stdout);
      expect(line!.steps).toBe(none!.steps);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('disassembles like python3 -m dis on a file', () => {
    const source = 'def f(x):\n    return [y + 1 for y in x if y]\nclass A:\n    z = lambda: 0\nprint(f([1, 2]))\n';
    const dir = mkdtempSync(join(tmpdir(), 'etpy-dis-'));
    try {
      const file = join(dir, 'prog.py');
      writeFileSync(file, source);
      const direct = spawnSync(findPython(), ['-m', 'dis', file], { encoding: 'utf8' });
      expect(direct.status).toBe(0);
      const [result] = runCPython([{ id: 'dis', source, mode: 'dis' }]);
      expect(result!.ok).toBe(true);
      const ours = maskAddresses(result!.dis ?? '');
      expect(ours).toContain('Disassembly of <code object f at 0x?, file "<source>", line 1>:');
      expect(ours).toBe(maskAddresses(direct.stdout).replaceAll(`"${file}"`, '"<source>"'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('CPython oracle: a bad task never stops the batch', () => {
  const tasks: BatchTask[] = [
    { id: 'before', source: 'print("a")' },
    { id: 'exit', source: 'import os\nos._exit(3)' },
    { id: 'sleep', source: 'import time\nwhile True:\n    try:\n        time.sleep(5)\n    except BaseException:\n        pass\n' },
    { id: 'after', source: 'print("b")' },
  ];
  const check = (results: BatchResult[], ids: string[]) => {
    expect(results.map((r) => r.id)).toEqual(ids);
    expect(byId(results, 'before')).toMatchObject({ ok: true, stdout: 'a\n' });
    expect(byId(results, 'exit')).toMatchObject({ ok: false, error: 'OracleCrashed: exit status 3' });
    expect(byId(results, 'sleep')).toMatchObject({ ok: false, error: 'Timeout' });
    expect(byId(results, 'after')).toMatchObject({ ok: true, stdout: 'b\n' });
  };

  it('synchronously, even when the program outlasts every stop', () => {
    // Code exec'd from a string is not <source>: no line kill switch; the
    // sleep catches each StopTask, so oracle.py gives up on the process.
    const stubborn = "exec('import time\\nwhile True:\\n try:\\n  time.sleep(1)\\n except BaseException:\\n  pass')";
    const all = [...tasks.slice(0, 3), { id: 'stubborn', source: stubborn }, ...tasks.slice(3)];
    const results = runCPython(all, { timeoutMs: 300 });
    check(results, ['before', 'exit', 'sleep', 'stubborn', 'after']);
    expect(byId(results, 'stubborn')).toMatchObject({ ok: false, error: 'Timeout' });
  });

  it('asynchronously', async () => {
    check(await runCPythonAsync(tasks, { timeoutMs: 300 }), ['before', 'exit', 'sleep', 'after']);
  });
});
