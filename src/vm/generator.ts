// Generators (and the coroutine objects of `async def`): a suspended frame
// resumed by send/throw/close. The frame runs in its own eval loop entry and
// YIELD_VALUE returns out of it (eval.ts).
import { CO_ASYNC_GENERATOR, CO_COROUTINE } from '../bytecode/code.js';
import { Op } from '../bytecode/opcodes.js';
import { PyException, PyObject, type PyValue } from './object.js';
import { None, asyncGeneratorType, coroutineType, generatorType, typeOf } from './types.js';
import type { Frame } from './frame.js';
import { execute } from './eval.js';
import { interpState } from './state.js';
import { pyErr, typeError } from './errors.js';
import { stopIterationType, getAttr } from './protocols.js';
import { callValue } from './call.js';



export type GeneratorKind = 'generator' | 'coroutine' | 'async_generator';

export class Generator extends PyObject {
  /** Set by YIELD_VALUE so the resumer can tell a yield from a return. */
  suspended = false;
  started = false;
  finished = false;
  running = false;
  /** A coroutine some `await` is driving (a second await is an error). */
  awaitedBy = false;
  /** The exception being handled inside the generator while it is suspended. */
  excState: PyException | null = null;
  readonly name: string;
  readonly qualname: string;
  constructor(readonly frame: Frame, readonly kind: GeneratorKind) {
    super(kind === 'generator' ? generatorType : kind === 'coroutine' ? coroutineType : asyncGeneratorType);
    this.name = frame.func?.name ?? frame.code.co_name;
    this.qualname = frame.func?.qualname ?? frame.code.co_qualname;
  }
}

export function makeGenerator(frame: Frame): Generator {
  const flags = frame.code.co_flags;
  const kind: GeneratorKind = flags & CO_COROUTINE ? 'coroutine' : flags & CO_ASYNC_GENERATOR ? 'async_generator' : 'generator';
  const gen = new Generator(frame, kind);
  frame.generator = gen;
  return gen;
}

/** Marks `gen` finished (its frame returned or raised). */
export function finishGenerator(gen: Generator): void {
  if (gen.finished) return;
  gen.finished = true;
  if (gen.started) interpState.openGenerators--;
}

export function isGenerator(v: PyValue): v is Generator {
  return v instanceof Generator;
}

export interface SendResult {
  done: boolean;
  value: PyValue;
}

/** Resumes `gen` with `value` pushed (or with `thrown` raised at the yield). */
export function resume(gen: Generator, value: PyValue, thrown: PyException | null, inline = false): SendResult {
  if (gen.running) throw pyErr('ValueError', `${gen.kind === 'generator' ? 'generator' : gen.kind} already executing`);
  if (gen.finished) {
    if (thrown !== null) throw thrown;
    if (gen.kind === 'coroutine') throw pyErr('RuntimeError', 'cannot reuse already awaited coroutine');
    return { done: true, value: None };
  }
  const frame = gen.frame;
  if (!gen.started && thrown === null && value !== None) {
    throw typeError(`can't send non-None value to a just-started ${gen.kind === 'generator' ? 'generator' : gen.kind}`);
  }
  if (!gen.started && thrown !== null) {
    gen.finished = true;
    // CPython runs the new frame just to raise there: settrace sees call, exception, return.
    const tracer = interpState.tracer;
    if (tracer !== null) {
      tracer.call(frame);
      tracer.exception(frame, thrown);
      tracer.ret(frame, null, thrown, frame.lasti);
    }
    throw thrown;
  }
  if (!gen.started) {
    gen.started = true;
    interpState.openGenerators++;
  }
  if (thrown === null) frame.stack[frame.sp++] = value;
  else frame.pendingThrow = thrown;
  gen.running = true;
  const saved = interpState.handled;
  interpState.handled = gen.excState;
  gen.suspended = false;
  try {
    const r = execute(frame, inline);
    if (gen.suspended) {
      gen.suspended = false;
      return { done: false, value: r };
    }
    finishGenerator(gen);
    return { done: true, value: r };
  } catch (e) {
    finishGenerator(gen);
    throw e;
  } finally {
    gen.running = false;
    gen.excState = interpState.handled;
    interpState.handled = saved;
  }
}

/** SEND resuming a generator: CPython pushes its frame in the same eval loop (no C budget). */
export function generatorSend(gen: Generator, value: PyValue): SendResult {
  return resume(gen, value, null, true);
}

/** The sub-iterator a generator suspended in `yield from`/`await` delegates to. */
function delegate(gen: Generator): PyValue | undefined {
  if (!gen.started || gen.finished) return undefined;
  const frame = gen.frame;
  const next = frame.pc;
  if (frame.info.ops[next] !== Op.RESUME || frame.info.args[next]! < 2) return undefined;
  return frame.stack[frame.sp - 1];
}

export function generatorThrow(gen: Generator, exc: PyException): SendResult {
  const sub = delegate(gen);
  if (sub !== undefined) {
    let r: SendResult;
    try {
      if (sub instanceof Generator) {
        r = generatorThrow(sub, exc);
      } else {
        const throwMethod = exc.cls === generatorExitType() ? undefined : tryGetAttr(sub, 'throw');
        if (throwMethod === undefined) {
          if (exc.cls === generatorExitType()) {
            const close = tryGetAttr(sub, 'close');
            if (close !== undefined) callValue(close, [], null);
          }
          return resume(gen, None, exc);
        }
        r = { done: false, value: callValue(throwMethod, [exc], null) };
      }
    } catch (e) {
      // A step limit or timeout (StopExecution) ends the program, not just the delegate.
      if (!(e instanceof PyException)) throw e;
      if (e.cls.isSubtypeOf(stopIterationType())) {
        r = { done: true, value: e.args.items[0] ?? None };
      } else {
        return resume(gen, None, e);
      }
    }
    if (!r.done) return r;
    // The delegate finished: continue after the SEND loop with its value.
    const frame = gen.frame;
    let send = frame.lasti;
    while (send >= 0 && frame.info.ops[send] !== Op.SEND) send--;
    frame.pc = send + 2 + frame.info.args[send]!;
    frame.stack[frame.sp - 1] = sub;
    return resume(gen, r.value, null);
  }
  return resume(gen, None, exc);
}

function tryGetAttr(v: PyValue, name: string): PyValue | undefined {
  try {
    return getAttr(v, name);
  } catch {
    return undefined;
  }
}

let genExitType: ReturnType<typeof typeOf> | null = null;
function generatorExitType(): ReturnType<typeof typeOf> {
  genExitType ??= pyErr('GeneratorExit').cls;
  return genExitType;
}

export function generatorClose(gen: Generator): PyValue {
  if (gen.finished || !gen.started) {
    gen.finished = true;
    return None;
  }
  try {
    const r = generatorThrow(gen, pyErr('GeneratorExit'));
    if (!r.done) throw pyErr('RuntimeError', `${gen.kind === 'generator' ? 'generator' : gen.kind} ignored GeneratorExit`);
  } catch (e) {
    if (e instanceof PyException && (e.cls.isSubtypeOf(generatorExitType()) || e.cls.isSubtypeOf(stopIterationType()))) return None;
    throw e;
  }
  return None;
}

/** next(gen): the yielded value, or undefined when it returned (StopIteration). */
export function generatorNext(gen: Generator): PyValue | undefined {
  const r = resume(gen, None, null);
  return r.done ? undefined : r.value;
}

