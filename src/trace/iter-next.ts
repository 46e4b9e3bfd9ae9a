// FOR_ITER while tracing. CPython 3.12 reports a StopIteration that ends a
// `for` loop as an `exception` event in the looping frame when the iterator
// actually raised it (a `__next__` that raises, a generator that returns a
// value other than None), not when it simply ran out (builtin iterators, a
// generator returning None).
import { type KwArgs, PyException, PyFunction, type PyValue } from '../vm/object.js';
import { callValue } from '../vm/call.js';
import type { Frame } from '../vm/frame.js';
import { None, typeOf } from '../vm/types.js';
import { callDescriptor, iterNext, stopIterationType } from '../vm/protocols.js';
import { Generator, resume } from '../vm/generator.js';
import { dropTemporaries } from '../vm/release.js';
import { newException } from '../vm/errors.js';
import { interpState } from '../vm/state.js';
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
 * END_SEND after `yield from` / `await` of a generator or coroutine (3.12's
 * INSTRUMENTED_END_SEND): a STOP_ITERATION event, which settrace reports as
 * an `exception` event in the delegating frame, even when the value is None.
 */
export function tracedSendDone(receiver: PyValue, value: PyValue, frame: Frame, tracer: TraceHooks): void {
  if (!(receiver instanceof Generator) || receiver.kind === 'async_generator') return;
  tracer.exception(frame, newException(stopIterationType(), value === None ? [] : [value]));
}

/**
 * A call to native code while tracing: as untraced (dropTemporaries), and
 * also when the callee raises.
 */
export function tracedCall(callable: PyValue, args: PyValue[], kw: KwArgs | null, frame: Frame, liveSp: number): PyValue {
  let result: PyValue;
  try {
    const tracer = interpState.tracer;
    result = tracer?.nativeCall === undefined ? callValue(callable, args, kw) : tracer.nativeCall(frame, callable, () => callValue(callable, args, kw), args.length > 0 ? args[0] : kw?.values().next().value);
  } catch (e) {
    dropTemporaries(args, undefined, frame, liveSp);
    throw e;
  }
  dropTemporaries(args, result, frame, liveSp);
  return result;
}

/**
 * SEND whose iterator, not a generator, finished by raising StopIteration
 * from a `__next__` or `send` written in Python: 3.12's SEND reports it as a
 * RAISE event (an `exception` event in the delegating frame). Native
 * iterators just run out, with no event.
 */
export function tracedSendStop(receiver: PyValue, sent: PyValue, value: PyValue, frame: Frame, tracer: TraceHooks): void {
  if (receiver instanceof Generator) return;
  const m = typeOf(receiver).lookup(sent === None ? '__next__' : 'send');
  if (!(m instanceof PyFunction)) return;
  tracer.exception(frame, newException(stopIterationType(), value === None ? [] : [value]));
}
