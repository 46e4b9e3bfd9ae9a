// Mutation mode: real programs (the corpus) broken in small, seeded ways
// (a token or character deleted, duplicated, swapped or copied elsewhere).
// etpy and CPython 3.12 must agree on whether each mutant is a SyntaxError
// (any of its subclasses), etpy must never fail with a JavaScript error
// (`SystemError: etpy internal error`) and never hang. Mutants that compile
// run under a small step limit on both sides; a difference in how they run is
// counted but not a failure (mutants reach odd corners: the generated-program
// fuzzer is the place for run semantics).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { compareOutcomes, runEtpy, type Outcome } from './differential.js';
import { runCPython } from './oracle.js';

export interface Mutant {
  /** The corpus task it comes from. */
  readonly origin: string;
  /** The edits, for the report. */
  readonly edits: readonly string[];
  readonly source: string;
}

export interface MutationOptions {
  /** Line events each mutant may run (default 2000). */
  maxSteps?: number;
  /** Wall-clock limit per mutant and side (default 3000 ms). */
  timeoutMs?: number;
  /** Mutants per CPython process (default 200). */
  batch?: number;
  onProgress?: (done: number) => void;
}

export type FindingKind = 'syntax' | 'internal' | 'hang';

export interface MutationFinding {
  kind: FindingKind;
  mutant: Mutant;
  etpy: string;
  cpython: string;
}

export interface MutationReport {
  mutants: number;
  /** Mutants CPython rejects with a SyntaxError (or subclass). */
  syntaxErrors: number;
  /** Of those, how many etpy rejects with the same `Type: message`. */
  sameMessage: number;
  /** Mutants that compile and whose run differs (informational). */
  runDifferences: number;
  /** A few of those, for a look. */
  runDifferenceSamples: { mutant: Mutant; etpy: Outcome; cpython: Outcome }[];
  findings: MutationFinding[];
}

const TOKEN = /\n[ \t]*|[ \t]+|[A-Za-z_][A-Za-z_0-9]*|\d[\w.]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|\*\*=?|\/\/=?|[<>=!]=|->|:=|[^\s\w]/g;

export function tokenize(source: string): string[] {
  return source.match(TOKEN) ?? [];
}

type Edit = { kind: 'delete' | 'duplicate' | 'swap' | 'copy'; unit: 'token' | 'char'; at: number; from: number };

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'swap', 'copy'),
  unit: fc.constantFrom('token', 'token', 'char'),
  at: fc.nat(),
  from: fc.nat(),
});

/** Applies one edit; returns the new source and a description. */
export function applyEdit(source: string, e: Edit): { source: string; description: string } {
  const parts = e.unit === 'token' ? tokenize(source) : [...source];
  if (parts.length === 0) return { source, description: 'none' };
  const at = e.at % parts.length;
  const from = e.from % parts.length;
  const shown = JSON.stringify(parts[at]);
  switch (e.kind) {
    case 'delete': parts.splice(at, 1); break;
    case 'duplicate': parts.splice(at, 0, parts[at]!); break;
    case 'swap': {
      // With the next token that is not blank (the next character, for characters).
      let next = (at + 1) % parts.length;
      while (e.unit === 'token' && next !== at && /^\s+$/.test(parts[next]!)) next = (next + 1) % parts.length;
      [parts[at], parts[next]] = [parts[next]!, parts[at]!];
      break;
    }
    case 'copy': parts.splice(at, 0, parts[from]!); break;
  }
  const what = e.kind === 'copy' ? `copy ${e.unit} ${JSON.stringify(parts[at])} to ${at}` : `${e.kind} ${e.unit} ${at} ${shown}`;
  return { source: parts.join(''), description: what };
}

/** `count` mutants of `sources`, the same for the same seed. */
export function mutants(sources: readonly { id: string; source: string }[], seed: number, count: number): Mutant[] {
  const arb = fc.tuple(fc.nat({ max: sources.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 3 }));
  return fc.sample(arb, { seed, numRuns: count }).map(([i, edits]) => {
    const task = sources[i]!;
    let source = task.source;
    const described: string[] = [];
    for (const e of edits) {
      const r = applyEdit(source, e);
      source = r.source;
      described.push(r.description);
    }
    return { origin: task.id, edits: described, source };
  });
}

/** The corpus beside the repository (../shared/corpus), or `dir`: every `*.jsonl` of `{id, source}` lines. */
export function loadCorpus(dir?: string): { id: string; source: string }[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = dir !== undefined ? [dir] : [join(here, '..', '..', '..', 'shared', 'corpus'), join(here, '..', '..', '..', '..', 'shared', 'corpus')];
  for (const d of candidates) {
    let files: string[];
    try {
      files = readdirSync(d).filter((f) => f.endsWith('.jsonl')).sort();
    } catch {
      continue;
    }
    return files.flatMap((f) => readFileSync(join(d, f), 'utf8').trim().split('\n').filter((l) => l !== '')
      .map((line) => JSON.parse(line) as { id: string; source: string }));
  }
  throw new Error(`corpus not found (looked at ${candidates.join(', ')}); pass --corpus DIR`);
}

export function corpusMutants(seed: number, count: number, dir?: string): Mutant[] {
  return mutants(loadCorpus(dir), seed, count);
}

const SYNTAX = /^(SyntaxError|IndentationError|TabError)\b/;
const isSyntax = (o: Outcome): boolean => !o.ok && SYNTAX.test(o.error ?? '');
/** Past this, a mutant that CPython finishes counts as an etpy hang even without a Timeout. */
const HANG_MS = 10_000;

export function checkMutants(list: readonly Mutant[], options: MutationOptions = {}): MutationReport {
  const maxSteps = options.maxSteps ?? 2000;
  const timeoutMs = options.timeoutMs ?? 3000;
  const batch = options.batch ?? 200;
  const report: MutationReport = { mutants: list.length, syntaxErrors: 0, sameMessage: 0, runDifferences: 0, runDifferenceSamples: [], findings: [] };
  for (let start = 0; start < list.length; start += batch) {
    const slice = list.slice(start, start + batch);
    const results = runCPython(slice.map((m, id) => ({ id, source: m.source })), { maxSteps, timeoutMs });
    slice.forEach((mutant, i) => {
      const r = results[i]!;
      const cpython: Outcome = { ok: r.ok, stdout: r.stdout ?? '', ...(r.error === undefined ? {} : { error: r.error }), ...(r.steps === undefined ? {} : { steps: r.steps }) };
      const started = Date.now();
      const etpy = runEtpy(mutant.source, { maxSteps, timeoutMs });
      const ms = Date.now() - started;
      const finding = (kind: FindingKind) => report.findings.push({ kind, mutant, etpy: etpy.error ?? 'ok', cpython: cpython.error ?? 'ok' });
      if (etpy.error?.startsWith('SystemError: etpy internal error')) finding('internal');
      else if (isSyntax(etpy) !== isSyntax(cpython)) finding('syntax');
      else if ((etpy.error === 'Timeout' || ms > HANG_MS) && cpython.error !== 'Timeout') finding('hang');
      if (isSyntax(cpython)) {
        report.syntaxErrors++;
        if (etpy.error === cpython.error) report.sameMessage++;
      } else if (!isSyntax(etpy) && cpython.error !== 'Timeout' && etpy.error !== 'Timeout' && compareOutcomes(etpy, cpython) !== null) {
        report.runDifferences++;
        if (report.runDifferenceSamples.length < 20) report.runDifferenceSamples.push({ mutant, etpy, cpython });
      }
    });
    options.onProgress?.(Math.min(start + batch, list.length));
  }
  return report;
}

export function describeMutationFinding(f: MutationFinding): string {
  return `${f.kind}: mutant of ${f.mutant.origin} (${f.mutant.edits.join('; ')})\n  etpy:    ${f.etpy}\n  CPython: ${f.cpython}\n` +
    f.mutant.source.split('\n').map((l) => `  | ${l}`).join('\n');
}
