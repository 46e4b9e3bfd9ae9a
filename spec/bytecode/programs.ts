// The programs the bytecode tests compile with CPython: the whole corpus, the
// parser's construct cases, and snippets aimed at the code object's corners
// (every argrepr rule, EXTENDED_ARG, wide line and offset columns, the
// location table's entry forms, exception tables). Expected values always
// come from CPython (src/testing/code-dump.py); none are written here.
import { MUST_PARSE } from '../parser/cases.js';
import { corpusTasks } from '../corpus.js';


export interface Program {
  readonly id: string;
  readonly source: string;
}

const lines = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i)).join('\n') + '\n';

export const SNIPPETS: Record<string, string> = {
  try_except_finally: 'try:\n    f()\nexcept ValueError as e:\n    g(e)\nexcept (TypeError, KeyError):\n    pass\nelse:\n    h()\nfinally:\n    done()\n',
  try_in_function: 'def f(x):\n    try:\n        return 1 / x\n    except ZeroDivisionError:\n        return None\n    finally:\n        print("bye")\n',
  except_star: 'try:\n    f()\nexcept* ValueError as eg:\n    print(eg)\nexcept* TypeError:\n    pass\n',
  raise_forms: 'def f(e):\n    raise\n    raise e\n    raise e from None\n',
  with_stmts: 'with open(p) as f, lock:\n    data = f.read()\nwith a as (b, c):\n    pass\n',
  async_all: 'async def f(xs):\n    async with a as b:\n        await b\n    async for x in xs:\n        yield x\n    return [y async for y in xs if await y]\n',
  async_gen_plain: 'async def g():\n    async for x in y:\n        print(x)\n    await z\n',
  generators: 'def g(n):\n    x = yield n\n    yield from range(x)\n    return (i * i for i in range(n))\n',
  match_all: [
    'def m(v):',
    '    match v:',
    '        case 0 | 1 | 2: return "small"',
    '        case [x, y, *rest]: return x',
    '        case {"k": kv, **others}: return kv',
    '        case Point(x=0, y=yy) as p if yy > 0: return p',
    '        case str() | bytes(): return "s"',
    '        case (1, 2, 3): return 6',
    '        case None | True | -1.5 | 2j: return None',
    '        case Color.RED: return "red"',
    '        case [*_, last]: return last',
    '        case _: return "other"',
  ].join('\n') + '\n',
  comprehensions: 'a = [x * y for x in xs for y in ys if x != y]\nb = {k: v for k, v in d.items()}\nc = {s for s in strs}\nd = (g for g in gs)\ndef f(xs):\n    return [lambda: x for x in xs]\n',
  comprehension_cells: 'def f(n):\n    fs = [lambda: i for i in range(n)]\n    return sum(i for i in range(n)), [n for _ in fs]\n',
  closures: 'def outer(a, b):\n    c = 1\n    def inner(d):\n        nonlocal c\n        c += a + d\n        return b\n    return inner\n',
  // LOAD_FAST_CHECK where a local may be unbound: locals below 32, from 32 to 63 (two words of flags) and past 64.
  unbound_locals_many: `def f(c):\n    ${Array.from({ length: 70 }, (_, i) => `v${i} = ${i}`).join('; ')}\n    del v3, v40\n`
    + '    if c: v3 = v40 = v66 = 1\n    return v3 + v40 + v31 + v32 + v66\n'
    + `def g(c):\n    if c: ${Array.from({ length: 40 }, (_, i) => `w${i} = ${i}`).join('; ')}\n    return w0 + w31 + w32 + w39\n`,
  cell_args: 'def f(x, *args, y, **kw):\n    def g():\n        return x, args, y, kw\n    del x\n    return g\n',
  classes_super: 'class A(Base, metaclass=M):\n    """doc"""\n    x: int = 1\n    def __init__(self, v):\n        super().__init__(v)\n        self.v = super().value\n    @classmethod\n    def make(cls):\n        return super(A, cls).make()\n    @property\n    def p(self): return __class__\n',
  private_names: 'class C:\n    __x = 1\n    def f(self):\n        return self.__x, __y\n',
  fstrings: 'x = f"{a!r:>{w}} {b!s} {c!a} {d:.2f} {e=} {f}"\ny = f"plain"\nz = f"{g:{h}{i}}"\n',
  numbers: 'a = 12345678901234567890123456789\nb = -2**63\nc = 1e308 * 10\nd = -0.0\ne = 0.1 + 0.2\nf = 3j\ng = 1 + 2j\nh = -(1 - 3j)\ni = 1e-320\nj = 2**100\nk = (1, 2.5, (3, "x"), b"y", None, ...)\n',
  bytes_strings: 'a = b"\\x00\\xff\'\\""\nb = "\'"\nc = "\\u2028\\U0001f600"\nd = "a" "b"\ne = """multi\nline"""\nf = "\\ud800"\n',
  frozensets_ints: 'def f(x):\n    return x in {1, 2, 3}, x not in {-5, 100, 2**40}, [y for y in {9, 8, 7, 1, 33, 65}]\n',
  frozensets_strs: 'def f(x):\n    if x in {"apple", "banana", "cherry", "date", "elderberry", "fig"}:\n        return 1\n    for y in {"a", "b", "q", "z"}:\n        print(y)\n    return x in {"len", "print", "x", "f", "-", "+"}\n',
  frozensets_mixed: 'def f(x):\n    return x in {1, 1.0, True, "1", b"1", (1, 2), None, 2j}, x in {(), ("a", 1)}\n',
  frozenset_identifiers: 'cherry = 1\ndef f(x):\n    return x in {"cherry", "plum", "kiwi", "melon", "grape"}\n',
  many_names: lines(300, (i) => `v${i} = w${i}`),
  many_consts: lines(300, (i) => `print(${i * 7919}, "s${i}")`),
  long_jump: 'for i in range(3):\n' + lines(120, (i) => `    x${i % 7} = y.z + ${i}`) + 'else:\n    pass\n',
  long_forward_jump: 'if a:\n' + lines(150, (i) => `    f(${i})`) + 'else:\n    g()\n',
  many_lines: lines(1100, (i) => (i % 100 === 0 ? `x = ${i}` : '')),
  huge_offsets: lines(2600, (i) => `a${i % 50} = b`),
  long_lines: `x = f(${'a, '.repeat(60)}b)\ny = ${'1 + '.repeat(40)}z\nw = ("${'q'.repeat(200)}", aa, bb)\n`,
  multiline_exprs: 'x = (a +\n     b +\n     c)\ny = f(\n    1,\n    2,\n)\nz = [\n  i\n  for i in r\n]\n',
  line_jumps: 'def f():\n    a = 1\n\n\n\n\n    b = 2\n' + '\n'.repeat(300) + '    return a + b\n',
  loops: 'for i in range(10):\n    if i % 2:\n        continue\n    if i > 7:\n        break\nelse:\n    print("done")\nwhile x:\n    x -= 1\n',
  nested_functions: 'def a():\n    def b():\n        def c():\n            return 1\n        return c\n    return b\nlambda: (lambda: 0)\n',
  function_flags: 'def f(a, b=1, *, c=2, d, **k) -> int:\n    pass\ndef g(x: int, y: "str" = "") -> None: pass\n',
  annotations_future: 'from __future__ import annotations\ndef f(x: int) -> list[int]: pass\nv: dict[str, int] = {}\n',
  imports: 'import os\nimport os.path as p\nfrom . import x\nfrom ..a.b import (c, d as e)\nfrom m import *\n',
  unpacking: 'a, *b, c = x\n(d, e), f = g\nh = [*i, *j]\nk = (*l,)\nm = {**n, "o": 1}\nprint(*p, **q)\n',
  assignments: 'a = b = c\na += 1\nb.c -= 2\nd[e] *= 3\nf[1:2] = g\ndel a, b.c, d[e], f[1:2]\nx = y[::2]\n',
  walrus_ternary: 'if (n := len(a)) > 10:\n    print(n if n else -n)\nz = a and b or not c\n',
  chained_compare: 'r = a < b <= c != d\ns = a is not b\nt = a not in b\nu = -a + ~b\n',
  asserts: 'assert x, "message"\nassert y\n',
  globals_nonlocal: 'g = 0\ndef f():\n    global g\n    g += 1\n    def h():\n        nonlocal_v = 1\n    return h\n',
  type_params: 'def f[T](x: T) -> T:\n    return x\nclass C[T, *Ts, **P]:\n    pass\ntype Alias[K] = dict[K, int]\n',
  decorators: '@dec\n@dec2(arg)\ndef f(): pass\n@dec\nclass K: pass\n',
  calls_kw: 'f(a, b=1, c=2)\nobj.method(x, key=y)\nf(*a)\nf(**k)\n',
  unary_positive: 'x = +y\nz = [*a]\nw = (*a, *b)\n',
  slices_subscripts: 'a[1:2]\na[::]\na[b:c] = d\na[1:2, 3]\n',
  empty: '',
  only_docstring: '"""module doc"""\n',
  stop_iteration_gen: 'def g():\n    yield 1\n    return 2\n',
  return_in_finally_loop: 'def f():\n    for x in y:\n        try:\n            return x\n        finally:\n            continue\n',
  with_in_loop: 'def f():\n    for x in y:\n        with x:\n            break\n',
  conditional_import_star: 'try:\n    from a import *\nexcept ImportError:\n    pass\n',
  big_ints_negation: 'a = -5\nb = -(2**70)\nc = ~0\nd = not 1\n',
  set_literals: 'a = {1, 2, 3}\nb = {"x", "y"}\nc = {*d, 1}\n',
  lambda_defaults: 'f = lambda x, y=2, *a, z=3, **k: (x, y, a, z, k)\n',
  string_quotes: "a = 'it\\'s'\nb = \"say \\\"hi\\\"\"\nc = '\\\\'\nd = '\\t\\n\\r\\x7f'\n",
};

/** Every program: the 1138 corpus tasks, the parser's construct cases, and SNIPPETS. */
export function allPrograms(): Program[] {
  const out: Program[] = [...corpusTasks()];
  for (const [group, sources] of Object.entries(MUST_PARSE)) {
    sources.forEach((source, i) => out.push({ id: `parser/${group}/${i}`, source }));
  }
  for (const [name, source] of Object.entries(SNIPPETS)) out.push({ id: `snippet/${name}`, source });
  return out;
}
