// The benchmark programs stay valid: each one (bench/programs/*.py) prints in
// etpy what it prints in CPython 3.12, and the benchmark's CPython tracer
// (bench/cpython_harness.py) writes the JSONL etpy writes, on one program.
// The timings themselves are `npm run bench`, not part of the test suite.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runSource } from '../../src/vm/interpreter.js';
import { Tracer } from '../../src/trace/tracer.js';
import { JsonlEncoder } from '../../src/trace/jsonl.js';
import { findPython } from '../../src/testing/python.js';

const DIR = fileURLToPath(new URL('../../bench/programs/', import.meta.url));
const HARNESS = fileURLToPath(new URL('../../bench/cpython_harness.py', import.meta.url));
const files = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort();
const env = { ...process.env, PYTHONHASHSEED: '0' };

/** Sends commands to bench/cpython_harness.py and returns its answers. */
function harness(commands: object[]): Record<string, unknown>[] {
  const run = spawnSync(findPython(), [HARNESS], {
    input: commands.map((c) => `${JSON.stringify(c)}\n`).join(''), encoding: 'utf8', env, maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('bench programs give CPython 3.12 output in etpy', () => {
  const sources = files.map((f) => readFileSync(DIR + f, 'utf8'));
  const expected = harness(files.map((f, i) => ({ cmd: 'run', name: f, source: sources[i] })));
  files.forEach((file, i) => {
    it(file, () => {
      const result = runSource(sources[i]!, { filename: '<source>' });
      expect(result.error).toBeUndefined();
      expect(expected[i]!['error']).toBeUndefined();
      expect(result.stdout).toBe(expected[i]!['stdout']);
      expect(result.stdout).not.toBe('');
    });
  });
});

describe('the benchmark CPython tracer writes the JSONL of etpy trace', () => {
  it.each(['line', 'delta'] as const)('et_collatz.py, %s', (mode) => {
    const source = readFileSync(`${DIR}et_collatz.py`, 'utf8');
    const [, answer] = harness([{ cmd: 'load', name: 'p', source }, { cmd: 'jsonl', name: 'p', mode }]);
    const chunks: Buffer[] = [];
    const jsonl = new JsonlEncoder((bytes) => { chunks.push(Buffer.from(bytes)); });
    const tracer = new Tracer({
      level: 'line', state: mode === 'delta' ? 'delta' : 'full', keep: false, encodedReprs: true,
      onEvent: (event, encoded) => jsonl.write(event, encoded),
    });
    runSource(source, { filename: '<source>', tracer });
    jsonl.flush();
    const mask = (text: string): string => text.replace(/0x[0-9a-f]+/g, '0x?');
    const got = mask(Buffer.concat(chunks).toString('utf8'));
    expect(got.split('\n').length).toBeGreaterThan(14_000);
    expect(got).toBe(mask(answer!['jsonl'] as string));
  });
});
