// Property-based differential testing: generated programs (gen/) run in etpy
// and CPython 3.12 in batches (one CPython process per batch); the first
// program on which they differ is shrunk to a minimal one. Shrinking is
// batched too: fast-check's shrink candidates for the current counterexample
// are compared a chunk at a time, and the first that still differs becomes
// the new counterexample, until none does.
import fc from 'fast-check';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { diffBatch, diffBatchAsync, type DiffOptions, type Verdict } from './differential.js';
import { EtpyRunner } from './etpy-runner.js';
import { programRecord, type ProgramOptions } from './gen/program.js';
import { renderProgram } from './gen/render.js';
import type { Program } from './gen/types.js';

export interface FuzzOptions extends Partial<DiffOptions> {
  seed: number;
  runs: number;
  /** Programs per CPython process (default 100). */
  batch?: number;
  /** Generator settings (weights, extensions). */
  program?: ProgramOptions;
  /** Most shrink candidates compared (default 3000). */
  shrinkBudget?: number;
  /** Called after each batch. */
  onProgress?: (stats: FuzzStats) => void;
  /** Go on after a difference (each is shrunk and reported through onFailure and in `failures`). */
  keepGoing?: boolean;
  onFailure?: (failure: Counterexample) => void;
  /** The arbitrary of programs to use instead of programRecord(program) (with its renderer). */
  arbitrary?: fc.Arbitrary<Program>;
}

export interface FuzzStats {
  /** Programs compared so far. */
  runs: number;
  /** Programs that could not be compared (a side timed out, ran out of memory). */
  skipped: number;
  /** How programs ended in CPython: `ok` or the exception type. */
  outcomes: Record<string, number>;
  /** Line events executed by CPython over all programs. */
  steps: number;
}

export interface Counterexample {
  /** Index of the failing run (0-based) for the seed. */
  run: number;
  original: Verdict;
  shrunk: Verdict;
  /** Shrink candidates compared. */
  shrinkTried: number;
}

export interface FuzzReport {
  seed: number;
  stats: FuzzStats;
  failure?: Counterexample;
  /** With keepGoing: every difference found. */
  failures: Counterexample[];
}

/** `count` programs (with their shrink context) from `seed`, the same on every machine. */
export function generateValues<T>(arb: fc.Arbitrary<T>, seed: number, start: number, count: number): fc.Value<T>[] {
  // One generator per run index: a run's program depends only on (seed, index), so a batch can start anywhere.
  const out: fc.Value<T>[] = [];
  for (let i = start; i < start + count; i++) {
    const rng = new fc.Random(xoroshiro128plus(seed ^ Math.imul(i + 1, 0x9e3779b1)));
    out.push(arb.generate(rng, undefined));
  }
  return out;
}

/** The program source of run `index` of `seed`. */
export function generatedProgram(seed: number, index: number, options: ProgramOptions = {}): string {
  return renderProgram(generateValues(programRecord(options), seed, index, 1)[0]!.value);
}

function tally(stats: FuzzStats, v: Verdict): void {
  stats.runs++;
  if (v.skipped !== undefined) stats.skipped++;
  const kind = v.cpython.ok ? 'ok' : (v.cpython.error ?? '').split(':')[0]!;
  stats.outcomes[kind] = (stats.outcomes[kind] ?? 0) + 1;
  stats.steps += v.cpython.steps ?? 0;
}

/**
 * Shrinks a counterexample: repeatedly compares chunks of its shrink
 * candidates and moves to the first one that still differs.
 */
export function shrinkCounterexample(
  arb: fc.Arbitrary<Program>, start: fc.Value<Program>, first: Verdict, options: Partial<DiffOptions>, budget = 3000,
): { value: fc.Value<Program>; verdict: Verdict; tried: number } {
  let current = start;
  let verdict = first;
  let tried = 0;
  const seen = new Set<string>([first.source]);
  for (let moved = true; moved && tried < budget;) {
    moved = false;
    const candidates = arb.shrink(current.value, current.context)[Symbol.iterator]();
    // The first candidates remove the most; a chunk grows while none of them still differs.
    for (let size = 4; tried < budget; size = Math.min(size * 2, 64)) {
      const chunk: fc.Value<Program>[] = [];
      const sources: string[] = [];
      while (chunk.length < size) {
        const next = candidates.next();
        if (next.done === true) break;
        const source = renderProgram(next.value.value);
        // A candidate that renders as one already compared costs nothing (the renderer drops unused definitions).
        if (seen.has(source)) continue;
        tried++;
        seen.add(source);
        chunk.push(next.value);
        sources.push(source);
      }
      if (chunk.length === 0) break;
      const verdicts = diffBatch(sources, options);
      const k = verdicts.findIndex((v) => v.difference !== null);
      if (k >= 0) {
        current = chunk[k]!;
        verdict = verdicts[k]!;
        moved = true;
        break;
      }
    }
  }
  return { value: current, verdict, tried };
}

/** Generates and compares `runs` programs; stops at the first difference and shrinks it. */
export async function fuzz(options: FuzzOptions): Promise<FuzzReport> {
  const arb = options.arbitrary ?? programRecord(options.program);
  const batch = options.batch ?? 100;
  const stats: FuzzStats = { runs: 0, skipped: 0, outcomes: {}, steps: 0 };
  const failures: Counterexample[] = [];
  const runner = new EtpyRunner();
  try {
    return await loop();
  } finally {
    runner.close();
  }
  async function loop(): Promise<FuzzReport> {
  for (let start = 0; start < options.runs; start += batch) {
    const values = generateValues(arb, options.seed, start, Math.min(batch, options.runs - start));
    const verdicts = await diffBatchAsync(values.map((v) => renderProgram(v.value)), options, runner);
    for (let i = 0; i < verdicts.length; i++) {
      const v = verdicts[i]!;
      tally(stats, v);
      if (v.difference !== null) {
        const shrunk = shrinkCounterexample(arb, values[i]!, v, options, options.shrinkBudget);
        const failure = { run: start + i, original: v, shrunk: shrunk.verdict, shrinkTried: shrunk.tried };
        failures.push(failure);
        options.onFailure?.(failure);
        if (options.keepGoing !== true) {
          options.onProgress?.(stats);
          return { seed: options.seed, stats, failure, failures };
        }
      }
    }
    options.onProgress?.(stats);
  }
  return { seed: options.seed, stats, ...(failures.length > 0 ? { failure: failures[0]! } : {}), failures };
  }
}
