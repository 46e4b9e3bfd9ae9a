// Start-up: `etpy` spends most of its start loading ~160 ES modules (resolve,
// read, compile each). This bundles the CLI into one CommonJS file,
// dist/src/cli/etpy.cjs (esbuild: a bundler is what it is built for), which
// bin/etpy-loader.cjs compiles with a V8 code cache made here by running a
// warm-up program, so later starts skip both module loading and compilation.
// The ES modules in dist/ stay the library and the fallback.
//
// The two big tables (the precompiled stdlib, 1.8 MB; the Unicode names,
// 0.4 MB) stay out of the bundle, in JSON files beside it read on first use:
// every start read, decoded and deserialized them with the bundle and its
// cache, and most programs need neither.
import { build } from 'esbuild';
import { readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/src/cli/etpy.cjs`;
const { BUNDLE_WRAPPER_START, BUNDLE_WRAPPER_END } = createRequire(import.meta.url)('../bin/etpy-loader.cjs');

/** Data modules (dist path → the accessor each exports): bundled as a reader of `<name>.json`, written beside the bundle. */
const DATA_MODULES = {
  'dist/src/vm/modules/precompiled-data.js': 'precompiledData',
  'dist/src/parser/unicode-names-data.js': 'unicodeNamesData',
};

const dataModulesApart = {
  name: 'data-modules-apart',
  setup(b) {
    b.onLoad({ filter: /-data\.js$/ }, async (args) => {
      const relative = args.path.slice(root.length).split('\\').join('/');
      const accessor = DATA_MODULES[relative];
      if (accessor === undefined) return undefined;
      const data = (await import(pathToFileURL(args.path).href))[accessor]();
      const jsonName = `${basename(args.path, '.js')}.json`;
      writeFileSync(join(dirname(out), jsonName), JSON.stringify(data));
      // __dirname is the bundle's directory (bin/etpy-loader.cjs passes it).
      const contents = `let data;\nexport function ${accessor}() {\n`
        + `  data ??= JSON.parse(require("node:fs").readFileSync(require("node:path").join(__dirname, ${JSON.stringify(jsonName)}), "utf8"));\n`
        + '  return data;\n}\n';
      return { contents, loader: 'js' };
    });
  },
};

// The Python sources etpy ships (vm/modules: each a function returning a
// template literal, ~0.4 MB in all) go to python-sources.json beside the
// bundle, read on the first import of one: every start read and decoded them
// with the bundle (~5 ms of `etpy -c pass`), and most programs import none.
const PYTHON_SOURCE = /\(\) => (String\.raw )?`(?:[^`\\$]|\\[\s\S]|\$(?!\{))*`/g;
const pythonSources = {};
const pythonSourcesApart = {
  name: 'python-sources-apart',
  setup(b) {
    b.onLoad({ filter: /[\\/]vm[\\/]modules[\\/][^\\/]+\.js$/ }, async (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!/Source = \(\) => /.test(text)) return undefined;
      const file = basename(args.path, '.js');
      let n = 0;
      const contents = text.replace(PYTHON_SOURCE, (literal) => {
        const key = `${file}/${n++}`;
        // Our own module's literal, evaluated as the module would: the text a later import gets.
        // eslint-disable-next-line no-new-func
        pythonSources[key] = new Function(`return ${literal.slice('() => '.length)};`)();
        return `() => __etpyPythonSource(${JSON.stringify(key)})`;
      });
      if (/Source = \(\) => (String\.raw )?`/.test(contents)) throw new Error(`bundle: ${args.path} has a Python source that could not be moved out`);
      return { contents, loader: 'js' };
    });
  },
};

await build({
  entryPoints: [`${root}dist/src/cli/main.js`],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Same directory as main.js, so URLs made from import.meta.url (the batch worker, package.json) still resolve.
  banner: {
    js: 'const __etpyModuleUrl = require("node:url").pathToFileURL(__filename).href;\n'
      + 'let __etpyPythonSources;\n'
      + 'function __etpyPythonSource(key) {\n'
      + '  __etpyPythonSources ??= JSON.parse(require("node:fs").readFileSync(require("node:path").join(__dirname, "python-sources.json"), "utf8"));\n'
      + '  return __etpyPythonSources[key];\n'
      + '}',
  },
  define: { 'import.meta.url': '__etpyModuleUrl' },
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: true,
  legalComments: 'none',
  logLevel: 'error',
  plugins: [dataModulesApart, pythonSourcesApart],
});
writeFileSync(join(dirname(out), 'python-sources.json'), JSON.stringify(pythonSources));
const shipped = (await import(pathToFileURL(`${root}dist/src/vm/interpreter.js`).href), await import(pathToFileURL(`${root}dist/src/vm/import.js`).href)).shippedPythonSources();
const moved = new Set(Object.values(pythonSources));
const left = shipped.filter(({ source }) => !moved.has(source)).map(({ filename }) => filename);
if (left.length > 0) throw new Error(`bundle: Python sources left in etpy.cjs: ${left.join(', ')}`);

// Node's builtins stay dynamic imports in the output; a script compiled by vm.Script cannot import().
const text = readFileSync(out, 'utf8').replace(/\bimport\("(node:[a-z_/]+)"\)/g, 'Promise.resolve(require("$1"))');
if (/\bimport\(/.test(text)) throw new Error('bundle: a dynamic import() is left in etpy.cjs');
// bin/etpy-loader.cjs reads the bundle as Latin-1 (no UTF-8 decoding): esbuild escapes non-ASCII characters by default.
if (/[^\x00-\x7f]/.test(text)) throw new Error('bundle: etpy.cjs is not ASCII');
// Written inside the function CommonJS wraps a module in (bin/etpy-loader.cjs
// compiles the file as it is): wrapping it at every start copied the whole text
// once more (~1 MB of fresh memory, a few ms on these machines).
writeFileSync(out, `${BUNDLE_WRAPPER_START}${text}${BUNDLE_WRAPPER_END}`);

// The code caches: compile and run a warm-up program once, then save what V8
// compiled. V8 accepts a cache only under the flags it was made with, so there
// is one per flag set (bin/etpy-loader.cjs): the shebang's (`etpy`) and none
// (`node bin/etpy`, as the tests and the benchmark start it). The warm-up is
// traced, so a batch worker finds the tracer compiled too.
for (const file of readdirSync(dirname(out))) {
  if (file.startsWith(basename(out)) && file.endsWith('.cache')) rmSync(join(dirname(out), file));
}
// No imports: the regex engine's and the stdlib's code in the cache made every
// start deserialize it (2.3 -> 2.2 MB, ~3 ms), and a program that imports re and
// collections starts no slower without them (210 ms either way, median of 11).
const warmUp = 'class A:\n    def f(self, x):\n        return [i * x for i in range(3)]\n'
  + 'print(sorted({1: A().f(2)}.items()), "abc".replace("a", "b"), f"{1.5:.2f}")\n';
const warmUpFile = join(tmpdir(), `etpy-warm-up-${process.pid}.py`);
const warmUpOutput = `${warmUpFile}.out`;
writeFileSync(warmUpFile, warmUp);
// `etpy batch` workers have a cache of their own (bin/etpy-loader.cjs), which
// a worker writes once it has run 64 tasks (src/cli/batch-worker.ts
// WARM_TASKS): twice that many small tasks of the usual kinds, each different.
const batchWarmUp = Array.from({ length: 128 }, (_, i) => `${JSON.stringify({
  id: i,
  source: `def f(xs, s):\n    out = {}\n    for i, x in enumerate(xs):\n        if x % 2 == 0 and str(x) not in s:\n`
    + `            out[s[i % len(s)]] = out.get(x, 0) + x * ${i}\n    try:\n`
    + `        return sorted(out.items()), s.upper().split('A'), [c for c in s if c.isalpha()][::-1], f"{len(s):03d}"\n`
    + `    except (KeyError, ValueError) as e:\n        return repr(e)\n`,
  expr: `f([${i}, 2, 3, 4, 10], 'banana ${i}')`,
})}\n`).join('');
try {
  for (const flags of [['--stack-size=3900'], []]) {
    execFileSync(process.execPath, [...flags, `${root}bin/etpy-loader.cjs`, '--write-cache', 'trace', warmUpFile, '--stdout', warmUpOutput], { stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync(process.execPath, [...flags, `${root}bin/etpy`, 'batch', '--trace', 'line', '--jobs', '1'], { input: batchWarmUp, stdio: ['pipe', 'ignore', 'inherit'] });
  }
} finally {
  rmSync(warmUpFile, { force: true });
  rmSync(warmUpOutput, { force: true });
}
console.log(`bundle: ${out} (${(text.length / 1e6).toFixed(1)} MB), its data files and code caches`);