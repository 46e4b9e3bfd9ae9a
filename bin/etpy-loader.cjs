// Loads the bundled CLI (dist/src/cli/etpy.cjs, made by scripts/bundle.mjs)
// with its V8 code cache, and runs it; in a worker thread (`etpy batch` starts
// its workers here) it serves batch tasks instead. The cache is tied to this V8 version:
// when V8 rejects it, the CLI still runs (compiling as usual) and a new
// cache is written if the directory is writable: at exit, or by an
// `etpy batch` worker once warm. Run directly with --write-cache (the build
// does) to make the cache after running a program.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
// node:worker_threads is loaded only where a thread must be told apart: it
// brings Node's streams along (~1 MB of RSS, a few ms) for every start.
const isMainThread = () => require('node:worker_threads').isMainThread;

const bundle = path.join(__dirname, '..', 'dist', 'src', 'cli', 'etpy.cjs');
// V8 accepts a code cache only under the flags it was made with: one file per
// set of flags, so that `etpy` (the shebang's --stack-size) and `node bin/etpy`
// do not replace each other's cache at every start. `etpy batch` workers set
// a V8 flag of their own (src/cli/batch.ts), so they have theirs, made by a
// warm worker, which also holds what running tasks compiles.
const flagsTag = process.execArgv.join(' ').replace(/[^A-Za-z0-9=.-]+/g, '_').slice(0, 80);
const cacheFileOf = (batchWorker) => `${bundle}${flagsTag === '' ? '' : `.${flagsTag}`}${batchWorker ? '.batch-worker' : ''}.cache`;
const entry = path.join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
// Module.wrap's text (without loading node:module, ~1 ms of a start, for it).
const BUNDLE_WRAPPER_START = '(function (exports, require, module, __filename, __dirname) { ';
const BUNDLE_WRAPPER_END = '\n});';

/** The bundled CLI's exports, or null when there is no bundle or `tsc` rebuilt dist/ after it (stale). */
function load(batchWorker = false) {
  const cacheFile = cacheFileOf(batchWorker);
  let source;
  try {
    if (fs.statSync(entry).mtimeMs > fs.statSync(bundle).mtimeMs) return null;
    // The bundle is ASCII (scripts/bundle.mjs checks): read as Latin-1, it skips UTF-8 decoding (~3 ms of a start).
    source = fs.readFileSync(bundle, 'latin1');
  } catch {
    return null;
  }
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // The bundle is written inside Module.wrap's function (scripts/bundle.mjs), so it compiles as read.
  if (!source.startsWith(BUNDLE_WRAPPER_START) || !source.endsWith(BUNDLE_WRAPPER_END)) return null;
  const script = new vm.Script(source, { filename: bundle, cachedData });
  const mod = { exports: {} };
  script.runInThisContext().call(mod.exports, mod.exports, require, mod, bundle, path.dirname(bundle));
  const writeCache = process.argv[2] === '--write-cache';
  if (writeCache) process.argv.splice(2, 1);
  if (writeCache || cachedData === undefined || script.cachedDataRejected) toCache = { script, file: cacheFile };
  // `etpy batch`'s main thread writes no cache at exit: it never runs a task,
  // and it has changed V8's flags. Its workers write theirs once warm.
  if (toCache !== null && !batchWorker && (writeCache || process.argv[2] !== 'batch')) process.on('exit', writeCodeCache);
  return mod.exports;
}

/** Set by load() when this start found no code cache V8 accepts (or was asked to write one): the script to make it from, and where. */
let toCache = null;

/**
 * Writes the code cache of the functions compiled so far, once, when load()
 * found none V8 accepts. Another etpy may be reading the file, or a second
 * batch worker writing it: the new file takes the old one's name in one step.
 */
function writeCodeCache() {
  if (toCache === null) return;
  const { script, file } = toCache;
  toCache = null;
  const temporary = `${file}.${process.pid}-${require('node:worker_threads').threadId}.tmp`;
  try {
    fs.writeFileSync(temporary, script.createCachedData());
    fs.renameSync(temporary, file);
  } catch {
    // A read-only install: run without a cache.
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // Nothing was written.
    }
  }
}

/** A batch worker thread's start: the bundle when there is one, else the ES modules. */
function serveBatchWorker() {
  // The V8 flags the batch asks for (PoolWorkerData in src/cli/batch-pool.ts):
  // set only now, as Node starts a worker quicker under the defaults, and
  // before the bundle, whose code cache V8 accepts only under them.
  const { v8Flags } = require('node:worker_threads').workerData;
  if (typeof v8Flags === 'string' && v8Flags !== '') require('node:v8').setFlagsFromString(v8Flags);
  const cli = load(true);
  if (cli !== null) void cli.serveBatchWorker(writeCodeCache);
  else import('../dist/src/cli/batch-worker.js').then((worker) => worker.serveBatchWorker());
}

module.exports = { load, BUNDLE_WRAPPER_START, BUNDLE_WRAPPER_END };
if (require.main === module) {
  if (isMainThread()) load().runFromCommandLine();
  else serveBatchWorker();
}
