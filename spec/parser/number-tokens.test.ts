// Where a number token ends, as CPython 3.12's tokenizer decides it: the
// SyntaxWarning for a number run into a keyword (`1if x else 2`), the errors
// for a bad digit or a name run into a number, and their columns. Each source
// is compiled by CPython and by etpy; warnings (message, line, in order) and
// the error (type, message, line, columns) must be the same.
import { describe, expect, it } from 'vitest';
import { compile, compileWarnings } from '../../src/compiler/index.js';
import { PySyntaxError } from '../../src/parser/index.js';
import { runPythonJson } from '../../src/testing/python-json.js';

const SOURCES = [
  // A keyword right after a number: a warning, and the number ends there.
  'print(1is 1)\n', 'x = 1if 1else 2\n', 'x = [y for y in[1]if 0x1for z in[2]]\n', 'x = 0o7and 1\n', 'x = 0b1or 2\n',
  'x = 1.5or 2\n', 'x = 1_0in[10]\n', 'x = 1jif 1 else 2\n', 'x = 1e5if 1 else 2\n', 'x = 1.if 1 else 2\n',
  'x = 1not in[2]\n', 'x = 1 if 1else 2\nx = 2if 1 else 3\n', 'x = "\\q" if 1else 2\n', 'x = 1if "\\q" else 2\n',
  'x = 0if 1 else 2\n', 'x = 00if 1 else 2\n', 'x = 1else\n', 'x = 1andy\n', 'x = 1ifx\n', 'x = 1isnt\n', 'x = 1ore\n',
  'x = 1iff\n', 'x = (1else)\n', 'print(1if)\n', 'x = [1for]\n', 'x = 1in\n', 'x = 2 + 1notx\n',
  // A name character right after a number: an error at the number's last character.
  'x = 1abc\n', 'x = 0x1g\n', 'x = 1.5e\n', 'x = 1.5ex\n', 'x = 1e+\n', 'x = 1e-x\n', 'x = 1_\n', 'x = 1__0\n', 'x = 0x\n',
  'x = 0x_\n', 'x = 0o\n', 'x = 0o8\n', 'x = 0o18\n', 'x = 0o1_9\n', 'x = 0b\n', 'x = 0b2\n', 'x = 0b12\n', 'x = 0b1a\n',
  'x = 0_a\n', 'x = 0_\n', 'x = 5jx\n', 'x = 1.5_\n', 'x = 1e5_\n', 'x = 1é\n', 'x = 0x1é\n', 'y = 2\nx = 12_3z\n',
  // Leading zeros: the range from the token's start to just past the first other digit.
  'x = 01\n', 'x = 00_1\n', 'x = 0_0_7\n', 'x = 007abc\n', 'x = 000.5\n', 'x = 00e1\n', 'x = 00j\n', 'x = 0_0\n',
];

const PROBE = String.raw`
import json, sys, warnings
out = []
for src in json.load(sys.stdin):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        error = None
        try:
            compile(src, '<unknown>', 'exec')
        except SyntaxError as e:
            error = {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                     'endLineno': e.end_lineno, 'endOffset': e.end_offset}
    out.append({'warnings': [[str(w.message), w.lineno] for w in caught if w.category is SyntaxWarning], 'error': error})
json.dump(out, sys.stdout)
`;

type Outcome = {
  warnings: [string, number][];
  error: { type: string; msg: string; lineno: number; offset: number; endLineno: number; endOffset: number } | null;
};

function etpy(source: string): Outcome {
  try {
    const code = compile(source, '<unknown>');
    return { warnings: compileWarnings(code).map((w) => [w.msg, w.lineno]), error: null };
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    // A SyntaxError ends the compile: CPython's warnings before it are not compared (etpy reports none).
    return {
      warnings: [],
      error: { type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset, endLineno: e.endLineno, endOffset: e.endOffset },
    };
  }
}

/** Sources whose outcome still differs from CPython's, with the reason; each is checked to still differ, so the list only shrinks. */
const KNOWN_DIFFERENCES: Record<string, string> = {};

describe('number tokens end where CPython 3.12 ends them', () => {
  const cpython = runPythonJson<Outcome[]>(['-c', PROBE], SOURCES);
  SOURCES.forEach((source, i) => {
    const known = KNOWN_DIFFERENCES[source];
    it(`${JSON.stringify(source)}${known === undefined ? '' : ' (known difference)'}`, () => {
      const want = cpython[i]!;
      const expected = want.error === null ? want : { warnings: [], error: want.error };
      if (known === undefined) expect(etpy(source)).toEqual(expected);
      else expect(etpy(source), `fixed? remove it from KNOWN_DIFFERENCES: ${known}`).not.toEqual(expected);
    });
  });
});
