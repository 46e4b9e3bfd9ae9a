// CPython 3.12's C recursion budget (c_recursion_remaining, C_RECURSION_LIMIT
// = 1500), separate from sys.setrecursionlimit's Python depth: each time
// native code re-enters the eval loop (a dunder method, a key function, a
// class body) costs 2 units, and some C paths check one unit more (repr, str,
// rich comparison, calls of objects without vectorcall). Python-to-Python
// calls cost none. The budget also bounds how deep native code recurses in
// JS, so RecursionError comes before the JS stack runs out.
import { interpState } from './state.js';
import { pyErr } from './errors.js';
import type { PyException } from './object.js';

export const C_RECURSION_LIMIT = 1500;

function overflow(where: string): PyException {
  return pyErr('RecursionError', `maximum recursion depth exceeded${where}`);
}

/** _Py_EnterRecursiveCallTstate: one unit, or RecursionError "...{where}". */
export function enterNative(where: string): void {
  if (interpState.cRemaining-- <= 0) {
    interpState.cRemaining++;
    throw overflow(where);
  }
}

export function leaveNative(): void {
  interpState.cRemaining++;
}

/** The eval loop entered from native code: PY_EVAL_C_STACK_UNITS (2), checked after the first. */
export function enterEval(): void {
  interpState.cRemaining--;
  if (interpState.cRemaining-- <= 0) {
    interpState.cRemaining += 2;
    throw overflow('');
  }
}

export function leaveEval(): void {
  interpState.cRemaining += 2;
}
