// Python-level tracing inside etpy (sys.settrace, sys.setprofile,
// sys._getframe, frame objects): each spec/pytrace/*.py program prints what
// its trace or profile function saw; etpy's stdout and stderr must be what
// `python3 FILE` writes (addresses in reprs masked). Run as files, not
// through the oracle, whose own tracer a program's settrace would replace.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findPython } from '../../src/testing/python.js';
import { maskAddresses } from '../../src/testing/oracle.js';
import { runSource } from '../../src/vm/interpreter.js';

const DIR = new URL('../pytrace/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort();

describe('Python-level tracing (sys.settrace, setprofile, _getframe) matches CPython 3.12', () => {
  const python = findPython();
  for (const name of files) {
    it(name, () => {
      const source = readFileSync(new URL(name, DIR), 'utf8');
      const cpython = spawnSync(python, [name], { cwd: fileURLToPath(DIR), encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } });
      const r = runSource(source, { filename: name });
      expect(maskAddresses(r.stdout)).toBe(maskAddresses(cpython.stdout));
      expect(r.ok ? '' : r.traceback).toBe(cpython.stderr);
    });
  }
});
