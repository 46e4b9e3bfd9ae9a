// Objects a run starts with that are the same in every run (the builtins
// dict, sys.monitoring): built once and handed to each run as long as no run
// has changed them, which saves rebuilding ~200 objects per batch task. A run
// that changes one (`builtins.len = f`, `del sys.monitoring.DISABLE`) bumps
// a dict's counters, and the next run gets a fresh build. Identities are
// given afresh in each run, as if the objects were new (object.ts serialOf).
import { PyDict, type PyObject } from './object.js';

export class ReusedWhileUnchanged<T> {
  private value: T | null = null;
  private stamp: (PyDict | null | number)[] = [];

  /** `parts` lists every mutable object of the value: their dicts are watched. */
  constructor(private readonly build: () => T, private readonly parts: (value: T) => readonly PyObject[]) {}

  /** The value for a new run. */
  get(): T {
    let value = this.value;
    if (value === null || !sameStamp(this.stamp, stampOf(this.parts(value)))) {
      value = this.build();
      this.value = value;
      this.stamp = stampOf(this.parts(value));
    }
    return value;
  }
}

/** Each part's dict (identity and change counters), and the counters of a part that is a dict. */
function stampOf(parts: readonly PyObject[]): (PyDict | null | number)[] {
  const stamp: (PyDict | null | number)[] = [];
  for (const part of parts) {
    stamp.push(part.dict);
    if (part.dict !== null) stamp.push(part.dict.version, part.dict.rewrites);
    if (part instanceof PyDict) stamp.push(part.version, part.rewrites);
  }
  return stamp;
}

function sameStamp(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
