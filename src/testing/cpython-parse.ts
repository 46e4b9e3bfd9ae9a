// Asks CPython 3.12 what `ast.parse` makes of many sources in one process:
// the parser tests' expected values.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPython } from './python.js';

export type CPythonParse =
  | { dump: string; positions: string }
  | { error: { type: string; msg: string; lineno: number | null; offset: number | null } };

function scriptPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'cpython-parse.py'), join(here, '..', '..', '..', 'src', 'testing', 'cpython-parse.py')];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`cpython-parse.py not found; looked at ${candidates.join(', ')}`);
  return found;
}

export function parseWithCPython(sources: readonly string[]): CPythonParse[] {
  const run = spawnSync(findPython(), [scriptPath()], {
    input: JSON.stringify(sources),
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' },
  });
  if (run.status !== 0) throw new Error(`CPython parser oracle failed: ${run.stderr || run.error?.message}`);
  return JSON.parse(run.stdout) as CPythonParse[];
}
