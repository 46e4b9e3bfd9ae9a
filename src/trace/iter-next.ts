// FOR_ITER while tracing. CPython 3.12 reports a StopIteration that ends a
// `for` loop as an `exception` event in the looping frame when the iterator
// actually raised it (a `__next__` that raises, a generator that returns a
// value other than None), not when it simply ran out (builtin iterators, a
// generator returning None).
import {
  DELETED, type KwArgs, PyBuiltin, PyCell, PyClassMethod, PyDict, PyIteratorObject,
  PyException, PyFunction, PyList, PyMethod, PyNativeIterator,
  PyObject, PyProperty, PySet, PyStaticMethod, PyTuple, type PyValue,
} from '../vm/object.js';
import { callValue } from '../vm/call.js';

import type { Frame } from '../vm/frame.js';
import { None, typeOf } from '../vm/types.js';
import { callDescriptor, iterNext, stopIterationType } from '../vm/protocols.js';
import { Generator, generatorClose, resume } from '../vm/generator.js';
import { newException } from '../vm/errors.js';
import { interpState } from '../vm/state.js';
import type { TraceHooks } from './hooks.js';
import { runQuietly } from './frame-state.js';

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
 * A call to native code while tracing. CPython frees a call's arguments when
 * it returns, and a generator expression passed straight to it
 * (`any(x > 0 for x in xs)`, `next((... for ...), None)`) that was left
 * suspended is closed right there: GeneratorExit is thrown into it, which
 * settrace shows as `call`, `exception`, `return`. etpy's objects are not
 * reference counted, so this covers the common case: an unfinished
 * generator expression that the calling frame does not hold in a variable,
 * passed to a callable whose result is not an iterator (which could keep it).
 */
export function tracedCall(callable: PyValue, args: PyValue[], kw: KwArgs | null, frame: Frame): PyValue {
  let result: PyValue;
  try {
    const tracer = interpState.tracer;
    result = tracer?.nativeCall === undefined ? callValue(callable, args, kw) : tracer.nativeCall(frame, callable, () => callValue(callable, args, kw), args.length > 0 ? args[0] : kw?.values().next().value);
  } catch (e) {
    closeTemporaries(args, frame);
    throw e;
  }
  if (!(typeof result === 'object' && result !== null && typeOf(result).lookup('__next__') !== undefined)) closeTemporaries(args, frame);
  return result;
}

function closeTemporaries(args: readonly PyValue[], frame: Frame): void {
  for (const a of args) {
    if (a instanceof Generator && a.frame.code.co_name === '<genexpr>') closeIfDropped(a, frame);
  }
}

/**
 * POP_TOP, `del` and rebinding while tracing: a suspended generator popped
 * off the stack (the iterator of a `for` loop left by `break` or `return`),
 * deleted from a variable or replaced in it is closed there, as CPython's
 * reference count does, unless the frame still holds it in a variable.
 *
 * A function's fast local is different: the tracer's f_locals dict still
 * holds the old value, which is released when the next event refreshes that
 * dict, inside the trace function, where CPython traces nothing. So the
 * close runs `silent`: its output is the program's, its events and line
 * events are not.
 */
export function tracedPop(value: PyValue, frame: Frame, silent = false): void {
  if (value instanceof Generator) closeIfDropped(value, frame, silent);
}

function closeIfDropped(gen: Generator, frame: Frame, silent = false): void {
  // Only the program's own frames: etpy's Python-written modules keep generators
  // in containers (heapq.merge's heap) where heldBy cannot see them.
  if (!frame.info.traced) return;
  if (gen.kind !== 'generator' || !gen.started || gen.finished || gen.running || heldBy(frame, gen)) return;
  // A generator expression's iterator (`.0`, e.g. `any(p(x) for x in gen())`)
  // is freed with the expression's frame, so it is closed right after it.
  const source = gen.frame.code.co_name === '<genexpr>' ? gen.frame.localsplus[0] : undefined;
  closeOne(gen, silent);
  if (source instanceof Generator) closeIfDropped(source, frame, silent);
}

function closeOne(gen: Generator, silent: boolean): void {
  if (!silent) {
    try {
      generatorClose(gen);
    } catch (e) {
      // CPython closes it from a finalizer: an exception (a generator that
      // yields in `finally`: RuntimeError) is reported as unraisable, not raised.
      if (!(e instanceof PyException)) throw e;
    }
    return;
  }
  try {
    runQuietly(() => generatorClose(gen), true);
  } catch (e) {
    // Like an exception in a finalizer: reported nowhere, the program goes on.
    if (!(e instanceof PyException)) throw e;
  }
}

/**
 * Whether anything but the value being dropped may still reach `gen`: etpy
 * has no reference counts, so a suspended generator is closed only when a
 * walk from the roots (every active frame's variables and saved stack, all
 * modules, the exception being handled) does not find it. The dropping
 * frame's own stack is left out (its live depth is the eval loop's), and so
 * are finished generators' frames.
 * Objects whose references etpy cannot see (native iterators, partials,
 * deques, ...) and walks that grow too long count as reaching it: the
 * generator is then left open, as it would be without tracing.
 */
function heldBy(frame: Frame, gen: PyValue): boolean {
  const seen = new Set<PyObject>();
  const todo: PyValue[] = [];
  const push = (v: PyValue | undefined | null): void => {
    if (v !== undefined && v !== null && typeof v === 'object' && !seen.has(v)) {
      seen.add(v);
      todo.push(v);
    }
  };
  const pushFrame = (f: Frame, withStack: boolean): void => {
    for (const v of f.localsplus) push(v);
    push(f.locals);
    push(f.globals);
    push(f.func);
    if (withStack) for (let i = 0; i < f.sp; i++) push(f.stack[i]);
  };
  for (let f: Frame | null = interpState.frame; f !== null; f = f.back) pushFrame(f, f !== frame);
  if (frame !== interpState.frame) pushFrame(frame, false);
  for (const m of interpState.modules.values()) push(m);
  push(interpState.handled);
  while (todo.length > 0) {
    if (seen.size > MAX_WALK) return true;
    const o = todo.pop() as PyObject;
    if (o === gen) return true;
    push(o.dict);
    push(o.cls);
    if (o instanceof PyList || o instanceof PyTuple) for (const v of o.items) push(v);
    else if (o instanceof PyDict) {
      for (let i = 0; i < o.keys.length; i++) {
        const k = o.keys[i]!;
        if (k === DELETED) continue;
        push(k);
        push(o.values[i]);
      }
    } else if (o instanceof PySet) for (const v of o.table) push(v);
    else if (o instanceof PyCell) push(o.value);
    else if (o instanceof PyFunction) {
      o.closure?.forEach(push);
      o.defaults?.forEach(push);
      push(o.kwdefaults);
    } else if (o instanceof PyMethod) {
      push(o.func);
      push(o.self);
    } else if (o instanceof PyBuiltin) push(o.self);
    else if (o instanceof PyException) {
      push(o.args);
      push(o.context);
      push(o.cause);
      push(o.notes);
    } else if (o instanceof PyProperty) {
      push(o.fget);
      push(o.fset);
      push(o.fdel);
    } else if (o instanceof PyClassMethod || o instanceof PyStaticMethod) push(o.func);
    // A finished generator's frame is cleared in CPython: its variables hold nothing.
    else if (o instanceof Generator) {
      if (!o.finished) pushFrame(o.frame, o.frame !== frame);
    }
    else if (o instanceof PyNativeIterator && o.progress !== null) push(o.progress().of);
    else if (o instanceof PyIteratorObject) o.refs.forEach(push);
    else if (!isLeaf(o)) return true;
  }
  return false;
}

/** Walks longer than this give up (and leave the generator open). */
const MAX_WALK = 50_000;

/**
 * Objects whose references to other Python values live where this walk
 * cannot follow them (JS closures and private fields): iterators, partials,
 * deques, views, itertools objects, frames, ... Other kinds hold none.
 */
const OPAQUE = new Set([
  'PyNativeIterator', 'PyPartial', 'PyDeque', 'ItSubInstance', 'PyDictView', 'PyMappingProxy',
  'PySuper', 'PyKeyWrapper', 'PyItemGetter', 'PyAttrGetter', 'PyMethodCaller', 'PyFrameObject', 'PyGenericAlias',
  'PyUnion', 'TypeAlias',
]);

function isLeaf(o: PyObject): boolean {
  return !OPAQUE.has(o.constructor.name);
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
