// Start-up: `etpy` spends most of its start loading ~160 ES modules (resolve,
// read, compile each). This bundles the CLI into one CommonJS file,
// dist/src/cli/etpy.cjs (esbuild: a bundler is what it is built for), which
// bin/etpy-loader.cjs compiles with a V8 code cache made here by running a
// warm-up program, so later starts skip both module loading and compilation.
// The ES modules in dist/ stay the library and the fallback.
import { buildSync } from 'esbuild';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/src/cli/etpy.cjs`;

buildSync({
  entryPoints: [`${root}dist/src/cli/main.js`],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Same directory as main.js, so URLs made from import.meta.url (the batch worker, package.json) still resolve.
  banner: { js: 'const __etpyModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__etpyModuleUrl' },
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'error',
});

// Node's builtins stay dynamic imports in the output; a script compiled by vm.Script cannot import().
const text = readFileSync(out, 'utf8').replace(/\bimport\("(node:[a-z_/]+)"\)/g, 'Promise.resolve(require("$1"))');
if (/\bimport\(/.test(text)) throw new Error('bundle: a dynamic import() is left in etpy.cjs');
writeFileSync(out, text);

// The code cache: compile and run a warm-up program once, then save what V8 compiled.
rmSync(`${out}.cache`, { force: true });
const warmUp = 'import re, collections\nclass A:\n    def f(self, x):\n        return [i * x for i in range(3)]\nprint(sorted({1: A().f(2)}.items()), re.sub("a", "b", "abc"), f"{1.5:.2f}")';
execFileSync(process.execPath, ['--stack-size=3900', `${root}bin/etpy-loader.cjs`, '--write-cache', '-c', warmUp], { stdio: ['ignore', 'ignore', 'inherit'] });
console.log(`bundle: ${out} (${(text.length / 1e6).toFixed(1)} MB) and its code cache`);
