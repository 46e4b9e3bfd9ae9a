// The position of the iterators on a frame's value stack, for the dynamic
// format (E.T.: "the position of every active iterator"). CPython's settrace
// cannot see the value stack, so this is etpy-only.
//
// A `for` loop keeps its iterator on the value stack while its body runs.
// Positions are written as:
//   iter(OBJ) at K           list, tuple, str, range and dict (keys) iterators
//   iter(OBJ.values()) at K  iter(OBJ.items()) at K  dict views' iterators
//   reversed(OBJ) at K       reversed(list)
//   REPR at line N           a generator, suspended at line N
//   REPR                     any other iterator (enumerate, zip, map, a class with __next__)
// where OBJ is the iterated object's repr (cut by --max-repr) and K the number
// of items the iterator has given (so the index of the next one).
import { PyNativeIterator, type IteratorProgress, type PyValue } from '../../vm/object.js';
import type { Frame } from '../../vm/frame.js';
import { Generator } from '../../vm/generator.js';
import { typeOf } from '../../vm/types.js';

/** An iterator a frame is looping over (on its value stack), and how far it got. */
export interface ActiveIterator {
  readonly iterator: PyValue;
  /** For list, tuple, str, range and dict iterators: what it walks and how many items it gave (the next one's index). */
  readonly progress?: IteratorProgress;
  /** For a generator: the line it is suspended at. */
  readonly line?: number;
}

/** The iterators on a frame's value stack, bottom (outermost loop) first. */
export function activeIterators(stack: readonly PyValue[], sp: number): ActiveIterator[] {
  const out: ActiveIterator[] = [];
  for (let i = 0; i < sp && i < stack.length; i++) {
    const v = stack[i];
    if (v === undefined || v === null || typeof v !== 'object') continue;
    if (v instanceof PyNativeIterator && v.progress !== null) {
      out.push({ iterator: v, progress: v.progress() });
    } else if (v instanceof Generator) {
      const line = lineOf(v.frame);
      out.push(line === null ? { iterator: v } : { iterator: v, line });
    } else if (typeOf(v).lookup('__next__') !== undefined) {
      out.push({ iterator: v });
    }
  }
  return out;
}

export function describeIterators(
  stack: readonly PyValue[], sp: number, reprOf: (v: PyValue) => string,
): string[] {
  return activeIterators(stack, sp).map(({ iterator, progress: p, line }) => {
    if (p !== undefined) {
      const of = reprOf(p.of);
      const what = p.view === undefined || p.view === 'keys' ? `iter(${of})`
        : p.view === 'reversed' ? `reversed(${of})` : `iter(${of}.${p.view}())`;
      return `${what} at ${p.taken}`;
    }
    return line === undefined ? reprOf(iterator) : `${reprOf(iterator)} at line ${line}`;
  });
}

function lineOf(frame: Frame): number | null {
  if (frame.lasti < 0) return null;
  const line = frame.info.lines[frame.lasti] ?? -1;
  return line < 0 ? null : line;
}
