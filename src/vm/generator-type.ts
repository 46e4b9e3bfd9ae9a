// The generator and coroutine types' methods, and the protocol hooks that
// let iteration resume generators without a method lookup.
import { PyException, type PyValue } from './object.js';
import { None, coroutineType, generatorType, typeOf } from './types.js';
import { pyErr, typeError, newException } from './errors.js';
import { generatorHooks, stopIterationType, hexAddress } from './protocols.js';
import { callValue, defMethods, noArgs, defGetSet } from './call.js';
import { exceptionFrom } from './eval-support.js';
import { Generator, generatorClose, generatorNext, generatorThrow, resume } from './generator.js';
import { codeValue } from './code-value.js';
import { frameObjectOf } from './frame-object.js';
import { Op } from '../bytecode/opcodes.js';

generatorHooks.isGenerator = (v) => v instanceof Generator && v.kind === 'generator';
generatorHooks.next = (g) => generatorNext(g as Generator);

function stopIteration(value: PyValue): PyException {
  return value === None ? pyErr('StopIteration') : newException(stopIterationType(), [value]);
}

for (const t of [generatorType, coroutineType]) {
  defMethods(t, {
    send: (self, args, kw) => {
      noArgsExcept1('send', args, kw);
      const r = resume(self as Generator, args[0]!, null);
      if (r.done) throw stopIteration(r.value);
      return r.value;
    },
    throw: (self, args) => {
      const exc = throwArgs(args);
      const r = generatorThrow(self as Generator, exc);
      if (r.done) throw stopIteration(r.value);
      return r.value;
    },
    close: (self, args, kw) => {
      noArgs('close', args, kw);
      return generatorClose(self as Generator);
    },
    __repr__: (self) => {
      const g = self as Generator;
      return `<${g.kind === 'generator' ? 'generator' : 'coroutine'} object ${g.qualname} at ${hexAddress(g)}>`;
    },
  });
  defGetSet(t, '__name__', (self) => (self as Generator).name);
  defGetSet(t, '__qualname__', (self) => (self as Generator).qualname);
  const prefix = t === generatorType ? 'gi' : 'cr';
  defGetSet(t, `${prefix}_running`, (self) => (self as Generator).running);
  defGetSet(t, `${prefix}_code`, (self) => codeValue((self as Generator).frame.code));
  // The frame while it can still run; None once finished (CPython clears it).
  defGetSet(t, `${prefix}_frame`, (self) => ((self as Generator).finished ? None : frameObjectOf((self as Generator).frame)));
  defGetSet(t, `${prefix}_suspended`, (self) => isSuspended(self as Generator));
  defGetSet(t, t === generatorType ? 'gi_yieldfrom' : 'cr_await', (self) => delegate(self as Generator));
}

function isSuspended(g: Generator): boolean {
  return g.started && !g.finished && !g.running;
}

/**
 * _PyGen_yf: the iterator a suspended `yield from` / `await` is driving, on
 * top of the frame's stack when the instruction to resume at is RESUME with
 * an oparg of 2 or more; None otherwise.
 */
function delegate(g: Generator): PyValue {
  if (!isSuspended(g)) return None;
  const frame = g.frame;
  if (frame.info.ops[frame.pc] !== Op.RESUME || frame.info.args[frame.pc]! < 2 || frame.sp === 0) return None;
  return frame.stack[frame.sp - 1] ?? None;
}
defMethods(generatorType, {
  __iter__: (self) => self,
  __next__: (self) => {
    const r = resume(self as Generator, None, null);
    if (r.done) throw stopIteration(r.value);
    return r.value;
  },
});

function noArgsExcept1(name: string, args: PyValue[], kw: unknown): void {
  void kw;
  if (args.length !== 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
}

function throwArgs(args: PyValue[]): PyException {
  if (args.length === 0) throw typeError('throw expected at least 1 argument, got 0');
  const [typ, val] = args;
  if (val !== undefined && val !== None && typ !== undefined && !(typ instanceof PyException)) {
    const inst = val instanceof PyException ? val : exceptionFrom(callValue(typ, [val], null));
    return inst;
  }
  return exceptionFrom(typ!, 'exceptions must be classes or instances deriving from BaseException, not ' + typeOf(typ!).name);
}
