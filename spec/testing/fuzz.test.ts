// The property-based differential test (src/testing): a fixed seed's
// generated programs give CPython 3.12's output, error, step count and line
// trace in etpy; mutated corpus programs are accepted or rejected as CPython
// does, and never make etpy fail with a JavaScript error or hang.
// ETPY_FUZZ_SEED / ETPY_FUZZ_PROGRAMS / ETPY_FUZZ_MUTANTS search further.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeDifference, diffBatch } from '../../src/testing/differential.js';
import { generateValues, shrinkCounterexample } from '../../src/testing/fuzz.js';
import { programRecord, pythonProgram } from '../../src/testing/gen/program.js';
import { renderProgram } from '../../src/testing/gen/render.js';
import { applyEdit, checkMutants, describeMutationFinding, mutants, tokenize } from '../../src/testing/mutate.js';
import { corpusTasks } from '../corpus.js';

const SEED = Number(process.env['ETPY_FUZZ_SEED'] ?? 20261130);
const PROGRAMS = Number(process.env['ETPY_FUZZ_PROGRAMS'] ?? 300);
const MUTANTS = Number(process.env['ETPY_FUZZ_MUTANTS'] ?? 300);

describe('generated programs', () => {
  const arb = programRecord();
  const values = generateValues(arb, SEED, 0, PROGRAMS);
  const sources = values.map((v) => renderProgram(v.value));

  it('are the same for the same seed and run index', () => {
    const again = generateValues(programRecord(), SEED, 5, 3).map((v) => renderProgram(v.value));
    expect(again).toEqual(sources.slice(5, 8));
  });

  it(`${PROGRAMS} programs (seed ${SEED}) give CPython 3.12's output, error, steps and line trace`, () => {
    const verdicts = diffBatch(sources, { trace: 'line' });
    const outcomes = verdicts.map((v) => (v.cpython.ok ? 'ok' : v.cpython.error!.split(':')[0]!));
    // Typed generation: most programs run to their end, almost none fail with a TypeError.
    expect(outcomes.filter((o) => o === 'ok').length).toBeGreaterThan(PROGRAMS * 0.7);
    expect(outcomes.filter((o) => o === 'TypeError').length).toBeLessThan(PROGRAMS * 0.03);
    expect(verdicts.filter((v) => v.skipped !== undefined).length).toBeLessThan(PROGRAMS * 0.02);
    const failing = verdicts.findIndex((v) => v.difference !== null);
    if (failing >= 0) {
      const shrunk = shrinkCounterexample(arb, values[failing]!, verdicts[failing]!, { trace: 'line' }, 500);
      expect.fail(`program ${failing} of seed ${SEED} differs; shrunk:\n${shrunk.verdict.source}\n${describeDifference(shrunk.verdict.difference!)}`);
    }
  });

  it('render an emptied body as pass and leave out unused definitions', () => {
    const program = {
      main: [{ k: 'b' as const, head: 'if i0', body: [] }],
      defs: [{ name: 'f0', stmt: { k: 's' as const, text: 'def f0(): return 1' } }],
      globals: [{ name: 'i0', init: '3' }, { name: 's0', init: "'x'" }],
    };
    expect(renderProgram(program)).toBe('i0 = 3\nif i0:\n    pass\nprint(i0)\n');
  });

  it('weights of 0 turn constructs off', () => {
    const noLoops = fc.sample(pythonProgram({ weights: { 'stmt.while': 0, 'stmt.for.range': 0, 'stmt.for.iter': 0, 'stmt.for.items': 0,
      'stmt.for.enumerate': 0, 'stmt.for.gen': 0 } }), { seed: SEED, numRuns: 30 });
    // The class C0's fixed __iter__ has the one `for` left.
    expect(noLoops.filter((s) => /^\s*while |^\s*for (?!i in range\(len\(self\)\))/m.test(s))).toEqual([]);
  });

  it('user statements join the mix', () => {
    const sources = fc.sample(pythonProgram({
      extraStatements: [{ weight: 50, make: (_env, expr) => expr('int').map((x) => ({ k: 's' as const, text: `print('mine', ${x})` })) }],
    }), { seed: SEED, numRuns: 10 });
    expect(sources.some((s) => s.includes("print('mine',"))).toBe(true);
  });
});

describe('mutated corpus programs', () => {
  it('edits tokens and characters deterministically', () => {
    expect(tokenize('def f(x):\n    return x**2')).toEqual(['def', ' ', 'f', '(', 'x', ')', ':', '\n    ', 'return', ' ', 'x', '**', '2']);
    expect(applyEdit('a = b + c', { kind: 'swap', unit: 'token', at: 4, from: 0 }).source).toBe('a = + b c');
    expect(applyEdit('abc', { kind: 'delete', unit: 'char', at: 4, from: 0 }).source).toBe('ac');
    const tasks = corpusTasks();
    expect(mutants(tasks, SEED, 5)).toEqual(mutants(tasks, SEED, 5));
  });

  it(`${MUTANTS} mutants: SyntaxError exactly when CPython says so, no JavaScript error, no hang`, () => {
    const report = checkMutants(mutants(corpusTasks(), SEED, MUTANTS), { maxSteps: 500 });
    expect(report.findings.map(describeMutationFinding)).toEqual([]);
    expect(report.syntaxErrors).toBeGreaterThan(MUTANTS * 0.3);
    // Most rejected mutants get CPython's exact message (the parser tests hold the finer line).
    expect(report.sameMessage).toBeGreaterThan(report.syntaxErrors * 0.85);
  });
});
