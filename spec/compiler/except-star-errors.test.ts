// The compile-time errors of except* blocks (break, continue and return may
// not leave one), with message and position exactly as CPython 3.12 reports
// them (compile.c's errors carry byte offsets): compile() in real CPython
// gives the expected SyntaxError fields.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compiler/index.js';
import { PySyntaxError } from '../../src/parser/syntax-error.js';
import { findPython } from '../../src/testing/python.js';

const CASES: readonly string[] = [
  'for x in y:\n    try:\n        pass\n    except* E:\n        break\n',
  'for x in y:\n    try:\n        pass\n    except* E as e:\n        continue\n',
  'def f():\n    try:\n        pass\n    except* E:\n        return 1\n',
  'def f():\n    try:\n        pass\n    except* E:\n        return\n',
  'def f():\n    try:\n        pass\n    except* E:\n        return g()\n',
  'def f():\n    try:\n        pass\n    except* E:\n        return (\n            1)\n',
  'for x in y:\n    try:\n        pass\n    except* E:\n        try:\n            pass\n        finally:\n            break\n',
  'while 1:\n    try:\n        pass\n    except* E:\n        with c:\n            continue\n',
  // compile.c reports UTF-8 byte columns, and line -1 for an artificial location (after a with).
  'for x in y:\n    try:\n        pass\n    except* E:\n        \u00e9 = "\u00e9\u00e9"; break\n',
  '\u00e9 = 1; return 5\n',
  // Allowed: a loop, function or class of its own inside the handler.
  'def f():\n    try:\n        pass\n    except* E:\n        for x in y:\n            break\n        def g(): return 2\n    finally:\n        return 3\n',
];

interface Reported { msg: string; lineno: number; offset: number; end_lineno: number | null; end_offset: number | null }

const PROBE = `
import json, sys
out = []
for src in json.load(sys.stdin):
    try:
        compile(src, '<source>', 'exec')
        out.append(None)
    except SyntaxError as e:
        out.append(dict(msg=e.msg, lineno=e.lineno, offset=e.offset, end_lineno=e.end_lineno, end_offset=e.end_offset))
print(json.dumps(out))
`;
const run = spawnSync(findPython(), ['-c', PROBE], { input: JSON.stringify(CASES), encoding: 'utf8' });
const expected = JSON.parse(run.stdout) as (Reported | null)[];

function ours(source: string): Reported | null {
  try {
    compile(source, '<source>');
    return null;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return { msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.endLineno, end_offset: e.endOffset };
  }
}

describe('except* compile-time errors equal CPython 3.12', () => {
  CASES.forEach((source, i) => {
    it(JSON.stringify(source), () => {
      expect(ours(source)).toEqual(expected[i]);
    });
  });
});
