// The text formats (scratchpad, compact, dynamic, cwm; src/trace/formats):
// - etpy's `--format F` output equals the same formatter applied to
//   CPython 3.12's events (oracle.py), addresses masked, for the per-rule
//   trace programs and a sample of the corpus, at line level and (per-rule
//   programs) at opcode level; the etpy-only lines (dynamic's `iterators:`,
//   opcode events' `stack:`) are left out of the comparison;
// - the golden files spec/trace/formats/NAME.FORMAT.txt are CPython's text
//   (ETPY_UPDATE_GOLDEN=1 rewrites them from CPython) and etpy's;
// - the README's worked examples are etpy's output for sum_loop.py;
// - dynamic's iterator positions agree with the loop variables CPython shows.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../src/batch/schema.js';
import { maskAddresses, runCPython } from '../../src/testing/oracle.js';
import { canonicalPyTutor, pytutorCPython } from '../../src/testing/pytutor.js';
import { formatEvents, type TextFormat } from '../../src/trace/formats/index.js';
import { corpusTasks } from '../corpus.js';
import { CORPUS_TRACE_KNOWN_DIFFERENCES } from './corpus-trace-known-differences.js';
import { etpyFormatted, etpyPyTutor } from './format-helpers.js';

const FORMATS: readonly TextFormat[] = ['scratchpad', 'compact', 'dynamic', 'cwm'];
const DIR = new URL('./', import.meta.url);
const GOLDEN = new URL('./formats/', import.meta.url);
const README = new URL('../../README.md', import.meta.url);

interface Task { readonly id: string; readonly source: string }
const programs: Task[] = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort()
  .map((f) => ({ id: f, source: readFileSync(new URL(f, DIR), 'utf8') }));
const sample: Task[] = corpusTasks().filter((_, i) => i % 12 === 5);
const KNOWN = new Set(Object.keys(CORPUS_TRACE_KNOWN_DIFFERENCES));
/** Opcode level only, with the reason; each must still differ. */
const KNOWN_AT_OPCODE: Readonly<Record<string, string>> = {
  'repr_cache_mutations.py': "the text formats' etpy-only stack lines repr the value stack, and Loud.__repr__ counts its calls, so later reprs differ",
};

const mask = (text: string): string =>
  maskAddresses(text).replace(/<module '([^'\\]*)' (?:from '[^']*'|\(built-in\))>/g, "<module '$1'>");
/** Lines only etpy can write (CPython's settrace sees no value stack). */
const withoutEtpyOnly = (text: string): string => text.split('\n').filter((l) => !/^\s*(iterators|stack): /.test(l)).join('\n');

function cpythonEvents(tasks: readonly Task[], level: 'line' | 'opcode', maxSteps: number): TraceEvent[][] {
  return runCPython(tasks.map((t) => ({ id: t.id, source: t.source })), { trace: level, state: 'full', maxSteps })
    .map((r) => r.trace ?? []);
}

const CASES: readonly [string, readonly Task[], 'line' | 'opcode', number][] = [
  ['trace programs, line', programs, 'line', 2000],
  ['corpus sample, line', sample, 'line', 2000],
  ['trace programs, opcode', programs, 'opcode', 300],
];

for (const [title, tasks, level, maxSteps] of CASES) {
  const expected = cpythonEvents(tasks, level, maxSteps);
  describe(`text formats (${title}): etpy's text is the formatter's text of CPython's events`, () => {
    tasks.forEach((task, i) => {
      if (KNOWN.has(task.id)) return;
      const reason = level === 'opcode' ? KNOWN_AT_OPCODE[task.id] : undefined;
      it(reason === undefined ? task.id : `${task.id} (known difference: ${reason})`, () => {
        const same = FORMATS.map((format) => {
          const got = mask(withoutEtpyOnly(etpyFormatted(task.source, format, level, maxSteps)));
          const want = mask(formatEvents(format, task.source, expected[i]!));
          if (reason === undefined) expect(got, `${format}`).toBe(want);
          return got === want;
        });
        if (reason !== undefined) expect(same.every(Boolean), `${task.id} now matches CPython: remove it from KNOWN_AT_OPCODE`).toBe(false);
      });
    });
  });
}

const goldenPrograms = readdirSync(GOLDEN).filter((f) => f.endsWith('.py')).sort();

describe('golden files (spec/trace/formats): CPython\'s text, and etpy\'s', () => {
  const tasks = goldenPrograms.map((f) => ({ id: f, source: readFileSync(new URL(f, GOLDEN), 'utf8') }));
  const events = cpythonEvents(tasks, 'line', 10_000);
  const tutor = pytutorCPython(tasks, 10_000);
  tasks.forEach((task, i) => {
    const stem = task.id.replace(/\.py$/, '');
    for (const format of FORMATS) {
      it(`${stem}.${format}.txt`, () => {
        const file = new URL(`${stem}.${format}.txt`, GOLDEN);
        const cpython = mask(formatEvents(format, task.source, events[i]!));
        if (process.env.ETPY_UPDATE_GOLDEN === '1') writeFileSync(file, cpython);
        const golden = readFileSync(file, 'utf8');
        expect(golden).toBe(cpython);
        expect(mask(withoutEtpyOnly(etpyFormatted(task.source, format, 'line', 10_000)))).toBe(golden);
      });
    }
    it(`${stem}.pytutor.json`, () => {
      const file = new URL(`${stem}.pytutor.json`, GOLDEN);
      const cpython = JSON.stringify(canonicalPyTutor(tutor[i]!), null, 1) + '\n';
      if (process.env.ETPY_UPDATE_GOLDEN === '1') writeFileSync(file, cpython);
      const golden = readFileSync(file, 'utf8');
      expect(golden).toBe(cpython);
      expect(JSON.stringify(canonicalPyTutor(etpyPyTutor(task.source, 10_000)), null, 1) + '\n').toBe(golden);
    });
  });
});

describe('README: the worked examples are etpy\'s output for spec/trace/formats/sum_loop.py', () => {
  const readme = readFileSync(README, 'utf8');
  const source = readFileSync(new URL('sum_loop.py', GOLDEN), 'utf8');
  it('shows the program', () => {
    expect(readme).toContain('```python\n' + source + '```');
  });
  for (const format of [...FORMATS, 'pytutor'] as const) {
    it(format, () => {
      const m = new RegExp(`<!-- trace-example: ${format} -->\\n\`\`\`text\\n([\\s\\S]*?)\`\`\``).exec(readme);
      expect(m, `README has a block marked <!-- trace-example: ${format} -->`).not.toBeNull();
      if (format === 'pytutor') {
        // One entry (the 4th) of etpy's document, as written.
        const block = m![1]!.trimEnd();
        expect(etpyFormatted(source, format, 'line', 10_000)).toContain(block);
        expect(JSON.parse(block)).toEqual(etpyPyTutor(source, 10_000).trace[3]);
        return;
      }
      const text = format === 'dynamic' ? etpyFormatted(source, format, 'line', 10_000, 4) : etpyFormatted(source, format, 'line', 10_000);
      expect(m![1]).toBe(text.endsWith('\n') ? text : `${text}\n`);
    });
  }
});

describe('dynamic: iterator positions', () => {
  const source = readFileSync(new URL('iterators.py', GOLDEN), 'utf8');
  it('match the loop variables of CPython\'s events (K items taken: the next item\'s index)', () => {
    const [events] = cpythonEvents([{ id: 'it', source }], 'line', 10_000);
    const states = etpyFormatted(source, 'dynamic', 'line', 10_000).split(/^=== state /m).slice(1);
    const xs = [10, 20, 30];
    let checked = 0;
    for (const ev of events!) {
      if (ev.event !== 'line' || ev.func !== 'f') continue;
      const state = states.find((s) => s.startsWith(`${ev.step}\n`));
      expect(state, `state ${ev.step}`).toBeDefined();
      const m = /\n {2}iterators: (.*)\n/.exec(state!.slice(state!.lastIndexOf('line f:')));
      const got = m === null ? [] : JSON.parse(m[1]!) as string[];
      const L = ev.locals;
      let want: string[] | null = null;
      if (ev.line === 6) want = [`iter(range(0, 2)) at ${Number(L.i) + 1}`, `iter([10, 20, 30]) at ${xs.indexOf(Number(L.x)) + 1}`];
      else if (ev.line === 8) want = [`iter({'a': 1, 'b': 2}) at ${['a', 'b'].indexOf(L.key!.slice(1, -1)) + 1}`];
      else if (ev.line === 10) want = [`iter('ab') at ${['a', 'b'].indexOf(L.c!.slice(1, -1)) + 1}`];
      else if (ev.line === 11) want = [];
      if (want === null) continue;
      expect(got, `line ${ev.line}, step ${ev.step}`).toEqual(want);
      checked++;
    }
    expect(checked).toBe(6 + 2 + 2 + 1);
  });
});
