// `etpy trace FILE` and `etpy batch --trace`, run as users run them (bin/etpy
// over dist/): the events are CPython 3.12's (oracle.py), the program's
// output goes to stderr or --stdout FILE.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BatchResult } from '../../src/batch/schema.js';
import { maskAddresses, runCPython } from '../../src/testing/oracle.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'bin', 'etpy');
const scratch = mkdtempSync(join(tmpdir(), 'etpy-trace-cli-'));

function etpy(args: readonly string[], input?: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', cwd: ROOT, timeout: 120_000 });
}

const PROGRAM = `def f(n):
    total = 0
    for i in range(n):
        total += i
    return total

def g(x):
    if x > 1:
        raise ValueError(x)
    return x

print(f(3))
try:
    g(5)
except ValueError:
    print('caught')
`;

const masked = (events: readonly unknown[]): string[] => events.map((e) => maskAddresses(JSON.stringify(e)));

describe('etpy trace FILE', () => {
  const file = join(scratch, 'prog.py');
  writeFileSync(file, PROGRAM);

  it.each([
    ['full', []],
    ['delta, max-repr', ['--state', 'delta', '--max-repr', '3']],
  ] as const)('writes CPython 3.12\'s events as JSONL (%s), output on stderr', (_title, extra) => {
    const run = etpy(['trace', file, ...extra]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('3\ncaught\n');
    const state = extra.includes('delta') ? 'delta' : 'full';
    const [want] = runCPython([{ id: 1, source: PROGRAM }], { trace: 'line', state, ...(extra.length ? { maxRepr: 3 } : {}) });
    const got = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as unknown);
    expect(masked(got)).toEqual(masked(want!.trace!));
  });

  it('--stdout FILE takes the program output; --max-steps stops with StepLimitExceeded, exit 1', () => {
    const out = join(scratch, 'out.txt');
    const run = etpy(['trace', file, '--stdout', out, '--max-steps', '4']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('StepLimitExceeded\n');
    expect(readFileSync(out, 'utf8')).toBe('');
    const events = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { event: string });
    expect(events.filter((e) => e.event === 'line')).toHaveLength(4);
  });

  it('an uncaught exception: the trace ends with the unwinding events, traceback on stderr, exit 1', () => {
    const bad = join(scratch, 'bad.py');
    writeFileSync(bad, 'def h():\n    return 1 / 0\nh()\n');
    const run = etpy(['trace', bad]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('ZeroDivisionError: division by zero');
    const events = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { event: string; value?: string | null });
    expect(events.slice(-4).map((e) => e.event)).toEqual(['exception', 'return', 'exception', 'return']);
    expect(events.at(-1)!.value).toBeNull();
  });
});

describe('etpy batch --trace line', () => {
  it("results carry CPython 3.12's trace; the expr frame is not traced, its calls are", () => {
    const tasks = [
      { id: 'a', source: PROGRAM },
      { id: 'b', source: 'x = 1\ndef k(a):\n    return a + x\n', expr: 'k(2)' },
    ];
    const run = etpy(['batch', '--trace', 'line', '--jobs', '1'], tasks.map((t) => JSON.stringify(t) + '\n').join(''));
    expect(run.status).toBe(0);
    const got = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as BatchResult);
    const want = runCPython(tasks, { trace: 'line' });
    expect(got.map((r) => masked(r.trace!))).toEqual(want.map((r) => masked(r.trace!)));
    expect(got.map((r) => r.steps)).toEqual(want.map((r) => r.steps));
  });
});

describe('--format (research formats) and chars', () => {
  const file = join(scratch, 'fmt.py');
  // No addresses in any value, so CPython's JSONL is etpy's, character for character.
  const SOURCE = 'xs = [3, 4]\nt = 0\nfor x in xs:\n    t += x\nprint(t)\n';
  writeFileSync(file, SOURCE);

  it('an unknown format is a usage error, one line, exit 2', () => {
    const run = etpy(['trace', file, '--format', 'xml']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain("invalid value 'xml'");
  });

  it.each(['scratchpad', 'compact', 'dynamic', 'cwm', 'pytutor'])('etpy trace --format %s streams the text, output on stderr', (format) => {
    const run = etpy(['trace', file, '--format', format]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('7\n');
    expect(run.stdout.length).toBeGreaterThan(0);
    if (format === 'pytutor') expect(Object.keys(JSON.parse(run.stdout) as object)).toEqual(['code', 'trace']);
  });

  it('--skip N: dynamic writes every N-th state', () => {
    const all = etpy(['trace', file, '--format', 'dynamic']).stdout.match(/^=== state \d+$/gm)!;
    const third = etpy(['trace', file, '--format', 'dynamic', '--skip', '3']).stdout.match(/^=== state \d+$/gm)!;
    expect(third).toEqual(all.filter((_, i) => i % 3 === 0));
  });

  it("batch --format F: trace is `etpy trace --format F`'s text (pytutor: its JSON), chars its code points", () => {
    const tasks = [{ id: 1, source: SOURCE }, { id: 2, source: 's = "ü"\nt = [s + "é😀"]\nprint(t)\n' }];
    // (No functions: at opcode level a code object's repr names the file, which differs.)
    const input = tasks.map((t) => JSON.stringify(t) + '\n').join('');
    for (const format of ['scratchpad', 'compact', 'dynamic', 'cwm', 'pytutor'] as const) {
      for (const level of format === 'dynamic' || format === 'scratchpad' ? ['line', 'opcode'] as const : ['line'] as const) {
        const results = etpy(['batch', '--trace', level, '--format', format, '--jobs', '1'], input).stdout.trim().split('\n')
          .map((line) => JSON.parse(line) as BatchResult);
        tasks.forEach((task, i) => {
          const f = join(scratch, `fmt_${i}.py`);
          writeFileSync(f, task.source);
          const text = etpy(['trace', f, '--level', level, '--format', format]).stdout;
          const r = results[i]!;
          expect(r.chars, `${format} ${level} task ${task.id}`).toBe([...text].length);
          if (format === 'pytutor') expect(r.trace).toEqual({ ...(JSON.parse(text) as object), code: task.source });
          else expect(r.trace).toBe(text);
        });
      }
    }
  });

  it('batch --trace line (jsonl): chars is the length of the trace as JSONL, as CPython\'s events give it', () => {
    const run = etpy(['batch', '--trace', 'line', '--jobs', '1'], JSON.stringify({ id: 1, source: SOURCE }) + '\n');
    const [got] = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as BatchResult);
    const [want] = runCPython([{ id: 1, source: SOURCE }], { trace: 'line' });
    const jsonl = (want!.trace as unknown[]).map((e) => JSON.stringify(e) + '\n').join('');
    expect(got!.chars).toBe([...jsonl].length);
    expect(got!.chars).toBe([...etpy(['trace', file]).stdout].length);
  });

  it('batch --trace line: chars counts code points of non-ASCII, astral and lone-surrogate values; a task with no events has 0', () => {
    const tasks = [
      { id: 'wide', source: 's = "h\u00e9llo \U0001F600"\nt = s + "\\ud800"\nfor c in t[-3:]:\n    u = c\n' },
      { id: 'syntax', source: 'def f(:\n' },
      { id: 'raises', source: 'x = "\u00fc"\n1 / 0\n' },
    ];
    const run = etpy(['batch', '--trace', 'line', '--jobs', '1'], tasks.map((t) => JSON.stringify(t) + '\n').join(''));
    const got = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as BatchResult);
    const want = runCPython(tasks, { trace: 'line' });
    expect(got.map((r) => r.id)).toEqual(tasks.map((t) => t.id));
    for (const [i, w] of want.entries()) {
      const jsonl = ((w.trace ?? []) as unknown[]).map((e) => JSON.stringify(e) + '\n').join('');
      expect(got[i]!.chars, String(w.id)).toBe([...jsonl].length);
      expect(got[i]!.trace, String(w.id)).toEqual(w.trace ?? []);
    }
  });
});
