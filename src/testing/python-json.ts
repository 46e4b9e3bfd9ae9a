// Runs a Python program under the CPython 3.12 the tests compare with, feeding
// it JSON on stdin and reading JSON from stdout: one process per batch of cases.
import { spawnSync } from 'node:child_process';
import { findPython } from './python.js';

/** `args` is `['-c', code]` or `[scriptPath]`; the program reads JSON from stdin and prints JSON. */
export function runPythonJson<T>(args: readonly string[], input: unknown): T {
  const run = spawnSync(findPython(), args, {
    input: JSON.stringify(input),
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' },
  });
  if (run.status !== 0) throw new Error(`CPython failed (${args[0] === "-c" ? "inline program" : args[0]}): status ${run.status} signal ${run.signal} ${run.error?.message ?? ""} ${run.stderr.slice(-2000)}`);
  return JSON.parse(run.stdout) as T;
}
