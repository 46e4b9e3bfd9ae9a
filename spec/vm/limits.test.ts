// Runaway programs stop with a Python exception, never by crashing the host:
// growth past etpy's collection limits is a MemoryError (CPython would run out
// of memory later), recursion is a RecursionError, loops hit the step limit.
import { describe, expect, it } from 'vitest';
import { runSource } from '../../src/vm/interpreter.js';

function run(source: string, maxSteps?: number) {
  return runSource(source, { filename: '<source>', maxItems: 100_000, ...(maxSteps === undefined ? {} : { maxSteps }) });
}

describe('limits', () => {
  // The default list limit (2**25 items) is slow to reach in a test; a host may set its own.
  it('a list that grows forever raises MemoryError', () => {
    const r = run('x = []\ntry:\n    while True:\n        x.append(1)\nexcept MemoryError:\n    print(len(x))\n');
    expect(r.stdout).toBe('100000\n');
  });

  it('a string that doubles forever raises MemoryError', () => {
    const r = run("s = 'x'\ntry:\n    while True:\n        s += s\nexcept MemoryError:\n    print('stopped')\n");
    expect(r.stdout).toBe('stopped\n');
  });

  it('an endless loop stops at the step limit', () => {
    const r = run('while True:\n    pass\n', 1000);
    expect(r.ok).toBe(false);
    expect(r.error).toBe('StepLimitExceeded');
    expect(r.steps).toBe(1000);
  });
});
