// Finds the CPython 3.12 every differential test compares etpy with.
// The answer is the interpreter's real executable (sys.executable), not a
// pyenv shim: a shim picks its version from the working directory, and the
// oracle runs in a scratch directory where no .python-version applies.
import { spawnSync } from 'node:child_process';

let cached: string | undefined;

/** No CPython 3.12 to compare with: a fact about the machine, not a bug in etpy (`etpy diff` says so and exits 2). */
export class PythonNotFoundError extends Error {
  override readonly name = 'PythonNotFoundError';
}

const PROBE = 'import sys; print(sys.version_info[0], sys.version_info[1], sys.executable)';

/** The path of a working CPython 3.12, or undefined when `command` is not one. */
export function probePython(command: string): string | undefined {
  const run = spawnSync(command, ['-c', PROBE], { encoding: 'utf8', timeout: 30_000 });
  if (run.error !== undefined || run.status !== 0) return undefined;
  const match = /^3 12 (.+)$/m.exec(run.stdout.trim());
  return match?.[1];
}

/**
 * CPython 3.12: `ETPY_PYTHON`, else `python3.12`, else `python3` if it is
 * 3.12. Each candidate is run once to check it; the result is cached.
 */
export function findPython(): string {
  if (cached !== undefined) return cached;
  const fromEnv = process.env['ETPY_PYTHON'];
  const candidates = fromEnv ? [fromEnv] : ['python3.12', 'python3'];
  for (const candidate of candidates) {
    const found = probePython(candidate);
    if (found !== undefined) {
      cached = found;
      return found;
    }
  }
  const tried = candidates.join(', ');
  throw new PythonNotFoundError(
    fromEnv
      ? `ETPY_PYTHON=${fromEnv} is not a working CPython 3.12; point it at python3.12 (e.g. ETPY_PYTHON=/usr/bin/python3.12).`
      : `CPython 3.12 not found (tried ${tried}); install CPython 3.12 or set ETPY_PYTHON=/path/to/python3.12.`,
  );
}
