// Python Tutor traces from CPython 3.12 (pytutor_oracle.py): the expected
// values of `--format pytutor`, and a canonical form for comparing two of
// them (object ids renumbered in order of reachability, addresses masked).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PyTutorTrace } from '../batch/schema.js';
import { maskAddresses } from './oracle.js';
import { findPython } from './python.js';

function scriptPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'pytutor_oracle.py'), join(here, '..', '..', '..', 'src', 'testing', 'pytutor_oracle.py')];
  const found = candidates.find((p) => existsSync(p));
  if (found === undefined) throw new Error(`pytutor_oracle.py not found; looked at ${candidates.join(', ')}`);
  return found;
}

/** CPython's Python Tutor document of each task, stopping after `maxSteps` line events. */
export function pytutorCPython(tasks: readonly { id: string; source: string }[], maxSteps: number): PyTutorTrace[] {
  const run = spawnSync(findPython(), [scriptPath(), String(maxSteps)], {
    cwd: tmpdir(),
    env: { ...process.env, PYTHONHASHSEED: '0' },
    input: tasks.map((t) => JSON.stringify(t) + '\n').join(''),
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`pytutor_oracle.py failed: ${run.stderr}`);
  return run.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { pytutor: PyTutorTrace }).pytutor);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The document with heap ids renumbered by first reachability (globals in
 * ordered_globals order, then each frame's locals in ordered_varnames order,
 * each REF followed into the heap before the next value), each entry's heap
 * keyed by the new ids in order, and addresses masked: two encoders that see
 * the same objects with the same aliasing give the same canonical document.
 */
export function canonicalPyTutor(doc: PyTutorTrace): Json {
  const ids = new Map<number, number>();
  const trace = doc.trace.map((raw) => {
    const entry = raw as { [key: string]: Json };
    const heap = (entry.heap ?? {}) as { [key: string]: Json };
    const newHeap = new Map<number, Json>();
    const visit = (v: Json): Json => {
      if (Array.isArray(v)) {
        if (v.length === 2 && v[0] === 'REF' && typeof v[1] === 'number') {
          const old = v[1];
          let id = ids.get(old);
          if (id === undefined) {
            id = ids.size + 1;
            ids.set(old, id);
          }
          if (!newHeap.has(id) && heap[String(old)] !== undefined) {
            newHeap.set(id, null);
            newHeap.set(id, visit(heap[String(old)]!));
          }
          return ['REF', id];
        }
        return v.map(visit);
      }
      if (typeof v === 'string') return maskAddresses(v);
      return v;
    };
    const globals = entry.globals as { [key: string]: Json };
    const newGlobals: { [key: string]: Json } = {};
    for (const k of entry.ordered_globals as string[]) newGlobals[k] = visit(globals[k]!);
    const frames = ((entry.stack_to_render ?? []) as { [key: string]: Json }[]).map((f) => {
      const locals = f.encoded_locals as { [key: string]: Json };
      const newLocals: { [key: string]: Json } = {};
      for (const k of f.ordered_varnames as string[]) newLocals[k] = visit(locals[k]!);
      return { ...f, encoded_locals: newLocals };
    });
    const sortedHeap: { [key: string]: Json } = {};
    for (const [k, v] of [...newHeap].sort((a, b) => a[0] - b[0])) sortedHeap[String(k)] = v;
    return { ...entry, globals: newGlobals, stack_to_render: frames, heap: sortedHeap, ...(typeof entry.stdout === 'string' ? { stdout: entry.stdout } : {}) };
  });
  return { code: doc.code, trace: trace as Json[] };
}
