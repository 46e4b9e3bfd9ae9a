// One JS-hosted Python peer (Pyodide, Skulpt, MicroPython's wasm build) running
// the benchmark programs untraced, in its own process so that its heap does
// not weigh on etpy's timings. bench/run.ts spawns it as
//
//   node dist/bench/peers.js ENGINE BUDGET_SECONDS FILE...
//
// and reads one JSON object on stdout: the runtime's load time and, per
// program, its stdout, the first run's time and the steady-state run times
// (ms). A peer that is not installed or fails to load answers
// {"available": false, "reason": ...}. Everything is loaded from
// node_modules: no network.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';

interface PeerRun {
  /** Runs one program to completion in fresh globals and returns what it printed. */
  run(source: string): string;
  version: string;
}

interface ProgramResult { stdout: string; error?: string; firstMs: number; timesMs: number[] }

const require = createRequire(import.meta.url);

function resolveOrNull(id: string): string | null {
  try {
    return require.resolve(id);
  } catch {
    return null;
  }
}

async function loadPyodide(): Promise<PeerRun> {
  const path = resolveOrNull('pyodide/pyodide.mjs');
  if (path === null) throw new Error('pyodide is not installed (npm install --save-dev pyodide@0.27)');
  const mod = (await import(path)) as { loadPyodide: (o: object) => Promise<PyodideApi>; version: string };
  let out = '';
  const py = await mod.loadPyodide({ stdout: (line: string) => { out += `${line}\n`; }, stderr: () => undefined });
  const version = String(py.runPython('import sys; sys.version.split()[0]'));
  // Compiled once per program, run in fresh globals (as the CPython harness does).
  py.runPython(`
_bench_codes = {}
def _bench_run(src):
    code = _bench_codes.get(src)
    if code is None:
        code = _bench_codes[src] = compile(src, '<source>', 'exec')
    exec(code, {'__name__': '__main__'})
`);
  const runner = py.globals.get('_bench_run') as (src: string) => void;
  return {
    version: `Pyodide ${mod.version} (CPython ${version}, WebAssembly)`,
    run(source) {
      out = '';
      runner(source);
      return out;
    },
  };
}

interface PyodideApi {
  runPython(code: string): unknown;
  globals: { get(name: string): unknown };
}

async function loadSkulpt(): Promise<PeerRun> {
  const path = resolveOrNull('skulpt');
  if (path === null) throw new Error('skulpt is not installed (npm install --save-dev skulpt)');
  const Sk = require(path) as SkulptApi;
  let out = '';
  Sk.configure({
    output: (text: string) => { out += text; },
    read: (file: string) => {
      const files = Sk.builtinFiles?.files;
      if (files === undefined || files[file] === undefined) throw new Error(`File not found: '${file}'`);
      return files[file];
    },
    __future__: Sk.python3,
    execLimit: null,
    yieldLimit: null,
  });
  return {
    version: `Skulpt ${(require('skulpt/package.json') as { version: string }).version}`,
    run(source) {
      out = '';
      // Skulpt compiles to JS on each import; it has no code-object reuse.
      Sk.importMainWithBody('<stdin>', false, source, false);
      return out;
    },
  };
}

interface SkulptApi {
  configure(options: object): void;
  importMainWithBody(name: string, dumpJs: boolean, body: string, canSuspend: boolean): unknown;
  builtinFiles?: { files: Record<string, string> };
  python3: unknown;
}

async function loadMicroPython(): Promise<PeerRun> {
  const path = resolveOrNull('@micropython/micropython-webassembly-pyscript/micropython.mjs');
  if (path === null) throw new Error('MicroPython is not installed (npm install --save-dev @micropython/micropython-webassembly-pyscript)');
  const mod = (await import(path)) as { loadMicroPython: (o: object) => Promise<MicroPythonApi> };
  let out = '';
  // stdout gets text chunks without their newline, one call per line written.
  const mp = await mod.loadMicroPython({ stdout: (line: string) => { out += `${line}\n`; }, heapsize: 256 * 1024 * 1024 });
  mp.runPython(`
import sys
_bench_codes = {}
def _bench_run(src):
    code = _bench_codes.get(src)
    if code is None:
        code = _bench_codes[src] = compile(src, '<source>', 'exec')
    exec(code, {'__name__': '__main__'})
`);
  const runner = mp.globals.get('_bench_run') as (src: string) => void;
  mp.runPython("_bench_version = '.'.join(str(x) for x in sys.implementation.version[:3])");
  const version = String(mp.globals.get('_bench_version'));
  return {
    version: `MicroPython ${version} (WebAssembly)`,
    run(source) {
      out = '';
      runner(source);
      return out;
    },
  };
}

interface MicroPythonApi {
  runPython(code: string): unknown;
  globals: { get(name: string): unknown };
}

const LOADERS: Record<string, () => Promise<PeerRun>> = {
  pyodide: loadPyodide,
  skulpt: loadSkulpt,
  micropython: loadMicroPython,
};

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function main(): Promise<void> {
  const [engine, budgetText, ...files] = process.argv.slice(2);
  const load = engine === undefined ? undefined : LOADERS[engine];
  if (load === undefined) throw new Error(`usage: peers.js pyodide|skulpt|micropython BUDGET FILE...`);
  const budgetMs = Number(budgetText) * 1000;
  const t0 = performance.now();
  let peer: PeerRun;
  try {
    peer = await load();
  } catch (error) {
    process.stdout.write(JSON.stringify({ available: false, reason: error instanceof Error ? error.message : String(error) }));
    return;
  }
  const loadMs = performance.now() - t0;
  const results: Record<string, ProgramResult> = {};
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const name = basename(file, '.py');
    let start = performance.now();
    let stdout: string;
    try {
      stdout = peer.run(source);
    } catch (error) {
      results[name] = { stdout: '', error: describeError(error), firstMs: NaN, timesMs: [] };
      continue;
    }
    const firstMs = performance.now() - start;
    const timesMs: number[] = [];
    let spent = 0;
    while (spent < budgetMs || timesMs.length < 3) {
      start = performance.now();
      peer.run(source);
      const dt = performance.now() - start;
      timesMs.push(dt);
      spent += dt;
    }
    results[name] = { stdout, firstMs, timesMs };
    process.stderr.write(`  ${engine} ${name}: ${median(timesMs).toFixed(1)} ms\n`);
  }
  process.stdout.write(JSON.stringify({ available: true, version: peer.version, loadMs, results }));
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.trim().split('\n').pop() ?? text).slice(0, 200);
}

await main();
