// The hand-written parser (src/parser/fast-parse.ts) against CPython 3.12:
// wherever it answers, its tree is CPython's, positions and SyntaxWarnings
// included; wherever CPython rejects a program, it gives the program to the
// grammar (returns null) rather than accepting it. And it answers for nearly
// every corpus program, or the batch speed it exists for would be lost
// without any other test failing.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dump, PySyntaxError } from '../../src/parser/index.js';
import { layout } from '../../src/parser/layout.js';
import { fastParse } from '../../src/parser/fast-parse.js';
import { parseWithCPython } from '../../src/testing/cpython-parse.js';
import { runPythonJson } from '../../src/testing/python-json.js';
import { corpusTasks } from '../corpus.js';
import { MUST_FAIL, MUST_PARSE } from './cases.js';

/** The fast parser's answer: its dumps, null when it leaves the source to the grammar. */
function fast(source: string): { dump: string; positions: string; warnings: string[] } | null {
  let laid;
  try {
    laid = layout(source, '<s>');
  } catch (err) {
    if (err instanceof PySyntaxError) return null;  // the tokenizer's error, before any parser runs
    throw err;
  }
  const r = fastParse(laid, '<s>');
  if (r === null) return null;
  return { dump: dump(r.tree), positions: dump(r.tree, true), warnings: r.ctx.warnings.map((w) => `${w.lineno}: ${w.msg}`) };
}

const corpus = corpusTasks().map((t) => t.source);
const programsDir = new URL('../programs/', import.meta.url);
const programs = readdirSync(programsDir).filter((f) => f.endsWith('.py')).sort()
  .map((f) => readFileSync(new URL(f, programsDir), 'utf8'));
const cases = [...Object.values(MUST_PARSE).flat(), ...Object.values(MUST_FAIL).flat()];

/** f-strings CPython 3.12 accepts and rejects: nesting, conversions, debug text, escapes, PEP 701 quotes. */
const FSTRINGS = [
  "f'{x:{y:{z}}}'", "f'{x!r:>{w}} {y=} {z = !s:^10}'", 'f\'{a["k"]}\'', "f'{{}} {{{x}}}'", "f'\\N{BULLET} {x}'", "rf'\\N{x}'",
  "f'{x:=5}'", "f'{(x:=5)}'", "f'{lambda: 1}'", "f'{x!z}'", "f'{}'", "f'}'", "f'{x}}'", "f'{x:{{y}}}'", "f'{x:\\{}'",
  "f'a\\{x}'", "f'{x!r=}'", "f'{x=!r}'", "f'{x = }'", "f'{*a,}'", "f'{yield}'", "f'{x:%H:%M}'", "f'{x!r :>3}'", "f'{x! r}'",
  "f'{ x }'", "f'{x:}'", "f'{x:{y}.{z}f}'", "f'''{x\n}'''", "f'''{x # c\n + 1}'''", "f'{x#}'", "f'a' 'b' f'{c}' rb'd'", "f'{x}' b''", "F'{x}' Rf'{y}\\d' fR'\\{z}'",
  "f'''a\n{b!a}\n'''", "f'{f\"{x:{y}}\"}'", "f'{x:{y}!r}'", "f'{ {1: 2}[1] }'", "f'{x,y}'", "f'{x if y else z}'",
].map((e) => `print(${e})\n`);

/** Corpus programs with random edits (fragments that break programs where tokens meet): mostly invalid ones. */
const FRAGMENTS = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '==', '\n', '    ', '"', "'", '\\', '#', 'if ', 'else ', 'for ',
  ' in ', 'lambda', 'lambda x:', '*', '**', '.', '@', 'not ', ' is ', 'is not', '0x', '1_', '1if', ':=', '->', ';', '"""',
  'def ', 'return ', 'del ', 'global x', 'import ', 'from ', 'as ', 'yield', 'match', 'type ', 'b"', 'r"', '\\n', '1e', '.5',
  'f"{', "f'{x}", '{x!r}', '!r', '!z', ':>{w}', '{{', '}}', '=}', '\\N{BULLET}', 'yield from '];
const originals = [...corpus, ...programs];
const mutants = fc.sample(
  fc.tuple(fc.nat({ max: originals.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FRAGMENTS), fc.nat({ max: 4 })), { minLength: 1, maxLength: 3 }))
    .map(([i, edits]) => edits.reduce((s, [at, text, cut]) => {
      const k = at % (s.length + 1);
      return s.slice(0, k) + text + s.slice(k + cut);
    }, originals[i]!)),
  { numRuns: 3000, seed: 20261201 },
);

describe('fast parser', () => {
  const sources = [...corpus, ...programs, ...cases, ...FSTRINGS, ...mutants];
  const cpython = parseWithCPython(sources);

  it('gives CPython\'s tree wherever it answers, and leaves every program CPython rejects to the grammar', () => {
    const wrong: string[] = [];
    sources.forEach((source, i) => {
      const mine = fast(source);
      if (mine === null) return;
      const want = cpython[i]!;
      if (!('dump' in want)) wrong.push(`accepted a program CPython rejects (${want.error.type}: ${want.error.msg}):\n${source}`);
      else if (mine.dump !== want.dump || mine.positions !== want.positions) wrong.push(`tree differs:\n${source}`);
    });
    expect(wrong).toEqual([]);
  });

  it('answers for nearly every corpus program, and for valid mutants', () => {
    const answered = corpus.filter((s) => fast(s) !== null).length;
    expect(answered / corpus.length).toBeGreaterThan(0.99);
    // Some mutants stay valid programs; most of those should not need the grammar either.
    const valid = mutants.filter((_, i) => 'dump' in cpython[sources.length - mutants.length + i]!);
    expect(valid.length).toBeGreaterThan(100);
    expect(valid.filter((s) => fast(s) !== null).length / valid.length).toBeGreaterThan(0.9);
    // Every f-string CPython accepts.
    const fstringStart = corpus.length + programs.length + cases.length;
    const leftToGrammar = FSTRINGS.filter((s, i) => 'dump' in cpython[fstringStart + i]! && fast(s) === null);
    expect(leftToGrammar).toEqual([]);
  });

  it('reports the SyntaxWarnings CPython reports (invalid escape sequences)', () => {
    const withEscapes = ['x = "a\\d"\ny = b"\\q" + "ok"\n', 'def f():\n    return "\\w+" "\\s", \'\\n\'\n', 'z = r"\\d" + """\n\\(\n"""\n'];
    const want = runPythonJson<string[][]>(['-c', WARNINGS_PY], withEscapes);
    const mine = withEscapes.map((s) => fast(s));
    expect(mine.every((m) => m !== null)).toBe(true);
    expect(mine.map((m) => m!.warnings)).toEqual(want);
  });
});

/** CPython's SyntaxWarnings while compiling each source, as `line: message`. */
const WARNINGS_PY = `
import json, sys, warnings
out = []
for src in json.load(sys.stdin):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        compile(src, '<s>', 'exec')
    out.append([f'{w.lineno}: {w.message}' for w in caught if w.category is SyntaxWarning])
print(json.dumps(out))
`;
