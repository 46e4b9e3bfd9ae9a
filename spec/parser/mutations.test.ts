// Robustness: corpus programs mutated at random (fixed seed) must never make
// the parser throw a JavaScript error or hang, must be accepted or rejected
// exactly as CPython 3.12 does, and mostly with CPython's error type and message.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, PySyntaxError } from '../../src/parser/index.js';
import { parseWithCPython } from '../../src/testing/cpython-parse.js';
import { corpusTasks } from '../corpus.js';

const sources = corpusTasks().map((t) => t.source);

/** Fragments that tend to break programs where the tokenizer and parser meet. */
const FRAGMENTS = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '\n', '    ', '\t', '"', "'", 'f"{', '\\', '#', 'if ', 'else',
  'lambda', '*', '**', '.', '@', 'not ', ' in ', '0x', '1_', 'yield', 'async ', 'await ', ':=', '->', ';', '"""', 'match x:\n', 'case '];

const edit = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...FRAGMENTS) }),
  fc.record({ kind: fc.constant('copy' as const), at: fc.nat(), from: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
);
const mutant = fc.tuple(fc.nat({ max: sources.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 3 })).map(([i, edits]) => {
  let s = sources[i]!;
  for (const e of edits) {
    const at = e.at % (s.length + 1);
    if (e.kind === 'delete') s = s.slice(0, at) + s.slice(at + e.length);
    else if (e.kind === 'insert') s = s.slice(0, at) + e.text + s.slice(at);
    else { const from = e.from % (s.length + 1); s = s.slice(0, at) + s.slice(from, from + e.length) + s.slice(at); }
  }
  return s;
});

const MUTANTS = fc.sample(mutant, { numRuns: 1500, seed: 20261125 });
/** The share of rejected mutants whose error type and message equal CPython's; raise it as the parser improves. */
const MIN_SAME_ERROR = 0.93;

describe('mutated corpus programs', () => {
  const cpython = parseWithCPython(MUTANTS);
  const etpy = MUTANTS.map((source) => {
    const started = performance.now();
    try {
      parse(source);
      return { outcome: 'ok', ms: performance.now() - started };
    } catch (err) {
      if (err instanceof PySyntaxError) return { outcome: `${err.type}: ${err.msg}`, ms: performance.now() - started };
      return { outcome: `JavaScript error: ${String(err)}`, ms: performance.now() - started };
    }
  });
  const want = cpython.map((r) => ('error' in r ? `${r.error.type}: ${r.error.msg}` : 'ok'));

  it('never throws a JavaScript error or takes long', () => {
    expect(etpy.filter((r) => r.outcome.startsWith('JavaScript error'))).toEqual([]);
    expect(Math.max(...etpy.map((r) => r.ms))).toBeLessThan(2_000);
  });

  it('accepts and rejects exactly what CPython does', () => {
    const mismatched = MUTANTS.filter((_, i) => (etpy[i]!.outcome === 'ok') !== (want[i] === 'ok'));
    expect(mismatched).toEqual([]);
  });

  it(`gives CPython's error type and message for at least ${MIN_SAME_ERROR * 100}% of rejected programs`, () => {
    const rejected = want.map((w, i) => [w, etpy[i]!.outcome] as const).filter(([w]) => w !== 'ok');
    const same = rejected.filter(([w, e]) => w === e).length;
    expect(rejected.length).toBeGreaterThan(500);
    expect(same / rejected.length).toBeGreaterThanOrEqual(MIN_SAME_ERROR);
  });
});
