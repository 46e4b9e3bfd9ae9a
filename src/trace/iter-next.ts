// FOR_ITER while tracing. CPython 3.12 reports a StopIteration that ends a
// `for` loop as an `exception` event in the looping frame when the iterator
// actually raised it (a `__next__` that raises, a generator that returns a
// value other than None), not when it simply ran out (builtin iterators, a
// generator returning None).
import { PyException, PyFunction, type PyValue } from '../vm/object.js';
import type { Frame } from '../vm/frame.js';
import { None, typeOf } from '../vm/types.js';
import { callDescriptor, iterNext, stopIterationType } from '../vm/protocols.js';
import { Generator, resume } from '../vm/generator.js';
import { newException } from '../vm/errors.js';
import type { TraceHooks } from './hooks.js';

export function tracedIterNext(it: PyValue, frame: Frame, tracer: TraceHooks): PyValue | undefined {
  if (it instanceof Generator) {
    if (it.kind !== 'generator') return iterNext(it);
    const r = resume(it, None, null);
    if (!r.done) return r.value;
    if (r.value !== None) tracer.exception(frame, newException(stopIterationType(), [r.value]));
    return undefined;
  }
  const m = typeOf(it).lookup('__next__');
  // Only a __next__ written in Python raises; etpy's native iterators may use StopIteration internally.
  if (!(m instanceof PyFunction)) return iterNext(it);
  try {
    return callDescriptor(m, it, []);
  } catch (e) {
    if (e instanceof PyException && e.cls.isSubtypeOf(stopIterationType())) {
      tracer.exception(frame, e);
      return undefined;
    }
    throw e;
  }
}

/**
 * SEND (`yield from`, `await`) whose generator or coroutine finished: 3.12's
 * STOP_ITERATION event, an `exception` event in the delegating frame even
 * when the value is None.
 */
export function tracedSendDone(receiver: PyValue, value: PyValue, frame: Frame, tracer: TraceHooks): void {
  if (!(receiver instanceof Generator) || receiver.kind === 'async_generator') return;
  tracer.exception(frame, newException(stopIterationType(), value === None ? [] : [value]));
}
