// `--format pytutor`: etpy's Python Tutor document equals the one
// src/testing/pytutor_oracle.py makes from CPython 3.12 under sys.settrace
// (same encoding rules, object ids compared up to renumbering, addresses
// masked), for the per-rule trace programs and a sample of the corpus.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalPyTutor, pytutorCPython } from '../../src/testing/pytutor.js';
import { etpyPyTutor } from './format-helpers.js';
import { corpusTasks } from '../corpus.js';
// The per-rule programs whose event trace already differs (programs.test.ts).
const KNOWN_TRACE: Readonly<Record<string, string>> = {};

const MAX_STEPS = 300;
const DIR = new URL('./', import.meta.url);
const programs = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort()
  .map((f) => ({ id: f, source: readFileSync(new URL(f, DIR), 'utf8') }));
/** Every 12th corpus task (about 95). */
const sample = corpusTasks().filter((_, i) => i % 12 === 0);

/**
 * pytutor_oracle.py keeps alive every object it encoded that cannot be weakly referenced, and zip, map,
 * enumerate and itertools objects cannot: one that was a variable at an event (a generator expression's `.0`,
 * a global) outlives the program there, and so does the generator it holds, which CPython's run then never
 * closes. etpy closes it where CPython does without a recorder (the JSONL trace matches).
 */
const UNWEAKREFABLE_KEPT = 'pytutor_oracle.py keeps the zip, map, enumerate and itertools objects it encoded alive (they cannot be weakly referenced), so the generators they hold are never closed in its run; etpy closes them where CPython does without a recorder (the JSONL trace matches)';

/** Programs whose Python Tutor document differs from CPython's, with the reason. */
const KNOWN: Readonly<Record<string, string>> = {
  ...KNOWN_TRACE,
  'generator_close_frame_exit.py': "pytutor_oracle.py keeps the lists, dicts and tuples it has encoded alive (they cannot be weakly referenced, and a freed one's id() could be reused while the document still names it), so in CPython's run the generators held by `gens` and `d` are never freed; etpy frees and closes them as CPython does when nothing observes the program (the JSONL trace matches)",
  'generator_close_iterators.py': UNWEAKREFABLE_KEPT,
  'generator_close_star_unpack.py': UNWEAKREFABLE_KEPT,
  'generator_close_exception_freed.py': "under pytutor_oracle.py, CPython closes the generator a handled exception kept alive one event later than without a recorder (the JSONL traces, made without it, agree with etpy); the recorder seems to hold the exception until its next event, not yet confirmed",
  'recursion_error.py': "pytutor_oracle.py's trace function runs on the program's stack, so CPython's RecursionError comes at another depth (oracle_tracer.py compensates for that; this oracle does not)",
};

for (const [title, tasks] of [['trace programs', programs], ['corpus sample', sample]] as const) {
  const expected = pytutorCPython(tasks, MAX_STEPS);
  describe(`pytutor (${title}) matches CPython 3.12`, () => {
    tasks.forEach((task, i) => {
      const reason = KNOWN[task.id];
      it(reason === undefined ? task.id : `${task.id} (known difference: ${reason})`, () => {
        const got = canonicalPyTutor(etpyPyTutor(task.source, MAX_STEPS));
        const want = canonicalPyTutor(expected[i]!);
        if (reason !== undefined) {
          expect(JSON.stringify(got), `${task.id} now matches CPython: remove it from KNOWN`).not.toBe(JSON.stringify(want));
          return;
        }
        const diff = firstDifference(got, want, '');
        expect(diff, `first difference at ${diff?.path}`).toBeNull();
      });
    });
  });
}

/** The path of the first difference between two JSON values, with both values there; null when equal. */
function firstDifference(a: unknown, b: unknown, path: string): { path: string; etpy: unknown; cpython: unknown } | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d !== null) return d;
    }
  } else if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (JSON.stringify(ka) === JSON.stringify(kb)) {
      for (const k of ka) {
        const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
        if (d !== null) return d;
      }
    }
  }
  const cut = (v: unknown): unknown => { const t = JSON.stringify(v) ?? 'undefined'; return t.length > 300 ? t.slice(0, 300) + '…' : v; };
  return { path, etpy: cut(a), cpython: cut(b) };
}
