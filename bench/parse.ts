// Parse benchmark: etpy's parser against CPython 3.12's ast.parse on the shared
// corpus, plus the latency of a first parse in a fresh process, which is what a
// one-file `etpy` command pays. Prints a markdown table on stdout.
//
//   npm run build && npm run bench:parse [-- --rounds N --spawns N]
//
// A corpus pass takes seconds in etpy, so each round is one timed full pass
// (hrtime) rather than benchmark.js cycles, which would repeat it for minutes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse, PySyntaxError } from '../src/parser/index.js';
import { findPython } from '../src/testing/python.js';

// This file runs as dist/bench/parse.js.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CORPUS_DIR = join(ROOT, '..', 'shared', 'corpus');
const PARSER_JS = join(ROOT, 'dist', 'src', 'parser', 'index.js');
const CLI = join(ROOT, 'bin', 'etpy');

// A CRUXEval-sized function: what one batch task or one `etpy` run parses.
const SMALL_FUNCTION = `def f(text, ch):
    positions = []
    for i, c in enumerate(text):
        if c == ch:
            positions.append(i)
    return positions if positions else [-1]
`;

interface CorpusSource { id: string; source: string }

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a positive integer`);
  return value;
}

function loadCorpus(): CorpusSource[] {
  const files = readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.tasks.jsonl')).sort();
  return files.flatMap((name) => readFileSync(join(CORPUS_DIR, name), 'utf8').split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusSource));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Parses every source once; the ones etpy cannot parse are left out of the timing. */
function checkCorpus(corpus: readonly CorpusSource[]): { parsed: string[]; failures: Map<string, string[]> } {
  const parsed: string[] = [];
  const failures = new Map<string, string[]>();
  for (const { id, source } of corpus) {
    try {
      parse(source);
      parsed.push(source);
    } catch (error) {
      const kind = error instanceof PySyntaxError ? error.lastLine : `internal error: ${error instanceof Error ? error.message : String(error)}`;
      failures.set(kind, [...(failures.get(kind) ?? []), id]);
    }
  }
  return { parsed, failures };
}

function timeEtpy(sources: readonly string[], rounds: number): number[] {
  const passes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    for (const source of sources) parse(source);
    passes.push(elapsedMs(start));
  }
  return passes;
}

function timeCPython(python: string, sources: readonly string[], rounds: number): { version: string; passes: number[] } {
  const run = spawnSync(python, [join(ROOT, 'bench', 'parse_cpython.py'), String(rounds)], {
    input: JSON.stringify(sources), encoding: 'utf8', maxBuffer: 1 << 26,
  });
  if (run.status !== 0) throw new Error(`parse_cpython.py failed: ${run.stderr || run.error?.message}`);
  const out = JSON.parse(run.stdout) as { version: string; seconds_per_pass: number[] };
  return { version: out.version, passes: out.seconds_per_pass.map((s) => s * 1000) };
}

/** Median wall time of `spawns` runs of a command, and of what it printed as a number (if anything). */
function timeSpawns(command: string, args: readonly string[], spawns: number): { wallMs: number; reportedMs: number | null; ok: boolean } {
  const walls: number[] = [];
  const reported: number[] = [];
  let ok = true;
  for (let i = 0; i < spawns; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(command, args, { encoding: 'utf8', cwd: ROOT });
    walls.push(elapsedMs(start));
    if (run.status !== 0) ok = false;
    const value = Number.parseFloat(run.stdout);
    if (Number.isFinite(value)) reported.push(value);
  }
  return { wallMs: median(walls), reportedMs: reported.length > 0 ? median(reported) : null, ok };
}

function firstParseLatency(python: string, spawns: number) {
  // performance.now() counts from the process's time origin, so what the child
  // prints is the time from its start to the end of its first parse.
  const nodeScript = `const { parse } = await import(${JSON.stringify(pathToFileURL(PARSER_JS).href)});
try { parse(${JSON.stringify(SMALL_FUNCTION)}); } catch { process.exitCode = 1; }
process.stdout.write(String(performance.now()));`;
  const pythonScript = `import ast\nast.parse(${JSON.stringify(SMALL_FUNCTION)})`;
  const scratch = mkdtempSync(join(tmpdir(), 'etpy-bench-'));
  const smallFile = join(scratch, 'small.py');
  writeFileSync(smallFile, SMALL_FUNCTION);
  const timings = {
    etpyParse: timeSpawns(process.execPath, ['--input-type=module', '-e', nodeScript], spawns),
    nodeBare: timeSpawns(process.execPath, ['-e', '0'], spawns),
    cpythonParse: timeSpawns(python, ['-c', pythonScript], spawns),
    cpythonBare: timeSpawns(python, ['-c', 'pass'], spawns),
    cliVersion: timeSpawns(process.execPath, [CLI, '--version'], spawns),
    cliAst: timeSpawns(process.execPath, [CLI, 'ast', smallFile], spawns),
  };
  rmSync(scratch, { recursive: true, force: true });
  return timings;
}

const ms = (value: number): string => value.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const ratio = (a: number, b: number): string => `${(a / b).toFixed(1)}×`;

function main(): void {
  const rounds = option('--rounds', 5);
  const spawns = option('--spawns', 10);
  const python = findPython();
  const corpus = loadCorpus();
  const lineCount = corpus.reduce((n, { source }) => n + source.split('\n').length, 0);
  const { parsed, failures } = checkCorpus(corpus);
  const failed = corpus.length - parsed.length;
  const cpython = timeCPython(python, parsed.length > 0 ? parsed : corpus.map((c) => c.source), rounds);
  const etpyPasses = parsed.length > 0 ? timeEtpy(parsed, rounds) : [];
  const latency = firstParseLatency(python, spawns);

  const out: string[] = [];
  out.push(`## Parse benchmark: etpy vs CPython ${cpython.version}`, '');
  out.push(`Corpus: ${corpus.length} sources, ${lineCount.toLocaleString('en-US')} lines (${CORPUS_DIR}). ` +
    `etpy parsed ${parsed.length}, failed on ${failed}; the timed pass is over the ${parsed.length > 0 ? parsed.length : corpus.length} sources ` +
    `${parsed.length > 0 ? 'etpy parses' : 'of the corpus (CPython only)'}. Rounds: ${rounds}; spawns: ${spawns}; node ${process.version}.`, '');
  out.push('| measure | etpy | CPython | etpy / CPython |', '| --- | ---: | ---: | ---: |');
  const cpyPass = median(cpython.passes);
  if (etpyPasses.length > 0) {
    const etpyPass = median(etpyPasses);
    out.push(`| corpus pass, ms (median; min) | ${ms(etpyPass)}; ${ms(Math.min(...etpyPasses))} | ${ms(cpyPass)}; ${ms(Math.min(...cpython.passes))} | ${ratio(etpyPass, cpyPass)} |`);
    const timedLines = parsed.reduce((n, source) => n + source.split('\n').length, 0);
    out.push(`| lines per second | ${Math.round(timedLines / (etpyPass / 1000)).toLocaleString('en-US')} | ${Math.round(timedLines / (cpyPass / 1000)).toLocaleString('en-US')} | |`);
  } else {
    out.push(`| corpus pass, ms (median; min) | n/a (nothing parsed) | ${ms(cpyPass)}; ${ms(Math.min(...cpython.passes))} | |`);
  }
  const { etpyParse, nodeBare, cpythonParse, cpythonBare, cliVersion, cliAst } = latency;
  const failedNote = etpyParse.ok ? '' : ' (parse failed)';
  out.push(`| fresh process: import + first parse of a small function, ms wall | ${ms(etpyParse.wallMs)}${failedNote} | ${ms(cpythonParse.wallMs)} | ${ratio(etpyParse.wallMs, cpythonParse.wallMs)} |`);
  out.push(`| bare process (\`node -e 0\` / \`python -c pass\`), ms wall | ${ms(nodeBare.wallMs)} | ${ms(cpythonBare.wallMs)} | ${ratio(nodeBare.wallMs, cpythonBare.wallMs)} |`);
  out.push(`| first parse beyond a bare process, ms | ${ms(etpyParse.wallMs - nodeBare.wallMs)} | ${ms(cpythonParse.wallMs - cpythonBare.wallMs)} | |`);
  out.push(`| process start → first parse done, ms (performance.now in the child) | ${etpyParse.reportedMs === null ? 'n/a' : ms(etpyParse.reportedMs)} | | |`);
  out.push(`| \`etpy --version\`, ms wall | ${ms(cliVersion.wallMs)} | | |`);
  out.push(`| \`etpy ast small.py\`, ms wall | ${ms(cliAst.wallMs)}${cliAst.ok ? '' : ' (exit ≠ 0)'} | | |`);
  if (failures.size > 0) {
    out.push('', `Sources etpy failed to parse (${failed}):`, '');
    for (const [kind, ids] of [...failures].sort((a, b) => b[1].length - a[1].length)) {
      out.push(`- ${ids.length} × \`${kind}\`: ${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', …' : ''}`);
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
