// The package's API (src/index.ts) against CPython 3.12: run, trace,
// runTask, and the HostTracer's callbacks and lazy frame views, whose
// events, lines, locals and offsets must be those CPython's tracers see.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { astDump, disassembleSource, DISABLE, HostTracer, run, runTask, runTaskLine, trace, type FrameView } from '../../src/index.js';
import type { BatchTask } from '../../src/batch/schema.js';
import { maskAddresses, oracleScriptPath, runCPython } from '../../src/testing/oracle.js';
import { findPython } from '../../src/testing/python.js';
import { corpusTasks } from '../corpus.js';
import { normalizeEvent } from '../trace/trace-compare.js';

const PROGRAM = `def scale(xs, k):
    out = []
    for i, x in enumerate(xs):
        if x % 2:
            continue
        out.append(x * k)
    return out

class Acc:
    def __init__(self):
        self.total = 0
    def add(self, v):
        self.total += v
        return self

def gen(n):
    for j in range(n):
        yield j * j

acc = Acc()
for v in scale([1, 2, 3, 4], 3) + list(gen(3)):
    acc.add(v)
try:
    {}['missing']
except KeyError as e:
    print('caught', e)
print(acc.total)
`;

const sample = corpusTasks().filter((_, i) => i % 40 === 7);

/** Tasks run one after another in this process give what each gives alone in a fresh CPython process. */
function expectEachAsInFreshCPython(tasks: readonly BatchTask[]): void {
  const want = tasks.map((t) => runCPython([t])[0]);
  expect(tasks.map((t) => runTask(t))).toEqual(want);
}

describe('run() and runTask() give CPython\'s results', () => {
  const tasks = [{ id: 'program', source: PROGRAM }, ...sample.map((t) => ({ id: t.id, source: t.source }))];
  const cpython = runCPython(tasks, { maxSteps: 100_000 });
  tasks.forEach((task, i) => {
    it(task.id, () => {
      const want = cpython[i]!;
      const r = run(task.source, { filename: '<source>', countSteps: true, maxSteps: 100_000 });
      expect({ ok: r.ok, stdout: r.stdout, error: r.error, steps: r.steps }).toEqual({ ok: want.ok, stdout: want.stdout, error: want.error, steps: want.steps });
      expect(runTask({ id: task.id, source: task.source }, { maxSteps: 100_000 })).toEqual(want);
    });
  });
  it('runTask with expr, ast and dis modes', () => {
    const modes = [
      { id: 'e', source: 'def f(x):\n    return [x] * 2\n', expr: 'f(3)' },
      { id: 'a', source: 'x = (1, *y)\n', mode: 'ast' as const },
      { id: 'd', source: 'def f(a):\n    return a + 1\n', mode: 'dis' as const },
      { id: 's', source: 'def f(:\n', mode: 'ast' as const },
    ];
    const want = runCPython(modes);
    const got = modes.map((t) => runTask(t));
    expect(got.map((r) => ({ ...r, dis: r.dis === undefined ? undefined : maskAddresses(r.dis) })))
      .toEqual(want.map((r) => ({ ...r, dis: r.dis === undefined ? undefined : maskAddresses(r.dis) })));
    expect(astDump('x = (1, *y)\n')).toBe(want[1]!.ast);
    expect(maskAddresses(disassembleSource('def f(a):\n    return a + 1\n'))).toBe(maskAddresses(want[2]!.dis!));
  });

  it("runTaskLine's lines are the CPython oracle's bytes (json.dumps, ensure_ascii), untraced and line-traced, every mode", () => {
    const tasks: BatchTask[] = [
      { id: 'wide', source: 's = "h\u00e9llo \\U0001F600 \\ud800"\nfor c in s[-3:]:\n    t = c\nprint(s[1], len(s))\n', expr: 's' },
      { id: 7, source: 'def f(n):\n    return {str(i): [i] * i for i in range(n)}\n', expr: 'f(3)' },
      { id: null, source: 'x = "\u00fc"\n1 / 0\n' },
      { id: 's', source: 'def f(:\n' },
      { id: 'a', source: 'x = "\u00e9"\n', mode: 'ast' },
      { id: 'in', source: 'print(input()[::-1])\n', stdin: 'abc\u00e9\n' },
      // A trace of ~235 KB of UTF-8, mostly non-ASCII (its line ~0.55 MB of ASCII JSON, under spawnSync's 1 MB): written in two 128 KB chunks (run-task.ts EventsText).
      { id: 'long', source: 's = ""\nfor i in range(250):\n    s += "\u00e9\u20ac\\U0001F600"[i % 3]\n', expr: 'len(s)' },
    ];
    // (Opcode events carry a `stack` the oracle cannot see: opcode-stack.test.ts compares them.)
    for (const trace of ['none', 'line'] as const) {
      const oracle = spawnSync(findPython(), [oracleScriptPath(), '--trace', trace], {
        input: tasks.map((t) => JSON.stringify(t) + '\n').join(''), encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' },
      });
      expect(oracle.status, oracle.stderr).toBe(0);
      // The oracle has no `chars` (trace-cli.test.ts checks it against CPython's events); addresses differ.
      const ours = tasks.map((t) => runTaskLine(t, { trace }).line.replace(/,"chars":\d+\}\n$/, '}\n')).join('');
      expect(maskAddresses(ours), trace).toBe(maskAddresses(oracle.stdout));
    }
  });

  it('runTask compiles a source once and gives each later run the results a fresh compile gives', () => {
    // The constants of a reused code object get new ids in each run: the addresses and id() differences
    // printed here would otherwise change from the second run on.
    const source = 'def f(x):\n    return (1.5, (2, 3)), x in {2.5, 3.5}\nk = (1.5, (2, 4))\n'
      + 'print(id(k) - id(f), f, f.__code__, id(f(0)[0]) - id(k), id(f(0)[0][1]) - id(f), f(0)[0] is f(1)[0])\n';
    const tasks = [0, 1, 2].map((i) => ({ id: `r${i}`, source, expr: `f(${i})` }));
    const results = tasks.map((t) => runTask(t, { trace: 'line' }));
    for (const r of results.slice(1)) {
      expect({ ...r, id: 'r0', value: undefined, trace: undefined }).toEqual({ ...results[0]!, value: undefined, trace: undefined });
    }
    expect(results.map((r) => r.value)).toEqual(['((1.5, (2, 3)), False)', '((1.5, (2, 3)), False)', '((1.5, (2, 3)), False)']);
    const again = runTask({ id: 'r0', source: source + '\n' }, { trace: 'line' });
    expect(again.stdout).toBe(results[0]!.stdout);
  });

  it('runTask compiles a repeated expr once and gives its constants ids afresh in each run', () => {
    const source = 'def f(x):\n    return x\n';
    const expr = 'f((id((1.5, 2)) - id(f), id(f((2.5,))) - id(f), f("a" * 3)))';
    const results = [0, 1, 2].map(() => runTask({ id: 'e', source, expr }));
    expect(results[0]!.ok).toBe(true);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    const bad = { id: 'b', source: 'print(1)\n', expr: 'f(' };
    expect([runTask(bad), runTask(bad)]).toEqual(runCPython([bad, bad]));
  });

  it('a task that changes builtins or sys.monitoring leaves the next task unchanged ones', () => {
    // Runs share the builtins dict and sys.monitoring while no run changes them (vm/reused.ts).
    const tasks = [
      { id: 'change', source: 'import builtins, sys\nbuiltins.len = lambda x: 42\ndel builtins.abs\nsys.monitoring.X = 1\n'
        + 'sys.monitoring.events.Y = 2\nsys.monitoring.DEBUGGER_ID = 9\nprint(len([1]))\n' },
      { id: 'after', source: "import sys\nprint(len([1]), abs(-1), hasattr(sys.monitoring, 'X'), hasattr(sys.monitoring.events, 'Y'), "
        + 'sys.monitoring.DEBUGGER_ID)\n' },
    ];
    // The oracle restores builtins between tasks, not sys.monitoring.
    expectEachAsInFreshCPython(tasks);
  });

  it("a task's classes are not among the builtin types' subclasses in the next task", () => {
    const tasks = [
      { id: 'make', source: 'class Leak(ValueError): pass\nclass Deep(Leak): pass\nclass Mine(dict, Exception): pass\n'
        + 'print([c.__name__ for c in ValueError.__subclasses__()][-1], Leak.__subclasses__())\n' },
      // attrgetter, not a comprehension: the lists differ in length (CPython imports more at start-up), so would the line events.
      { id: 'after', source: 'import operator\nname = operator.attrgetter("__name__")\n'
        + 'print("Leak" in map(name, ValueError.__subclasses__()), "Mine" in map(name, dict.__subclasses__()))\n' },
    ];
    expectEachAsInFreshCPython(tasks);
  });

  it('gives the builtins and sys.monitoring ids afresh in each task', () => {
    const source = 'import sys\nx = [1]\nprint(id(abs) - id(x), id(sys.monitoring.get_tool) - id(x), id(sys.monitoring) - id(x), '
      + 'id(__builtins__.__dict__) - id(x), id(sys.monitoring.events) - id(x), abs, sys.monitoring.get_tool)\n';
    const results = [0, 1, 2].map(() => runTask({ id: 'ids', source }));
    expect(results[0]!.ok).toBe(true);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });
});

describe('trace() gives CPython\'s events', () => {
  for (const level of ['line', 'opcode'] as const) {
    it(level, () => {
      const [want] = runCPython([{ id: 'p', source: PROGRAM }], { trace: level, maxSteps: 100_000 });
      const got = trace(PROGRAM, { level });
      expect(got.events.map(normalizeEvent)).toEqual(want!.trace!.map(normalizeEvent));
      expect(got.run.stdout).toBe(want!.stdout);
    });
  }
  it('streams to onEvent without keeping the events', () => {
    let n = 0;
    const got = trace(PROGRAM, { onEvent: () => { n++; } });
    const [want] = runCPython([{ id: 'p', source: PROGRAM }], { trace: 'line' });
    expect(got.events).toEqual([]);
    expect(n).toBe(want!.trace!.length);
  });
});

/** What a host tracer saw, as comparable records (CPython's events have the same fields). */
function hostEvents(source: string, opcodes: boolean): string[] {
  const seen: string[] = [];
  const record = (f: FrameView, extra: Record<string, unknown> = {}): void => {
    const ev: Record<string, unknown> = { event: f.event, func: f.qualname, line: f.event === 'call' && f.qualname === '<module>' ? 0 : f.line, depth: f.depth, locals: f.localReprs(), ...extra };
    if (f.event === 'opcode') Object.assign(ev, { offset: f.offset, opname: f.opname });
    seen.push(maskAddresses(JSON.stringify(ev)));
  };
  const tracer = new HostTracer({
    call: (f) => record(f),
    line: (f) => record(f),
    return: (f, value) => record(f, { value: value === null ? null : 'VALUE' }),
    exception: (f, exc) => record(f, { exception: exc.cls.name }),
    opcode: (f) => record(f),
  }, { opcodes });
  run(source, { filename: '<source>', tracer });
  return seen;
}

describe('HostTracer: callbacks and frame views see what CPython\'s tracers see', () => {
  for (const level of ['line', 'opcode'] as const) {
    it(`${level} events: event, function, line, depth, locals (and offset, opname)`, () => {
      const [want] = runCPython([{ id: 'p', source: PROGRAM }], { trace: level, maxSteps: 100_000 });
      const expected = want!.trace!.map((e) => {
        const ev: Record<string, unknown> = { event: e.event, func: e.func, line: e.line, depth: e.depth, locals: e.locals };
        if (e.event === 'return') ev.value = e.value === null ? null : 'VALUE';
        if (e.event === 'exception') ev.exception = e.exception.split(':')[0];
        if (e.event === 'opcode') Object.assign(ev, { offset: e.offset, opname: e.opname });
        return maskAddresses(JSON.stringify(ev));
      });
      expect(hostEvents(PROGRAM, level === 'opcode')).toEqual(expected);
    });
  }

  it('DISABLE silences a line for good, as sys.monitoring LINE callbacks returning DISABLE', () => {
    const python = findPython();
    const file = new URL('../trace/loops_break_continue_else.py', import.meta.url);
    const source = readFileSync(file, 'utf8');
    const monitor = [
      'import sys',
      'mon = sys.monitoring',
      'source = open(sys.argv[1]).read()',
      'seen = []',
      'def cb(code, line):',
      "    if code.co_filename == '<source>':",
      '        seen.append((code.co_qualname, line))',
      '    return mon.DISABLE',
      "mon.use_tool_id(1, 't')",
      'mon.register_callback(1, mon.events.LINE, cb)',
      'mon.set_events(1, mon.events.LINE)',
      "exec(compile(source, '<source>', 'exec'), {'__name__': '__main__'})",
      'mon.set_events(1, 0)',
      'for q, l in seen:',
      '    print(q, l)',
    ].join('\n');
    const cpython = spawnSync(python, ['-c', monitor, file.pathname], { encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } });
    const seen: string[] = [];
    const tracer = new HostTracer({ line: (f) => { seen.push(`${f.qualname} ${f.line}`); return DISABLE; } });
    const out = run(source, { filename: '<source>', tracer }).stdout;
    expect(out + seen.map((s) => s + '\n').join('')).toBe(cpython.stdout);
  });

  it('iterators(): the loop\'s list iterator and how many items it gave (CPython: the loop variable)', () => {
    const source = 'xs = [10, 20, 30]\ntotal = 0\nfor x in xs:\n    total += x\n';
    const [want] = runCPython([{ id: 'i', source }], { trace: 'line' });
    const expected = want!.trace!.filter((e) => e.event === 'line' && e.line === 4).map((e) => [10, 20, 30].indexOf(Number(e.locals.x)) + 1);
    const got: unknown[] = [];
    run(source, {
      filename: '<source>',
      tracer: new HostTracer({ line: (f) => { if (f.line === 4) got.push(f.iterators()[0]?.progress?.taken); } }),
    });
    expect(got).toEqual(expected);
  });

  it('stdout() and stack() at the module\'s return and at opcode events', () => {
    const [want] = runCPython([{ id: 'p', source: PROGRAM }]);
    let last = '';
    let maxDepth = 0;
    run(PROGRAM, {
      filename: '<source>',
      tracer: new HostTracer({
        return: (f) => { if (f.qualname === '<module>') last = f.stdout(); },
        opcode: (f) => { maxDepth = Math.max(maxDepth, f.stack().length); expect(f.stackReprs().length).toBe(f.stack().length); },
      }, { opcodes: true }),
    });
    expect(last).toBe(want!.stdout);
    expect(maxDepth).toBeGreaterThan(2);
  });

  it('setCodeEvents narrows one code object (CPython: the line events of the other functions)', () => {
    const source = 'def f():\n    return 1\ndef g():\n    x = f()\n    return x + f()\ng()\n';
    const [want] = runCPython([{ id: 'c', source }], { trace: 'line' });
    const expected = want!.trace!.filter((e) => e.event === 'line' && e.func !== 'f').map((e) => `${e.func} ${e.line}`);
    const lines: string[] = [];
    const tracer: HostTracer = new HostTracer({
      call: (f) => { if (f.qualname === 'f') tracer.setCodeEvents(f.code, ['call', 'return']); },
      line: (f) => { lines.push(`${f.qualname} ${f.line}`); },
    });
    run(source, { filename: '<source>', tracer });
    expect(lines).toEqual(expected);
  });
});
