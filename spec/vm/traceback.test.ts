// Uncaught exceptions: etpy's traceback text against what `python3 FILE`
// writes to stderr (spec/tracebacks/*.py, each ending in an uncaught exception).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPython } from '../../src/testing/python.js';
import { runSource } from '../../src/vm/interpreter.js';

const DIR = new URL('../tracebacks/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort();
const scratch = mkdtempSync(join(tmpdir(), 'etpy-tb-'));

describe('tracebacks of uncaught exceptions match CPython 3.12', () => {
  const python = findPython();
  for (const name of files) {
    it(name, () => {
      const source = readFileSync(new URL(name, DIR), 'utf8');
      const path = join(scratch, name);
      writeFileSync(path, source);
      const cpython = spawnSync(python, [path], { cwd: scratch, encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } });
      const r = runSource(source, { filename: path });
      expect(r.ok).toBe(false);
      expect(r.traceback).toBe(cpython.stderr);
    });
  }
});
