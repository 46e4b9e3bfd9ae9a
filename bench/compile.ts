// Compile benchmark: etpy's parse and parse+compile against CPython 3.12's
// ast.parse and compile() on the shared corpus, in the same run. The issue's
// measure is that compiling is a small fraction of parsing, in etpy as in
// CPython. Prints a markdown table on stdout.
//
//   npm run build && npm run bench:compile [-- --rounds N]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '../src/parser/index.js';
import { compile } from '../src/compiler/index.js';
import { findPython } from '../src/testing/python.js';

// This file runs as dist/bench/compile.js.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CORPUS_DIR = join(ROOT, '..', 'shared', 'corpus');

function rounds(): number {
  const index = process.argv.indexOf('--rounds');
  const value = index >= 0 ? Number(process.argv[index + 1]) : 5;
  if (!Number.isInteger(value) || value < 1) throw new Error('--rounds needs a positive integer');
  return value;
}

function loadSources(): string[] {
  return readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.tasks.jsonl')).sort()
    .flatMap((name) => readFileSync(join(CORPUS_DIR, name), 'utf8').split('\n').filter((l) => l.trim() !== ''))
    .map((line) => (JSON.parse(line) as { source: string }).source);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timed(n: number, work: (source: string) => unknown, sources: readonly string[]): number[] {
  work(sources[0]!); // warm-up of the code paths
  const passes: number[] = [];
  for (let round = 0; round < n; round++) {
    const start = process.hrtime.bigint();
    for (const source of sources) work(source);
    passes.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return passes;
}

function main(): void {
  const n = rounds();
  // Every corpus program compiles (spec/compiler/dis-corpus.test.ts); a failure here is a bug worth stopping for.
  const sources = loadSources();
  for (const source of sources) compile(source);
  const etpyParse = median(timed(n, parse, sources));
  const etpyCompile = median(timed(n, compile, sources));
  const run = spawnSync(findPython(), [join(ROOT, 'bench', 'compile_cpython.py'), String(n)], {
    input: JSON.stringify(sources), encoding: 'utf8', maxBuffer: 1 << 26,
  });
  if (run.status !== 0) throw new Error(`compile_cpython.py failed: ${run.stderr || run.error?.message}`);
  const cpython = JSON.parse(run.stdout) as { version: string; parse: number[]; compile: number[] };
  const cpyParse = median(cpython.parse) * 1000;
  const cpyCompile = median(cpython.compile) * 1000;
  const ms = (x: number): string => `${Math.round(x).toLocaleString('en-US')} ms`;
  const lines = [
    `Corpus: ${sources.length} programs; median of ${n} passes; CPython ${cpython.version}.`,
    '',
    '| measure | etpy | CPython | ratio |',
    '| --- | ---: | ---: | ---: |',
    `| parse | ${ms(etpyParse)} | ${ms(cpyParse)} | ${(etpyParse / cpyParse).toFixed(1)}× |`,
    `| parse + compile | ${ms(etpyCompile)} | ${ms(cpyCompile)} | ${(etpyCompile / cpyCompile).toFixed(1)}× |`,
    `| compile alone (difference) | ${ms(etpyCompile - etpyParse)} | ${ms(cpyCompile - cpyParse)} | ${((etpyCompile - etpyParse) / (cpyCompile - cpyParse)).toFixed(1)}× |`,
    `| compile as a share of parse | ${Math.round(100 * (etpyCompile - etpyParse) / etpyParse)}% | ${Math.round(100 * (cpyCompile - cpyParse) / cpyParse)}% | |`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
