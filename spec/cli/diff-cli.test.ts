// `etpy diff FILE`, run as users run it (bin/etpy over dist/): etpy against
// CPython 3.12 on one program, exit 0 when they agree, 1 with the first
// difference.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'bin', 'etpy');
const scratch = mkdtempSync(join(tmpdir(), 'etpy-diff-cli-'));

function etpy(args: readonly string[], env: NodeJS.ProcessEnv = process.env): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT, timeout: 120_000, env });
}

function file(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

describe('etpy diff FILE', () => {
  it('exits 0 and says so when output, error and line trace agree', () => {
    const path = file('same.py', 'def f(n):\n    return [i * i for i in range(n)]\nprint(f(4))\n{}["k"]\n');
    const run = etpy(['diff', path]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`same: etpy and CPython 3.12 agree on ${path} (output, KeyError: 'k', 8 line events, 13 trace events)\n`);
    expect(run.status).toBe(0);
  });

  it('exits 1 with both sides of the first differing event', () => {
    // CPython seeds an unseeded random from the OS; etpy deterministically.
    const path = file('differs.py', 'import random\nx = random.random()\nprint(x > 2)\n');
    const run = etpy(['diff', path]);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`different: etpy and CPython 3.12 disagree on ${path}`);
    expect(lines[1]).toBe('first difference: trace event 3');
    expect(run.stdout).toMatch(/ {2}etpy: {4}\{"step":3,"event":"line".*"x":"0\.\d+"/);
    expect(run.stdout).toMatch(/ {2}CPython: \{"step":3,"event":"line"/);
  });

  it('without CPython 3.12 it says so in one line and exits 2, not as an internal error', () => {
    const path = file('no-python.py', 'print(1)\n');
    const missing = join(scratch, 'no-such-python');
    const run = etpy(['diff', path], { ...process.env, ETPY_PYTHON: missing });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`etpy diff: ETPY_PYTHON=${missing} is not a working CPython 3.12; point it at python3.12 (e.g. ETPY_PYTHON=/usr/bin/python3.12).\n`);
  });

  it('a missing file is an error, exit 2 as python3 gives', () => {
    const run = etpy(['diff', join(scratch, 'missing.py')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("can't open file");
  });
});
