// Programs that once compiled differently from CPython 3.12, reduced to their
// core; each is compared with CPython's dis, so a regression shows here first.
import { describeDisCases } from './dis-compare.js';

const PROGRAMS: readonly string[] = [
  // A free variable's deref index counts the cells first (operator.attrgetter).
  'def f(getters):\n    def func(obj):\n        return tuple(getter(obj) for getter in getters)\n    return func\n',
  'def outer(a, b):\n    def mid(c):\n        x = 1\n        def inner():\n            return a, b, c, x\n        return inner\n    return mid\n',
  'class C:\n    def m(self, d):\n        def g():\n            return d, __class__\n        return g\n',
  // A class's SETUP_ANNOTATIONS is on the class's first line (a decorator's), a module's on its first statement.
  '@d(x=1)\nclass F:\n    a: str\n    b: int\n',
  'import x\nclass F:\n    if x:\n        a: int\n',
  // A multi-line lambda returns on the lambda's line (signal.py).
  'f = (lambda name:\n    a\n    and (b and not c)\n    or d)\n',
  // A module-level comprehension does not hide an imported module's DEF_IMPORT (pickle.py): no method call.
  'import re\n__all__.extend([x for x in dir() if re.match("[A-Z]+$", x)])\n',
  'class C:\n    import re\n    y = [re.match(a) for x in b]\n',
  'def f():\n    import re\n    return [re.match(a) for x in b]\n',
  // async with: POP_BLOCK has the statement's line, so the body's `pass` stays covered (test_coroutines).
  'async def foo():\n    async with CM():\n        pass\n',
  'async def foo():\n    async with a as b, c:\n        pass\n    with d:\n        pass\n',
  // A while test is compiled twice; its two equal <genexpr> code objects share one constant (rosette.py).
  'def f(s):\n    while any(t.u() for t in s.ts()):\n        pass\n    return 1\n',
  'x = [lambda: 1, lambda: 1]\ny = (lambda: 1, lambda: 2)\n',
  // 20 nested loops compile in a generator as in a plain function; 21 do not.
  'def f():\n' + Array.from({ length: 21 }, (_, i) => `${'    '.repeat(i + 1)}for x${i} in y:\n`).join('') + `${'    '.repeat(22)}yield 1\n`,
  'def f():\n' + Array.from({ length: 20 }, (_, i) => `${'    '.repeat(i + 1)}for x${i} in y:\n`).join('') + `${'    '.repeat(21)}yield 1\n`,
];

describeDisCases('regressions: dis equals CPython 3.12', PROGRAMS);
