// Asks CPython 3.12 what `ast.parse` makes of many sources in one process:
// the parser tests' expected values.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPythonJson } from './python-json.js';

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
  return runPythonJson<CPythonParse[]>([scriptPath()], sources);
}
