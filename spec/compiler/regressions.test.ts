// Programs that once compiled differently from CPython 3.12, reduced to their
// core; each is compared with CPython's dis, so a regression shows here first.
import { describeDisCases } from './dis-compare.js';

const PROGRAMS: readonly string[] = [
  // A free variable's deref index counts the cells first (operator.attrgetter).
  'def f(getters):\n    def func(obj):\n        return tuple(getter(obj) for getter in getters)\n    return func\n',
  'def outer(a, b):\n    def mid(c):\n        x = 1\n        def inner():\n            return a, b, c, x\n        return inner\n    return mid\n',
  'class C:\n    def m(self, d):\n        def g():\n            return d, __class__\n        return g\n',
];

describeDisCases('regressions: dis equals CPython 3.12', PROGRAMS);
