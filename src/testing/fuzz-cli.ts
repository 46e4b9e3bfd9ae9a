// `npm run fuzz -- --seed S --runs N [--trace none|line|opcode | --compiled] [--batch N] [--keep-going] [--mutate]`:
// differential fuzzing from the command line. Exits 1 at the first difference
// and prints the shrunk program with both sides' first differing event; with
// --mutate, checks mutated corpus programs instead (see mutate.ts). --compiled
// runs etpy untraced with every code object compiled (src/vm/jit.ts).
import { compareOutcomes, describeDifference } from './differential.js';
import { fuzz, type Counterexample } from './fuzz.js';
import { checkMutants, corpusMutants, describeMutationFinding } from './mutate.js';

interface CliOptions {
  seed: number;
  runs: number;
  trace: 'none' | 'line' | 'opcode';
  batch: number;
  mutate: boolean;
  corpus: string | undefined;
  keepGoing: boolean;
  compiled: boolean;
}

function usage(message: string): never {
  process.stderr.write(`fuzz: ${message}\nusage: npm run fuzz -- [--seed S] [--runs N] [--trace none|line|opcode | --compiled] [--batch N] [--keep-going] [--mutate [--corpus DIR]]\n`);
  process.exit(2);
}

function parse(argv: readonly string[]): CliOptions {
  const o: CliOptions = { seed: Date.now() % 1_000_000_007, runs: 1000, trace: 'line', batch: 100, mutate: false, corpus: undefined, keepGoing: false, compiled: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) usage(`option ${name} requires a value`);
      return v;
    };
    const int = (): number => {
      const v = value();
      if (!/^[0-9]+$/.test(v)) usage(`option ${name}: expected a non-negative integer, got '${v}'`);
      return Number(v);
    };
    switch (name) {
      case '--seed': o.seed = int(); break;
      case '--runs': o.runs = int(); break;
      case '--batch': o.batch = Math.max(1, int()); break;
      case '--trace': {
        const v = value();
        if (v !== 'none' && v !== 'line' && v !== 'opcode') usage(`option --trace: invalid value '${v}'`);
        o.trace = v;
        break;
      }
      case '--mutate': o.mutate = true; break;
      case '--keep-going': o.keepGoing = true; break;
      case '--compiled': o.compiled = true; o.trace = 'none'; break;
      case '--corpus': o.corpus = value(); break;
      default: usage(`unknown option '${arg}'`);
    }
  }
  return o;
}

async function main(): Promise<number> {
  const o = parse(process.argv.slice(2));
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  if (o.mutate) {
    const mutants = corpusMutants(o.seed, o.runs, o.corpus);
    const report = checkMutants(mutants, { batch: o.batch, onProgress: (done) => process.stderr.write(`\rmutants: ${done}/${mutants.length} (${elapsed()})`) });
    process.stderr.write('\n');
    process.stdout.write(`seed ${o.seed}: ${mutants.length} mutants, ${report.syntaxErrors} SyntaxError in CPython, ` +
      `${report.sameMessage}/${report.syntaxErrors} with etpy's message the same, ${report.runDifferences} run differences (not failures), ${elapsed()}\n`);
    for (const f of report.findings) process.stdout.write(describeMutationFinding(f) + '\n');
    for (const r of report.runDifferenceSamples) {
      const d = compareOutcomes(r.etpy, r.cpython);
      process.stdout.write(`run difference (informational): mutant of ${r.mutant.origin} (${r.mutant.edits.join('; ')})\n` +
        `${d === null ? '' : describeDifference(d)}\n`);
    }
    return report.findings.length === 0 ? 0 : 1;
  }
  const show = (f: Counterexample): string => `\nDIFFERENCE at run ${f.run} (replay: --seed ${o.seed}); shrunk over ${f.shrinkTried} candidates to:\n\n` +
    `${f.shrunk.source}\n${describeDifference(f.shrunk.difference!)}\n`;
  const report = await fuzz({
    seed: o.seed, runs: o.runs, trace: o.trace, batch: o.batch, keepGoing: o.keepGoing, compiled: o.compiled,
    ...(o.keepGoing ? { onFailure: (f: Counterexample) => process.stdout.write(show(f)) } : {}),
    onProgress: (s) => process.stderr.write(`\rseed ${o.seed}: ${s.runs}/${o.runs} programs (${s.skipped} skipped) ${elapsed()}`),
  });
  process.stderr.write('\n');
  const outcomes = Object.entries(report.stats.outcomes).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  process.stdout.write(`seed ${o.seed}: ${report.stats.runs} programs compared (${o.compiled ? 'compiled, untraced' : `trace ${o.trace}`}), ${report.stats.skipped} skipped; ` +
    `CPython outcomes: ${outcomes}; ${report.stats.steps} line events; ${elapsed()}\n`);
  if (report.failure === undefined) return 0;
  if (o.keepGoing) process.stdout.write(`${report.failures.length} differences\n`);
  else process.stdout.write(show(report.failure));
  return 1;
}

main().then((status) => {
  process.exitCode = status;
}, (error: unknown) => {
  process.stderr.write(`fuzz: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
