// Golden files: spec/compiler/golden/NAME.py with NAME.dis written by CPython
// 3.12 (`npm run golden:dis` refreshes them; review the diff). etpy's
// disassembly of each must equal the file, addresses masked.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compiler/index.js';
import { disassemble } from '../../src/bytecode/dis.js';
import { maskAddresses } from '../../src/testing/oracle.js';

const GOLDEN = new URL('./golden/', import.meta.url);
const names = readdirSync(GOLDEN).filter((f) => f.endsWith('.py')).sort();

/** Golden files known to differ, each with its cause; the list only shrinks. */
const KNOWN_DIFFERENCES: Record<string, string> = {};

describe('golden dis files from CPython 3.12', () => {
  it('has golden files', () => {
    expect(names.length).toBeGreaterThan(5);
  });
  for (const name of names) {
    it.skipIf(name in KNOWN_DIFFERENCES)(name, () => {
      const source = readFileSync(new URL(name, GOLDEN), 'utf8');
      const expected = readFileSync(new URL(name.replace(/\.py$/, '.dis'), GOLDEN), 'utf8');
      expect(maskAddresses(disassemble(compile(source, name)))).toBe(maskAddresses(expected));
    });
  }
});
