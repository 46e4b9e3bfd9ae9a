// The generator and coroutine types' methods, and the protocol hooks that
// let iteration resume generators without a method lookup.
import { PyException, type PyValue } from './object.js';
import { None, coroutineType, generatorType, typeOf } from './types.js';
import { pyErr, typeError, newException } from './errors.js';
import { generatorHooks, stopIterationType, hexAddress } from './protocols.js';
import { callValue, defMethods, noArgs, defGetSet } from './call.js';
import { exceptionFrom } from './eval-support.js';
import { Generator, generatorClose, generatorNext, generatorThrow, resume } from './generator.js';

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
  defGetSet(t, t === generatorType ? 'gi_running' : 'cr_running', (self) => (self as Generator).running);
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
