// Tables generated from CPython 3.12 are never edited by hand: regenerating
// them with CPython gives exactly the committed files. (startup-interned.ts is
// left out: what a CPython process interns at start-up depends on the site
// packages of the machine that runs it.)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPython } from '../../src/testing/python.js';

const ROOT = new URL('../../', import.meta.url);

describe('generated tables equal their generators\' output under CPython 3.12', () => {
  it.each([
    ['scripts/gen-opcodes.py', 'src/bytecode/opcodes.ts'],
    ['scripts/gen-ast-nodes.py', 'src/parser/ast-nodes.ts'],
    ['scripts/gen-exception-hierarchy.py', 'src/runtime/exception-hierarchy.ts'],
    ['scripts/gen-unicode-decimal.py', 'src/runtime/unicode-decimal-data.ts'],
    ['scripts/gen-unicode-case.py', 'src/runtime/unicode-case-data.ts'],
  ])('%s > %s', (script, output) => {
    const run = spawnSync(findPython(), [new URL(script, ROOT).pathname], {
      encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, PYTHONHASHSEED: '0' },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(readFileSync(new URL(output, ROOT), 'utf8'));
  });
});
