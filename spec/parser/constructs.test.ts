// Per-construct parser tests: each case in cases.ts is parsed by etpy and by
// CPython 3.12, and the AST (with positions) or the error must be the same.
import { describe, expect, it } from 'vitest';
import { parse, dump, PySyntaxError } from '../../src/parser/index.js';
import { parseWithCPython } from '../../src/testing/cpython-parse.js';
import { MUST_PARSE, MUST_FAIL } from './cases.js';

type Outcome = { dump: string; positions: string } | { error: { type: string; msg: string; lineno: number | null } };

function etpy(source: string): Outcome {
  try {
    const tree = parse(source);
    return { dump: dump(tree), positions: dump(tree, true) };
  } catch (err) {
    // lineno 0 is how PySyntaxError says CPython's None.
    if (err instanceof PySyntaxError) return { error: { type: err.type, msg: err.msg, lineno: err.lineno || null } };
    throw err;
  }
}

/** Differences we know about, each with its reason; the list only shrinks. */
export const KNOWN_DIFFERENCES: Record<string, string> = {
};

const groups = [...Object.entries(MUST_PARSE).map(([g, c]) => ['parse', g, c] as const), ...Object.entries(MUST_FAIL).map(([g, c]) => ['fail', g, c] as const)];
const allSources = groups.flatMap(([, , cases]) => cases);
const cpython = parseWithCPython(allSources);
const expected = new Map(allSources.map((s, i) => [s, cpython[i]!]));

for (const [kind, group, cases] of groups) {
  describe(`${kind}: ${group}`, () => {
    for (const source of cases) {
      const name = JSON.stringify(source).slice(0, 70);
      const known = KNOWN_DIFFERENCES[source];
      it.skipIf(known !== undefined)(name, () => {
        const want = expected.get(source)!;
        if (kind === 'parse') expect('dump' in want, `CPython rejects this must-parse case: ${JSON.stringify(want)}`).toBe(true);
        else expect('error' in want, 'CPython accepts this must-fail case').toBe(true);
        const got = etpy(source);
        if ('error' in want) {
          expect(got).toEqual({ error: { type: want.error.type, msg: want.error.msg, lineno: want.error.lineno } });
        } else {
          expect(got).toEqual(want);
        }
      });
    }
  });
}
