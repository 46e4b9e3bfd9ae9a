// Python's traceback objects (`exc.__traceback__`, the third argument of
// `__exit__`, `sys.exc_info()[2]`). The VM records a traceback as entries
// (traceback.ts, innermost first, one pushed per frame the exception leaves);
// the objects are made from them on first request and kept on the exception,
// so the same entry is the same object every time, and, as in CPython, the
// head made when an outer frame adds its entry links to the inner ones made
// before: tb_next runs from the outermost frame to where it was raised.
import { PyException, PyObject, type PyValue, type TracebackEntry } from './object.js';
import { None, builtinType, objectType } from './types.js';
import { defGetSet } from './call.js';
import { pyErr, typeError } from './errors.js';
import { typeName } from './protocols.js';
import { frameObjectOf } from './frame-object.js';
import type { Frame } from './frame.js';
import { tracebackObjects } from './traceback.js';

export const tracebackType = builtinType('traceback', objectType, { subclassable: false });

export class PyTraceback extends PyObject {
  /** Holds Python values a generator-release walk cannot list (release.ts). */
  get holdsUnlistedValues(): boolean {
    return true;
  }

  constructor(readonly entry: TracebackEntry, public next: PyTraceback | null) {
    super(tracebackType);
  }
}

/** The objects made so far for each exception's entries, in the entries' order. */
const made = new WeakMap<PyException, PyTraceback[]>();

/** exc.__traceback__: the outermost entry's object, or None. */
export function tracebackOf(exc: PyException): PyValue {
  const entries = exc.traceback;
  if (entries.length === 0) return None;
  let objects = made.get(exc);
  // Entries replaced (with_traceback, a new raise of a cleared exception): start again.
  if (objects === undefined || objects.length > entries.length || objects.some((o, i) => o.entry !== entries[i])) {
    objects = [];
    made.set(exc, objects);
  }
  for (let i = objects.length; i < entries.length; i++) objects.push(new PyTraceback(entries[i]!, objects[i - 1] ?? null));
  return objects[objects.length - 1]!;
}

/** exc.with_traceback(tb) and `exc.__traceback__ = tb`: the chain from `tb` becomes the exception's entries. */
export function setTraceback(exc: PyException, tb: PyValue): void {
  if (tb === None) {
    exc.traceback = [];
    made.delete(exc);
    return;
  }
  if (!(tb instanceof PyTraceback)) throw typeError('__traceback__ must be a traceback or None');
  const objects: PyTraceback[] = [];
  for (let t: PyTraceback | null = tb; t !== null; t = t.next) objects.push(t);
  objects.reverse();
  exc.traceback = objects.map((o) => o.entry);
  made.set(exc, objects);
}

function tb(self: PyValue): PyTraceback {
  if (self instanceof PyTraceback) return self;
  throw typeError(`descriptor requires a 'traceback' object but received '${typeName(self)}'`);
}

defGetSet(tracebackType, 'tb_next', (self) => tb(self).next ?? None, (self, v) => {
  const t = tb(self);
  if (v === undefined) throw typeError("can't delete tb_next attribute");
  let next: PyTraceback | null = null;
  if (v instanceof PyTraceback) next = v;
  else if (v !== None) throw typeError(`expected traceback object, got '${typeName(v)}'`);
  for (let c = next; c !== null; c = c.next) {
    if (c === t) throw pyErr('ValueError', 'traceback loop detected');
  }
  t.next = next;
});
defGetSet(tracebackType, 'tb_frame', (self) => {
  const frame = tb(self).entry.frame;
  return frame === undefined ? None : frameObjectOf(frame as Frame);
});
defGetSet(tracebackType, 'tb_lineno', (self) => tb(self).entry.lineno);
defGetSet(tracebackType, 'tb_lasti', (self) => (tb(self).entry.lasti ?? -1) * 2);

tracebackObjects.of = tracebackOf;
