// `from __future__ import annotations` (PEP 563) against CPython 3.12: the
// annotation strings come from ast-unparse.ts, which must write exactly what
// Python/ast_unparse.c writes. Compared as `dis` text (the strings are
// constants) over the standard-library modules that use the future import and
// over random annotation expressions (fast-check, fixed seed) whose every
// subexpression is parenthesized, so the unparser alone decides which
// parentheses stay. (Inside f-string fields too: a `{` or `:` there would
// change how CPython's tokenizer reads the field.)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCPython } from '../../src/testing/oracle.js';
import { findPython } from '../../src/testing/python.js';
import { firstDisDifference, ourDis } from './dis-compare.js';

const stdlib = execFileSync(findPython(), ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
/** Every stdlib module (packages and tests included) with the future import; grep'd from 3.12.1. */
const STDLIB_FILES = [
  'inspect.py', 'tomllib/_parser.py', 'tomllib/_re.py',
  'test/test_dataclasses/dataclass_module_1.py', 'test/test_dataclasses/dataclass_module_1_str.py',
  'test/test_dataclasses/dataclass_module_2.py', 'test/test_dataclasses/dataclass_module_2_str.py',
  'test/test_dataclasses/dataclass_textanno.py', 'test/test_future_stmt/test_future.py',
  'test/test_inspect/inspect_stringized_annotations.py', 'test/test_inspect/inspect_stringized_annotations_2.py',
  'test/test_zoneinfo/data/update_test_data.py', 'test/test_zoneinfo/test_zoneinfo.py',
  'test/typinganndata/_typed_dict_helper.py', 'test/typinganndata/ann_module5.py',
  'test/typinganndata/ann_module6.py', 'test/typinganndata/ann_module7.py',
];

const name = fc.constantFrom('a', 'b', 'int', 'T', 'typing');
const constant = fc.constantFrom(
  '0', '1', '10 ** 100', '0x1f', '1.5', '1e309', '1e-400', '2.5e-7', '1e16', '1j', '2.5j', '1e309j',
  'True', 'None', '...', '"s"', "'it\\'s'", '"q\\"uote"', 'u"u"', 'r"\\d"', 'b"\\xff"', '"\\n\\x00\\u00e9"',
);
const binop = fc.constantFrom('+', '-', '*', '/', '//', '%', '@', '**', '<<', '>>', '&', '^', '|');
const cmpop = fc.constantFrom('<', '<=', '==', '!=', '>', '>=', 'is', 'is not', 'in', 'not in');
const unary = fc.constantFrom('-', '+', '~', 'not ');
const fconv = fc.constantFrom('', '!r', '!s', '!a');

/** Annotation expressions, every compound part in parentheses. */
const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => {
  const e = tie('e');
  const list = fc.array(e, { minLength: 0, maxLength: 3 });
  return {
    e: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      name, constant,
      fc.tuple(e, binop, e).map(([x, op, y]) => `(${x} ${op} ${y})`),
      fc.tuple(e, cmpop, e).map(([x, op, y]) => `(${x} ${op} ${y})`),
      fc.tuple(e, fc.constantFrom('and', 'or'), e).map(([x, op, y]) => `(${x} ${op} ${y})`),
      fc.tuple(unary, e).map(([op, x]) => `(${op}${x})`),
      fc.tuple(e, e, e).map(([x, y, z]) => `(${x} if ${y} else ${z})`),
      fc.tuple(e, fc.constantFrom('attr', 'real')).map(([x, at]) => `(${x}).${at}`),
      fc.tuple(e, list).map(([x, ys]) => `(${x})[${ys.length ? ys.join(', ') : '()'}]`),
      fc.tuple(e, e).map(([x, y]) => `(${x})[${y}:${x}:${y}]`),
      fc.tuple(e, list, e).map(([f, xs, k]) => `(${f})(${[...xs, `k=${k}`, `*${k}`, `**${k}`].join(', ')})`),
      list.map((xs) => `(${xs.join(', ')}${xs.length === 1 ? ',' : ''})`),
      list.map((xs) => `[${xs.map((x, i) => (i === 1 ? `*${x}` : x)).join(', ')}]`),
      fc.tuple(e, list).map(([x, xs]) => `{${[x, ...xs].join(', ')}}`),
      fc.tuple(e, e).map(([k, v]) => `{${k}: ${v}, **${v}}`),
      fc.tuple(e, e, e).map(([x, it, c]) => `[${x} for a in ${it} if ${c}]`),
      fc.tuple(e, e).map(([x, it]) => `{${x}: ${x} for a, b in ${it}}`),
      fc.tuple(e, e).map(([x, it]) => `sum(${x} for a in ${it})`),
      fc.tuple(e, e).map(([x, d]) => `(lambda a, /, b=${d}, *c, k=${d}, **kw: ${x})`),
      fc.tuple(e, fconv, e).map(([x, conv, w]) => `f"<{(${x})${conv}:>{(${w})}}{{}}>"`),
      // No backslash in a `=` field: CPython 3.12's parser decodes escapes in
      // the debug text and etpy's parser does not yet (an AST difference, not an unparser one).
      e.filter((x) => !x.includes('\\')).map((x) => `f'{(${x})=}'`),
    ),
  };
}).e;

const generated = fc.sample(expr, { seed: 563, numRuns: 600 });
/** Programs of 50 annotations each: module AnnAssign, parameters and return. */
const programs: string[] = [];
for (let i = 0; i < generated.length; i += 50) {
  const chunk = generated.slice(i, i + 50);
  const lines = chunk.map((g, j) => (j % 2 ? `x${j}: ${g}` : `def f${j}(p: ${g}) -> ${g}: pass`));
  programs.push(`from __future__ import annotations\n${lines.join('\n')}\n`);
}
const stdlibSources = STDLIB_FILES.map((f) => readFileSync(join(stdlib, f), 'utf8'));
const all = [...stdlibSources, ...programs];
const expected = runCPython(all.map((source, i) => ({ id: i, source, mode: 'dis' as const })));

describe('from __future__ import annotations equals CPython 3.12', () => {
  STDLIB_FILES.forEach((file, i) => {
    it(file, () => {
      expect(firstDisDifference(ourDis(stdlibSources[i]!), expected[i]!.dis ?? `(no dis: ${expected[i]!.error})`)).toBeNull();
    });
  });
  programs.forEach((source, i) => {
    it(`random annotations #${i}`, () => {
      const want = expected[STDLIB_FILES.length + i]!;
      expect(want.dis, `CPython refused the generated program: ${JSON.stringify(want.error)}`).toBeDefined();
      expect(firstDisDifference(ourDis(source), want.dis!)).toBeNull();
    });
  });
});
