// The performance benchmark (bench/README.md): etpy against CPython 3.12 and
// the JS-hosted peers on bench/programs/, untraced and traced, plus start-up,
// interpreter creation, parse+compile, batch throughput, memory and bundle
// size. Writes bench/RESULTS.md (and its numbers in bench/RESULTS.json) and prints the
// headline table.
//
//   npm ci && npm run build && npm run bench [-- --budget S --rounds R --only a,b --no-peers --spawns N]
//
// etpy runs in this process (benchmark.js, steady state); CPython runs in a
// long-lived bench/cpython_harness.py, interleaved with etpy program by
// program and round by round; each peer runs in its own process afterwards
// (bench/peers.ts).
import Benchmark from 'benchmark';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { compile } from '../src/compiler/index.js';
import type { CodeObject } from '../src/bytecode/code.js';
import { runSource } from '../src/vm/interpreter.js';
import { Tracer } from '../src/trace/tracer.js';
import { JsonlEncoder } from '../src/trace/jsonl.js';
import { findPython } from '../src/testing/python.js';
import { runTaskLine } from '../src/batch/run-task.js';
import type { BatchTask } from '../src/batch/schema.js';

// This file runs as dist/bench/run.js.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PROGRAM_DIR = join(ROOT, 'bench', 'programs');
const CLI = join(ROOT, 'bin', 'etpy');
/** The node flags on bin/etpy's shebang line: the CLI runs here as `etpy` runs it (200 nested brackets need --stack-size). */
const CLI_NODE_FLAGS = readFileSync(CLI, 'utf8').split('\n', 1)[0]!.split(/\s+/).filter((arg) => arg.startsWith('--'));
/** `etpy ARGS` as the shell would start it. */
const etpyArgs = (...args: string[]): string[] => [...CLI_NODE_FLAGS, CLI, ...args];
/** `etpy batch --trace line --jobs N`, as the batch rows run it. */
const batchArgs = (jobs: number): string[] => etpyArgs('batch', '--trace', 'line', '--jobs', String(jobs));
const MODES = ['untraced', 'line', 'delta', 'opcode'] as const;
const BATCH_SETS = ['repeated', 'distinct', 'longRepeated', 'longDistinct', 'hugeDistinct'] as const;
type BatchSet = (typeof BATCH_SETS)[number];
type Mode = typeof MODES[number];
const MODE_TITLES: Record<Mode, string> = {
  untraced: 'untraced',
  line: 'line-traced, full state (JSONL)',
  delta: 'line-traced, --state delta',
  opcode: 'opcode-traced (etpy with stack)',
};
/** The E.T. long-execution trio and the growing-container loop: ~14,000 line events each. */
const FOURTEEN_K = ['et_binary_counter', 'et_collatz', 'et_fibonacci', 'grow_list_dict'];
/** Of those, the ones whose state holds containers that grow at every step. */
const GROWING = ['et_binary_counter', 'grow_list_dict'];
const PEERS = ['pyodide', 'skulpt', 'micropython'] as const;

interface Options { budget: number; rounds: number; only: string[] | null; peers: boolean; spawns: number; out: string }

function parseOptions(): Options {
  const argv = process.argv.slice(2);
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const num = (name: string, fallback: number): number => {
    const v = value(name);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!(n > 0)) throw new Error(`${name} needs a positive number`);
    return n;
  };
  const only = value('--only');
  return {
    budget: num('--budget', 1.5),
    rounds: Math.round(num('--rounds', 3)),
    only: only === undefined ? null : only.split(','),
    peers: !argv.includes('--no-peers'),
    spawns: Math.round(num('--spawns', 10)),
    out: value('--out') ?? join(ROOT, 'bench', 'RESULTS.md'),
  };
}

// ---------------------------------------------------------------- statistics

function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median and sample count of each timing series (RESULTS.json keeps no raw samples). */
function summary(series: Map<string, number[]>): Record<string, { median: number; runs: number }> {
  return Object.fromEntries([...series].map(([k, v]) => [k, { median: median(v), runs: v.length }]));
}

function geomean(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  return Math.exp(values.reduce((acc, v) => acc + Math.log(v), 0) / values.length);
}

const fmtMs = (ms: number): string => (Number.isNaN(ms) ? 'n/a' : ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const fmtX = (x: number): string => (Number.isNaN(x) ? 'n/a' : x >= 10 ? `${x.toFixed(0)}×` : x >= 0.1 ? `${x.toFixed(2)}×` : `${x.toFixed(3)}×`);
/** Three significant digits, for a value checked against a target. */
const fmtX3 = (x: number): string => (Number.isNaN(x) ? 'n/a' : `${x.toPrecision(3)}×`);

// ---------------------------------------------------------------- CPython

class CPythonHarness {
  private readonly proc: ChildProcessWithoutNullStreams;
  private readonly waiting: ((line: string) => void)[] = [];

  constructor(python: string) {
    this.proc = spawn(python, [join(ROOT, 'bench', 'cpython_harness.py')], {
      env: { ...process.env, PYTHONHASHSEED: '0' },
    });
    createInterface({ input: this.proc.stdout }).on('line', (line) => this.waiting.shift()?.(line));
    this.proc.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  }

  async send<T>(command: object): Promise<T> {
    const line = await new Promise<string>((resolve) => {
      this.waiting.push(resolve);
      this.proc.stdin.write(`${JSON.stringify(command)}\n`);
    });
    const answer = JSON.parse(line) as T & { error?: string };
    if (answer.error !== undefined) throw new Error(`cpython_harness.py: ${answer.error}`);
    return answer;
  }

  close(): void {
    this.proc.stdin.end();
  }
}

// ---------------------------------------------------------------- etpy in-process

interface Program { name: string; source: string; code: CodeObject }

/** One run of a program in etpy; traced runs write JSONL to a null sink. */
function etpyRun(program: Program, mode: Mode, sink?: (bytes: Uint8Array) => void): string {
  if (mode === 'untraced') return runSource(program.source, { filename: '<source>', code: program.code }).stdout;
  const jsonl = new JsonlEncoder(sink ?? (() => undefined));
  const tracer = new Tracer({
    level: mode === 'opcode' ? 'opcode' : 'line', state: mode === 'delta' ? 'delta' : 'full',
    keep: false, encodedReprs: true, onEvent: (event, encoded) => jsonl.write(event, encoded),
  });
  const result = runSource(program.source, { filename: '<source>', code: program.code, tracer });
  jsonl.flush();
  return result.stdout;
}

/** Steady-state times (ms) of `fn` with benchmark.js, about `seconds` long. */
function benchmarkJs(name: string, fn: () => void, seconds: number, minSamples: number): number[] {
  const bench = new Benchmark(name, fn, { maxTime: seconds, minSamples, initCount: 1 });
  bench.run();
  if (bench.error !== undefined && bench.error !== null) throw bench.error as Error;
  return bench.stats.sample.map((s) => s * 1000);
}

// ---------------------------------------------------------------- spawned measures

/**
 * Wall time of a command. With `stdoutToNull` its stdout goes to /dev/null,
 * as the CPython harness writes its batch results to os.devnull: a pipe would
 * have this process read (and decode) every byte while the command runs, on
 * the same cores (stdoutDigest checks what such runs write, untimed).
 */
function timeSpawn(command: string, args: readonly string[], input?: string, stdoutToNull = false): { ms: number; ok: boolean } {
  const sink = stdoutToNull ? openSync('/dev/null', 'w') : null;
  try {
    const start = process.hrtime.bigint();
    const run = spawnSync(command, args, {
      cwd: ROOT, input, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, PYTHONHASHSEED: '0' },
      ...(sink === null ? {} : { stdio: ['pipe', sink, 'pipe'] as const }),
    });
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, ok: run.status === 0 };
  } finally {
    if (sink !== null) closeSync(sink);
  }
}

/** The MD5 digest of a command's stdout (it must succeed), hashed as it arrives: 96,000 tasks write 310 MB. */
async function stdoutDigest(command: string, args: readonly string[], input: string): Promise<string> {
  const child = spawn(command, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, PYTHONHASHSEED: '0' } });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  child.stdin.end(input);
  const digest = createHash('md5');
  for await (const chunk of child.stdout) digest.update(chunk as Buffer);
  if ((await exited) !== 0) throw new Error(`${args.join(' ')} failed`);
  return digest.digest('hex');
}

/** Peak RSS (MB) of a command, from CPython's getrusage(RUSAGE_CHILDREN) in a fresh process. */
function peakRss(python: string, command: readonly string[]): number {
  const script = 'import resource, subprocess, sys\nsubprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\nprint(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)';
  const run = spawnSync(python, ['-c', script, ...command], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } });
  return Number(run.stdout.trim()) / 1024;
}

function dirBytes(dir: string, keep: (file: string) => boolean): { bytes: number; files: string[] } {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (keep(p)) files.push(p);
    }
  };
  walk(dir);
  return { bytes: files.reduce((n, f) => n + statSync(f).size, 0), files };
}

function sizeOf(files: readonly string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    if (!existsSync(f)) continue;
    const data = readFileSync(f);
    raw += data.length;
    gzip += gzipSync(data, { level: 9 }).length;
  }
  return { raw, gzip };
}

// ---------------------------------------------------------------- main

interface PeerResult {
  available: boolean;
  reason?: string;
  version?: string;
  loadMs?: number;
  results?: Record<string, { stdout: string; error?: string; firstMs: number; timesMs: number[] }>;
}

interface Row { comparison: string; n: number; geo: number; min: number; med: number; max: number; minName: string; maxName: string; note?: string }

function ratioRow(comparison: string, ratios: Map<string, number>, note?: string): Row {
  const entries = [...ratios.entries()].filter(([, r]) => Number.isFinite(r)).sort((a, b) => a[1] - b[1]);
  const values = entries.map(([, r]) => r);
  return {
    comparison, n: values.length, geo: geomean(values), min: values[0] ?? NaN, med: median(values), max: values[values.length - 1] ?? NaN,
    minName: entries[0]?.[0] ?? '', maxName: entries[entries.length - 1]?.[0] ?? '', ...(note === undefined ? {} : { note }),
  };
}

function rowText(r: Row): string {
  return `| ${r.comparison} | ${r.n} | **${fmtX(r.geo)}** | ${fmtX(r.min)} (${r.minName}) | ${fmtX(r.med)} | ${fmtX(r.max)} (${r.maxName}) |`;
}

function machine(python: string, pythonVersion: string): string[] {
  const cpu = cpus();
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() !== '';
  return [
    `- CPU: ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} logical cores; RAM ${(totalmem() / 2 ** 30).toFixed(1)} GiB; ${osType()} ${release()}`,
    `- Load average at start: ${loadavg().map((x) => x.toFixed(2)).join(', ')} (1, 5, 15 min)`,
    `- Node ${process.version} (V8 ${process.versions.v8}); CPython ${pythonVersion} (${python}); etpy commit ${commit}${dirty ? ' (with uncommitted changes)' : ''}`,
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
  ];
}

/** Timings of a bare `tsc` build would mislead: the VM's opcode names are folded only by `npm run build`. */
function checkBuild(): void {
  const evalJs = readFileSync(join(ROOT, 'dist', 'src', 'vm', 'eval.js'), 'utf8');
  const precompiled = statSync(join(ROOT, 'dist', 'src', 'vm', 'modules', 'precompiled-data.js')).size;
  if (/\bOp\.[A-Z]/.test(evalJs) || precompiled < 1000) {
    throw new Error('dist/ is a bare `tsc` build (opcode names not inlined or Python modules not precompiled): run `npm run build` first');
  }
}

async function main(): Promise<void> {
  checkBuild();
  const opts = parseOptions();
  const python = findPython();
  const cpy = new CPythonHarness(python);
  const { version: pyVersion } = await cpy.send<{ version: string }>({ cmd: 'version' });
  const machineLines = machine(python, pyVersion);
  const log = (text: string): void => { process.stderr.write(`${text}\n`); };

  // Programs: load, first run (compile + run), self-check against CPython.
  const files = readdirSync(PROGRAM_DIR).filter((f) => f.endsWith('.py')).sort()
    .filter((f) => opts.only === null || opts.only.includes(f.replace(/\.py$/, '')));
  const programs: Program[] = [];
  const expected = new Map<string, string>();
  const first = { etpy: new Map<string, number>(), cpython: new Map<string, number>() };
  for (const file of files) {
    const name = file.replace(/\.py$/, '');
    const source = readFileSync(join(PROGRAM_DIR, file), 'utf8');
    let start = performance.now();
    const etpyOut = runSource(source, { filename: '<source>' });
    first.etpy.set(name, performance.now() - start);
    const cp = await cpy.send<{ stdout: string; seconds: number }>({ cmd: 'run', name, source });
    first.cpython.set(name, cp.seconds * 1000);
    if (!etpyOut.ok || etpyOut.stdout !== cp.stdout) {
      throw new Error(`${file}: etpy's output differs from CPython's\netpy: ${JSON.stringify(etpyOut.stdout)} ${etpyOut.error ?? ''}\nCPython: ${JSON.stringify(cp.stdout)}`);
    }
    expected.set(name, cp.stdout);
    start = performance.now();
    programs.push({ name, source, code: compile(source, '<source>') });
  }
  log(`${programs.length} programs give CPython's output in etpy`);

  // The two tracers write the same JSONL (addresses masked), checked on one program.
  const checkName = programs.find((p) => p.name === 'et_binary_counter')?.name ?? programs[0]!.name;
  const checkProgram = programs.find((p) => p.name === checkName)!;
  const chunks: Buffer[] = [];
  etpyRun(checkProgram, 'line', (bytes) => { chunks.push(Buffer.from(bytes)); });
  const mask = (text: string): string => text.replace(/0x[0-9a-f]+/g, '0x?');
  const etpyJsonl = mask(Buffer.concat(chunks).toString('utf8'));
  const { jsonl: cpyJsonl } = await cpy.send<{ jsonl: string }>({ cmd: 'jsonl', name: checkName, mode: 'line' });
  const jsonlSame = etpyJsonl === mask(cpyJsonl);
  const jsonlEvents = etpyJsonl.split('\n').length - 1;
  log(`JSONL of ${checkName}: ${jsonlSame ? 'identical' : 'DIFFERENT'} (${jsonlEvents} events)`);
  if (!jsonlSame) throw new Error(`the CPython tracer's JSONL differs from etpy's on ${checkName}`);

  // Steady state, interleaved: per round, per program, per mode: etpy then CPython.
  const times = { etpy: new Map<string, number[]>(), cpython: new Map<string, number[]>() };
  const key = (name: string, mode: Mode): string => `${name}/${mode}`;
  const per = opts.budget / opts.rounds;
  for (let round = 0; round < opts.rounds; round++) {
    for (const program of programs) {
      for (const mode of MODES) {
        // Full-state opcode tracing of a growing container takes CPython's tracer tens of
        // seconds a run (O(events x state)): that mode is measured in the first round only.
        if (mode === 'opcode' && round > 0) continue;
        const k = key(program.name, mode);
        const etpySamples = benchmarkJs(k, () => { etpyRun(program, mode); }, per, 2);
        times.etpy.set(k, [...(times.etpy.get(k) ?? []), ...etpySamples]);
        const { times: cpySamples } = await cpy.send<{ times: number[] }>({ cmd: 'time', name: program.name, mode, budget: per, min_runs: mode === 'opcode' ? 1 : 2 });
        times.cpython.set(k, [...(times.cpython.get(k) ?? []), ...cpySamples.map((s) => s * 1000)]);
      }
      log(`round ${round + 1}/${opts.rounds} ${program.name}: ` + MODES.map((m) =>
        `${m} ${fmtMs(median(times.etpy.get(key(program.name, m))!))}/${fmtMs(median(times.cpython.get(key(program.name, m))!))} ms`).join(', '));
    }
  }
  const med = (engine: 'etpy' | 'cpython', name: string, mode: Mode): number => median(times[engine].get(key(name, mode)) ?? []);

  // Parse + compile per program.
  const compileMs = { etpy: new Map<string, number>(), cpython: new Map<string, number>() };
  for (const program of programs) {
    compileMs.etpy.set(program.name, median(benchmarkJs(`compile ${program.name}`, () => { compile(program.source, '<source>'); }, 0.3, 5)));
    const { times: c } = await cpy.send<{ times: number[] }>({ cmd: 'compile', source: program.source, budget: 0.3 });
    compileMs.cpython.set(program.name, median(c) * 1000);
  }

  // A new interpreter in-process: runSource of `pass` (fresh builtins, sys, __main__).
  const newInterp = median(benchmarkJs('new interpreter', () => { runSource('pass', { filename: '<source>' }); }, 1, 20));

  // Batch throughput: CRUXEval-size tasks, traced at line level, two ways:
  // `repeated` runs the 24 tasks 40 times (etpy's compile cache, keyed by
  // source text, then parses each function once), `distinct` makes every
  // task's source different (a comment with its number), as in a dataset of
  // different functions, so every task is parsed and compiled. The `long`
  // sets are the same ten times over (9,600 tasks), where process start and
  // V8's warm-up (most of a 960-task `etpy batch`) weigh as they do in a
  // dataset run; `hugeDistinct`, the distinct set a hundred times over
  // (96,000 tasks), is the size of a dataset run, where each worker's warm-up
  // is spread over many tasks (and --jobs 2, which pays it twice, gains). CPython compiles every task either way.
  const taskLines = readFileSync(join(ROOT, 'bench', 'cruxeval_tasks.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const repeat = 40;
  const longRepeat = 400;
  const hugeRepeat = 4000;
  const baseTasks = taskLines.map((l) => JSON.parse(l) as BatchTask);
  const distinctTasks = (rounds: number): BatchTask[] =>
    Array.from({ length: rounds }, (_, r) => baseTasks.map((t) => ({ ...t, source: `${t.source}# ${r}\n` }))).flat();
  const repeatedTasks = (rounds: number): BatchTask[] => Array.from({ length: rounds }, () => baseTasks).flat();
  const batchSets: Record<BatchSet, BatchTask[]> = {
    repeated: repeatedTasks(repeat),
    distinct: distinctTasks(repeat),
    longRepeated: repeatedTasks(longRepeat),
    longDistinct: distinctTasks(longRepeat),
    hugeDistinct: distinctTasks(hugeRepeat),
  };
  const batchRounds: Record<BatchSet, number> = { repeated: 3, distinct: 3, longRepeated: 1, longDistinct: 1, hugeDistinct: 1 };
  type BatchRates = Record<'jobs1' | 'jobs2' | 'inProcess' | 'cpython', number[]>;
  const noRates = (): BatchRates => ({ jobs1: [], jobs2: [], inProcess: [], cpython: [] });
  const batch: Record<BatchSet, BatchRates> = { repeated: noRates(), distinct: noRates(), longRepeated: noRates(), longDistinct: noRates(), hugeDistinct: noRates() };
  let distinctRound = 0;
  // Kept as text (one string for the collector to trace), parsed when checked.
  const toCheck: { set: BatchSet; input: string }[] = [];
  for (let round = 0; round < Math.max(...Object.values(batchRounds)); round++) {
    for (const set of BATCH_SETS) {
      if (round >= batchRounds[set]) continue;
      const n = batchSets[set].length;
      // Sources never seen in this process (or its compile cache) in each round.
      const tasks = set === 'repeated' || set === 'longRepeated'
        ? batchSets[set]
        : batchSets[set].map((t) => ({ ...t, source: `${t.source}# round ${distinctRound++}\n` }));
      // In this process, as the CPython side runs: each task's result line as `etpy batch` writes it, to a null sink.
      const start = process.hrtime.bigint();
      let encoded = 0;
      for (const task of tasks) encoded += runTaskLine(task, { trace: 'line' }).line.length;
      batch[set].inProcess.push(n / (Number(process.hrtime.bigint() - start) / 1e9));
      if (encoded === 0) throw new Error('in-process batch wrote nothing');
      const input = tasks.map((t) => JSON.stringify(t)).join('\n') + '\n';
      if (round === 0) toCheck.push({ set, input });
      for (const jobs of [1, 2] as const) {
        const r = timeSpawn(process.execPath, batchArgs(jobs), input, true);
        if (!r.ok) throw new Error(`etpy batch --jobs ${jobs} failed`);
        batch[set][`jobs${jobs}`].push(n / (r.ms / 1000));
      }
      const c = await cpy.send<{ tasks: number; seconds: number }>({ cmd: 'batch', tasks, repeat: 1 });
      batch[set].cpython.push(c.tasks / c.seconds);
    }
  }
  cpy.close();
  // The timed runs wrote to /dev/null. Untimed, after them all, each --jobs
  // setting must write, for each set's first round, byte for byte what
  // runTaskLine gives. (Checked within the first round, the in-process rows
  // of the later rounds fell: 960 repeated 6,043 and 12,771 tasks/s against
  // 16,827 and 17,645 in a run without the check.)
  for (const { set, input } of toCheck) {
    const digest = createHash('md5');
    for (const line of input.split('\n')) if (line !== '') digest.update(runTaskLine(JSON.parse(line) as BatchTask, { trace: 'line' }).line);
    const expected = digest.digest('hex');
    for (const jobs of [1, 2] as const) {
      if (await stdoutDigest(process.execPath, batchArgs(jobs), input) !== expected) {
        throw new Error(`etpy batch --jobs ${jobs} wrote other results than runTaskLine (${set})`);
      }
    }
  }
  log('batch done');

  // Start-up: process start to first executed line, interleaved.
  const startup: Record<string, number[]> = { etpy: [], node: [], python: [] };
  for (let i = 0; i < opts.spawns; i++) {
    startup['etpy']!.push(timeSpawn(process.execPath, etpyArgs('-c', 'pass')).ms);
    startup['node']!.push(timeSpawn(process.execPath, ['-e', '0']).ms);
    startup['python']!.push(timeSpawn(python, ['-c', 'pass']).ms);
  }

  // Peak RSS (MB).
  const counter = join(PROGRAM_DIR, 'et_binary_counter.py');
  const rss: [string, number][] = [
    ['`etpy -c pass`', peakRss(python, [process.execPath, ...etpyArgs('-c', 'pass')])],
    ['`node -e 0`', peakRss(python, [process.execPath, '-e', '0'])],
    ['`python3.12 -c pass`', peakRss(python, [python, '-c', 'pass'])],
    ['`etpy et_binary_counter.py`', peakRss(python, [process.execPath, ...etpyArgs(counter)])],
    ['`etpy trace et_binary_counter.py` (full state, to /dev/null)', peakRss(python, [process.execPath, ...etpyArgs('trace', counter)])],
  ];

  // Bundle size: what `import 'etpy'` loads (dist/src minus the CLI and test helpers) and its runtime dependency.
  const core = dirBytes(join(ROOT, 'dist', 'src'), (f) => f.endsWith('.js') && !f.includes('/cli/') && !f.includes('/testing/'));
  const coreSize = sizeOf(core.files);
  const ohm = sizeOf([join(ROOT, 'node_modules', 'ohm-js', 'dist', 'ohm.min.js')]);

  // Peers, each in its own process.
  const peers = new Map<string, PeerResult>();
  if (opts.peers) {
    for (const peer of PEERS) {
      log(`peer ${peer}...`);
      const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'bench', 'peers.js'), peer, String(opts.budget), ...programs.map((p) => join(PROGRAM_DIR, `${p.name}.py`))],
        { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
      try {
        peers.set(peer, JSON.parse(run.stdout) as PeerResult);
      } catch {
        peers.set(peer, { available: false, reason: `peers.js exited with ${run.status}: ${run.stdout.slice(0, 200)}` });
      }
    }
  }
  const peerSizes: Record<string, string[]> = {
    pyodide: ['pyodide/pyodide.asm.wasm', 'pyodide/pyodide.asm.js', 'pyodide/pyodide.mjs', 'pyodide/python_stdlib.zip'],
    skulpt: ['skulpt/dist/skulpt.min.js', 'skulpt/dist/skulpt-stdlib.js'],
    micropython: ['@micropython/micropython-webassembly-pyscript/micropython.mjs', '@micropython/micropython-webassembly-pyscript/micropython.wasm'],
  };

  // ------------------------------------------------------------ ratios
  const ratio = (fn: (p: Program) => number, subset?: readonly string[]): Map<string, number> =>
    new Map(programs.filter((p) => subset === undefined || subset.includes(p.name)).map((p) => [p.name, fn(p)]));
  const rows: Row[] = [];
  rows.push(ratioRow('untraced: etpy / CPython', ratio((p) => med('etpy', p.name, 'untraced') / med('cpython', p.name, 'untraced'))));
  rows.push(ratioRow('line-traced full state: etpy / CPython settrace', ratio((p) => med('etpy', p.name, 'line') / med('cpython', p.name, 'line'))));
  rows.push(ratioRow('… on the 14k-step programs', ratio((p) => med('etpy', p.name, 'line') / med('cpython', p.name, 'line'), FOURTEEN_K)));
  rows.push(ratioRow('… on the growing-container 14k-step programs', ratio((p) => med('etpy', p.name, 'line') / med('cpython', p.name, 'line'), GROWING)));
  rows.push(ratioRow('line-traced --state delta: etpy / CPython settrace (delta)', ratio((p) => med('etpy', p.name, 'delta') / med('cpython', p.name, 'delta'))));
  rows.push(ratioRow('opcode-traced: etpy (with stack) / CPython monitoring (no stack)', ratio((p) => med('etpy', p.name, 'opcode') / med('cpython', p.name, 'opcode'))));
  rows.push(ratioRow('first run untraced (compile + run): etpy / CPython', ratio((p) => first.etpy.get(p.name)! / first.cpython.get(p.name)!)));
  rows.push(ratioRow('parse + compile: etpy / CPython', ratio((p) => compileMs.etpy.get(p.name)! / compileMs.cpython.get(p.name)!)));
  const peerNotes: string[] = [];
  for (const [peer, result] of peers) {
    if (!result.available || result.results === undefined) {
      peerNotes.push(`- ${peer}: not run (${result.reason ?? 'unavailable'})`);
      continue;
    }
    const res = result.results;
    const wrong = programs.filter((p) => res[p.name] === undefined || res[p.name]!.stdout !== expected.get(p.name));
    const okPrograms = programs.filter((p) => !wrong.includes(p)).map((p) => p.name);
    peerNotes.push(`- ${result.version}: runtime load ${fmtMs(result.loadMs ?? NaN)} ms; ran ${okPrograms.length}/${programs.length} programs with CPython's output` +
      (wrong.length === 0 ? '' : `; left out: ${wrong.map((p) => `${p.name} (${res[p.name]?.error ?? 'different output'})`).join(', ')}`));
    rows.push(ratioRow(`untraced: etpy / ${result.version}`, ratio((p) => med('etpy', p.name, 'untraced') / median(res[p.name]!.timesMs), okPrograms)));
    rows.push(ratioRow(`first run: etpy / ${result.version}`, ratio((p) => first.etpy.get(p.name)! / res[p.name]!.firstMs, okPrograms)));
    rows.push(ratioRow(`untraced: ${result.version} / CPython`, ratio((p) => median(res[p.name]!.timesMs) / med('cpython', p.name, 'untraced'), okPrograms)));
  }

  const untracedRow = rows[0]!;
  const lineRow = rows[1]!;
  const growingRow = rows[3]!;
  const startupEtpy = median(startup['etpy']!);
  const startupNode = median(startup['node']!);
  const startupPy = median(startup['python']!);
  const batchMedians = (set: BatchSet) => {
    const b = batch[set];
    return { jobs1: median(b.jobs1), jobs2: median(b.jobs2), inProcess: median(b.inProcess), cpython: median(b.cpython) };
  };
  const batchRepeated = batchMedians('repeated');
  const batchDistinct = batchMedians('distinct');
  const batchLongRepeated = batchMedians('longRepeated');
  const batchLongDistinct = batchMedians('longDistinct');
  const batchHugeDistinct = batchMedians('hugeDistinct');
  const jobsText = (b: ReturnType<typeof batchMedians>, tick = '') =>
    `${b.jobs1.toFixed(0)} (${tick}--jobs 1${tick}), ${b.jobs2.toFixed(0)} (${tick}--jobs 2${tick})`;
  const batchText = (b: ReturnType<typeof batchMedians>) => `${jobsText(b)} vs ${b.cpython.toFixed(0)}; in-process ${b.inProcess.toFixed(0)}`;
  const fastest = (b: ReturnType<typeof batchMedians>) => Math.max(b.jobs1, b.jobs2);
  const jsPeerRows = rows.filter((r) => r.comparison.startsWith('untraced: etpy / ') && !r.comparison.endsWith('CPython'));
  const targets: [string, string, string, boolean][] = [
    ['Untraced: geometric mean within 2.0× of CPython', '≤ 2.0×', fmtX3(untracedRow.geo), untracedRow.geo <= 2],
    ['Untraced: faster than every JS-hosted peer (geomean etpy / peer < 1)', '< 1 each',
      jsPeerRows.map((r) => `${r.comparison.replace('untraced: etpy / ', '').split(' (')[0]} ${fmtX3(r.geo)}`).join(', ') || 'no peer ran',
      jsPeerRows.length > 0 && jsPeerRows.every((r) => r.geo < 1)],
    ['Full-state line tracing: ≥ 2× faster than CPython settrace (suite geomean etpy / CPython ≤ 0.5)', '≤ 0.50×', fmtX3(lineRow.geo), lineRow.geo <= 0.5],
    ['… ≥ 10× faster on the growing-container 14k-step programs (≤ 0.1)', '≤ 0.10×', fmtX3(growingRow.geo), growingRow.geo <= 0.1],
    ['Start-up: `etpy -c pass` within 1.5× of `node -e 0`', '≤ 1.5×', `${fmtX(startupEtpy / startupNode)} (${fmtMs(startupEtpy)} vs ${fmtMs(startupNode)} ms)`, startupEtpy / startupNode <= 1.5],
    ['A new interpreter in-process under 5 ms', '< 5 ms', `${fmtMs(newInterp)} ms`, newInterp < 5],
    ['`etpy -c pass` under 60 MB RSS', '< 60 MB', `${rss[0]![1].toFixed(1)} MB`, rss[0]![1] < 60],
    // Met by the command (process start included), not by the in-process figures shown beside it, and
    // with distinct sources as well as repeated ones (a dataset's functions differ).
    ['Batch: traced CRUXEval-size tasks/s ≥ CPython tracer\'s, 960 tasks', '≥ 1×',
      `repeated sources: ${batchText(batchRepeated)}; distinct sources: ${batchText(batchDistinct)}`,
      [batchRepeated, batchDistinct].every((b) => fastest(b) >= b.cpython)],
    ['… at dataset scale: 9,600 tasks', '≥ 1×', `repeated sources: ${batchText(batchLongRepeated)}; distinct sources: ${batchText(batchLongDistinct)}`,
      [batchLongRepeated, batchLongDistinct].every((b) => fastest(b) >= b.cpython)],
    ['… at 96,000 tasks, distinct sources', '≥ 1×', `distinct sources: ${batchText(batchHugeDistinct)}`, fastest(batchHugeDistinct) >= batchHugeDistinct.cpython],
  ];

  // ------------------------------------------------------------ RESULTS.md
  const md: string[] = [];
  md.push('# Benchmark results', '');
  md.push('Written by `npm run bench` (bench/run.ts; how to run and what each mode measures: bench/README.md). ' +
    'Ratios are etpy time / other time (below 1 means etpy is faster), from per-program medians; a row gives the geometric mean, ' +
    'minimum, median and maximum over its programs.', '');
  md.push('## Machine', '', ...machineLines,
    `- Budget: ${opts.budget} s per program, mode and engine, over ${opts.rounds} interleaved rounds (etpy, then CPython, per program and mode; opcode mode in the first round only, with at least one CPython run); peers ${opts.budget} s per program in their own process after that`, '');
  md.push('## Ratios', '', '| comparison | programs | geomean | min | median | max |', '| --- | ---: | ---: | ---: | ---: | ---: |', ...rows.map(rowText), '');
  md.push('## Targets', '', '| target | goal | measured | met |', '| --- | --- | --- | --- |',
    ...targets.map(([what, goal, got, ok]) => `| ${what} | ${goal} | ${got} | ${ok ? 'yes' : 'no'} |`), '');
  md.push('## Per program (median ms)', '',
    'etpy timings are in-process steady state (benchmark.js; the code object compiled once, a fresh interpreter per run); CPython\'s are timeit-style in one process (compiled once, fresh globals). ' +
    'Traced modes write the JSONL of `etpy trace` to a null sink. "first" is the first run of the program in the process (compile included), after the previous programs.', '');
  const peerHeads = [...peers].filter(([, r]) => r.available).map(([name]) => name);
  md.push(`| program | line events | untraced etpy | untraced CPython | ratio | line etpy | line CPython | ratio | delta etpy | delta CPython | opcode etpy | opcode CPython | first etpy | first CPython | compile etpy | compile CPython |${peerHeads.map((p) => ` ${p} |`).join('')}`);
  md.push(`| --- |${' ---: |'.repeat(15 + peerHeads.length)}`);
  for (const p of programs) {
    const steps = runSource(p.source, { filename: '<source>', code: p.code, countSteps: true }).steps;
    const cells = [
      p.name, String(steps),
      fmtMs(med('etpy', p.name, 'untraced')), fmtMs(med('cpython', p.name, 'untraced')), fmtX(med('etpy', p.name, 'untraced') / med('cpython', p.name, 'untraced')),
      fmtMs(med('etpy', p.name, 'line')), fmtMs(med('cpython', p.name, 'line')), fmtX(med('etpy', p.name, 'line') / med('cpython', p.name, 'line')),
      fmtMs(med('etpy', p.name, 'delta')), fmtMs(med('cpython', p.name, 'delta')),
      fmtMs(med('etpy', p.name, 'opcode')), fmtMs(med('cpython', p.name, 'opcode')),
      fmtMs(first.etpy.get(p.name)!), fmtMs(first.cpython.get(p.name)!),
      fmtMs(compileMs.etpy.get(p.name)!), fmtMs(compileMs.cpython.get(p.name)!),
      ...peerHeads.map((peer) => {
        const r = peers.get(peer)!.results![p.name];
        return r === undefined || r.stdout !== expected.get(p.name) ? '—' : fmtMs(median(r.timesMs));
      }),
    ];
    md.push(`| ${cells.join(' | ')} |`);
  }
  md.push('');
  md.push('## Start-up, interpreter creation, batch, memory, size', '');
  md.push(`| measure | etpy | reference |`, '| --- | ---: | ---: |');
  md.push(`| process start to first executed line (median of ${opts.spawns} spawns) | \`etpy -c pass\` ${fmtMs(startupEtpy)} ms | \`node -e 0\` ${fmtMs(startupNode)} ms; \`python3.12 -c pass\` ${fmtMs(startupPy)} ms |`);
  md.push(`| a new interpreter in-process (\`runSource('pass')\`, steady) | ${fmtMs(newInterp)} ms | — |`);
  for (const [set, title, b, what] of [
    ['repeated', 'repeated sources', batchRepeated, `${taskLines.length} functions, each run ${repeat} times: etpy parses each once`],
    ['distinct', 'distinct sources', batchDistinct, 'every source different, as in a dataset of different functions: etpy parses and compiles each'],
    ['longRepeated', 'repeated sources, long', batchLongRepeated, 'the repeated set ten times over: process start and warm-up weigh as in a dataset run'],
    ['longDistinct', 'distinct sources, long', batchLongDistinct, 'the distinct set ten times over'],
    ['hugeDistinct', 'distinct sources, dataset size', batchHugeDistinct, 'the distinct set a hundred times over'],
  ] as const) {
    const n = batchSets[set].length;
    const runs = batchRounds[set] === 1 ? 'one run' : `median of ${batchRounds[set]}`;
    md.push(`| batch, line-traced CRUXEval-size tasks per second, ${title} (${n} tasks, ${what}; ${runs}; \`etpy batch\` includes process start) | ${jobsText(b, '`')} | CPython settrace tracer in-process: ${b.cpython.toFixed(0)} |`);
    md.push(`| the same tasks in-process (\`runTaskLine\`, each result line as \`etpy batch\` writes it, to a null sink, as the CPython side) | ${b.inProcess.toFixed(0)} | CPython: ${b.cpython.toFixed(0)} |`);
  }
  for (const [what, mb] of rss) md.push(`| peak RSS ${what} | ${mb.toFixed(1)} MB | |`);
  md.push(`| bundle: dist/src JavaScript without cli/ and testing/ (${core.files.length} files) | ${(coreSize.raw / 1024).toFixed(0)} KiB (${(coreSize.gzip / 1024).toFixed(0)} KiB gzip) + ohm-js ${(ohm.raw / 1024).toFixed(0)} KiB (${(ohm.gzip / 1024).toFixed(0)} KiB gzip) | ` +
    Object.entries(peerSizes).map(([peer, list]) => {
      const s = sizeOf(list.map((f) => join(ROOT, 'node_modules', f)));
      return s.raw === 0 ? `${peer}: not installed` : `${peer} ${(s.raw / 1024 / 1024).toFixed(1)} MiB (${(s.gzip / 1024 / 1024).toFixed(1)} MiB gzip)`;
    }).join('; ') + ' |');
  md.push('');
  md.push('## Peers', '');
  md.push(...(peerNotes.length > 0 ? peerNotes : ['- not run (--no-peers)']));
  md.push('- Brython is not measured (no Node build on npm); its anchor from the issue is 22× CPython.');
  md.push('');
  md.push('## Checks', '');
  md.push(`- Every program printed CPython's output in etpy (${programs.length} programs).`);
  md.push(`- The CPython tracer's JSONL equals etpy's JSONL on ${checkName} (${jsonlEvents} events, line level, full state; addresses masked).`);
  md.push('');
  writeFileSync(opts.out, md.join('\n'));
  writeFileSync(opts.out.replace(/\.md$/, '.json'), JSON.stringify({
    machine: machineLines, rows, targets, startup, batch, rss, newInterp,
    medianMs: { etpy: summary(times.etpy), cpython: summary(times.cpython) },
    first: { etpy: Object.fromEntries(first.etpy), cpython: Object.fromEntries(first.cpython) },
    compile: { etpy: Object.fromEntries(compileMs.etpy), cpython: Object.fromEntries(compileMs.cpython) },
    peers: Object.fromEntries([...peers].map(([k, v]) => [k, { ...v, results: v.results === undefined ? undefined : Object.fromEntries(Object.entries(v.results).map(([n, r]) => [n, { firstMs: r.firstMs, medianMs: median(r.timesMs), runs: r.timesMs.length, ok: r.stdout === expected.get(n), error: r.error }])) }])),
  }, null, 1));
  process.stdout.write(['| comparison | programs | geomean | min | median | max |', '| --- | ---: | ---: | ---: | ---: | ---: |', ...rows.map(rowText), ''].join('\n'));
  log(`wrote ${relative(process.cwd(), opts.out)}`);
}

await main();
