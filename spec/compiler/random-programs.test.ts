// Programs nobody wrote: fast-check builds random (syntactically valid)
// Python modules from statements and expressions of every kind the compiler
// handles, and each must disassemble exactly as CPython 3.12 compiles it (or
// be rejected by both). A fixed seed keeps CI reproducible.
import fc from 'fast-check';
import { describeDisCases } from './dis-compare.js';

// ETPY_FUZZ_SEED / ETPY_FUZZ_RUNS search further from the command line.
const SEED = Number(process.env['ETPY_FUZZ_SEED'] ?? 20261130);
const NUM_RUNS = Number(process.env['ETPY_FUZZ_RUNS'] ?? 500);

const name = fc.constantFrom('a', 'b', 'x', 'y', 'n', 'i', 'acc', 'items', 'self', '__x', 'total');
const attr = fc.constantFrom('attr', 'append', 'get', 'real', 'items', 'value');
const literal = fc.oneof(
  fc.integer({ min: -5, max: 300 }).map(String),
  fc.constantFrom('0.5', '1e3', '2j', 'True', 'False', 'None', '...', "'s'", '"t"', "b'b'", '10**20', '(1, 2)', '[]', '{}'),
);

const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    name, literal,
    fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', '//', '%', '**', '<<', '&', '|', '^', '@'), tie('e')).map(([l, op, r]) => `(${l} ${op} ${r})`),
    fc.tuple(fc.constantFrom('-', 'not ', '~'), tie('e')).map(([op, v]) => `(${op}${v})`),
    fc.tuple(tie('e'), fc.constantFrom('and', 'or'), tie('e')).map(([l, op, r]) => `(${l} ${op} ${r})`),
    fc.tuple(tie('e'), fc.constantFrom('<', '==', 'is', 'in', 'not in', 'is not', '>='), tie('e'), fc.option(tie('e'))).map(
      ([l, op, r, r2]) => (r2 === null ? `(${l} ${op} ${r})` : `(${l} < ${r} <= ${r2})`)),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([a, b, c]) => `(${a} if ${b} else ${c})`),
    fc.tuple(tie('e'), fc.array(tie('e'), { maxLength: 3 })).map(([f, args]) => `${f}(${args.join(', ')})`),
    fc.tuple(name, attr, fc.array(tie('e'), { maxLength: 2 })).map(([o, m, args]) => `${o}.${m}(${args.join(', ')})`),
    fc.tuple(tie('e'), tie('e'), name, tie('e')).map(([f, a, k, v]) => `${f}(${a}, *${a}, ${k}=${v}, **${v})`),
    fc.tuple(name, tie('e')).map(([k, v]) => `dict(${k}=${v})`),
    fc.tuple(tie('e'), name, tie('e'), name, tie('e')).map(([e, v, it, w, it2]) => `[${e} for ${v} in ${it} for ${w} in ${it2}]`),
    fc.tuple(tie('e')).map(([v]) => `(yield from ${v})`),
    fc.tuple(tie('e')).map(([v]) => `(await ${v})`),
    fc.tuple(tie('e'), attr).map(([o, a]) => `${o}.${a}`),
    fc.tuple(tie('e'), tie('e')).map(([o, i]) => `${o}[${i}]`),
    fc.tuple(tie('e'), fc.option(tie('e')), fc.option(tie('e'))).map(([o, lo, hi]) => `${o}[${lo ?? ''}:${hi ?? ''}]`),
    fc.array(tie('e'), { maxLength: 4 }).map((xs) => `[${xs.join(', ')}]`),
    fc.array(tie('e'), { maxLength: 4 }).map((xs) => `(${xs.join(', ')}${xs.length === 1 ? ',' : ''})`),
    fc.array(tie('e'), { minLength: 1, maxLength: 3 }).map((xs) => `{${xs.join(', ')}}`),
    fc.array(fc.tuple(tie('e'), tie('e')), { maxLength: 3 }).map((kv) => `{${kv.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
    fc.tuple(tie('e'), name, tie('e'), fc.option(tie('e'))).map(([e, v, it, cond]) => `[${e} for ${v} in ${it}${cond ? ` if ${cond}` : ''}]`),
    fc.tuple(tie('e'), name, tie('e')).map(([e, v, it]) => `{${v}: ${e} for ${v} in ${it}}`),
    fc.tuple(tie('e'), name, tie('e')).map(([e, v, it]) => `sum(${e} for ${v} in ${it})`),
    fc.tuple(name, tie('e')).map(([p, body]) => `(lambda ${p}: ${body})`),
    fc.tuple(tie('e'), tie('e')).map(([v, s]) => `f"{${v}!r:>{${s}}} and {${v}=}"`),
    fc.tuple(name, tie('e')).map(([n, v]) => `(${n} := ${v})`),
    fc.tuple(tie('e')).map(([v]) => `[*${v}, *${v}]`),
  ),
})).e;

const target = fc.oneof(name, fc.tuple(name, attr).map(([o, a]) => `${o}.${a}`), fc.tuple(name, name).map(([o, i]) => `${o}[${i}]`),
  fc.tuple(name, name).map(([p, q]) => `${p}, *${q}`));

/** A block of statements at `depth` (indentation), inside a function when `inFunction`, inside a loop when `inLoop`. */
function block(depth: number, inFunction: boolean, inLoop: boolean): fc.Arbitrary<string> {
  const pad = '    '.repeat(depth);
  const simple = fc.oneof(
    fc.tuple(target, expr).map(([t, e]) => `${t} = ${e}`),
    fc.tuple(name, fc.constantFrom('+=', '-=', '*=', '//=', '|='), expr).map(([n, op, e]) => `${n} ${op} ${e}`),
    expr,
    fc.constant('pass'),
    fc.tuple(expr, fc.option(expr)).map(([t, m]) => `assert ${t}${m ? `, ${m}` : ''}`),
    fc.tuple(name).map(([n]) => `del ${n}`),
    fc.tuple(fc.option(expr)).map(([e]) => `raise${e ? ` ${e}` : ''}`),
    fc.constantFrom('import os', 'from m import a, b as c', 'global total', 'import a.b.c as d', 'from . import x', 'type Alias[T] = list[T]'),
    fc.tuple(target, expr).map(([t, e]) => `${t}: int = ${e}`),
    fc.tuple(name, expr).map(([n, e]) => `${n} = ${n}[${e}] = ${e}`),
    ...(inFunction ? [fc.option(expr).map((e) => `return${e ? ` ${e}` : ''}`), fc.option(expr).map((e) => `yield${e ? ` ${e}` : ''}`)] : []),
    ...(inLoop ? [fc.constantFrom('break', 'continue')] : []),
  );
  if (depth >= 3) return fc.array(simple, { minLength: 1, maxLength: 3 }).map((ss) => ss.map((s) => `${pad}${s}\n`).join(''));
  const inner = (loop: boolean, fn = inFunction): fc.Arbitrary<string> => block(depth + 1, fn, loop);
  const compound = fc.oneof(
    fc.tuple(expr, inner(inLoop), fc.option(inner(inLoop))).map(([t, b, e]) => `if ${t}:\n${b}${e ? `${pad}else:\n${e}` : ''}`),
    fc.tuple(expr, inner(true), fc.option(inner(inLoop))).map(([t, b, e]) => `while ${t}:\n${b}${e ? `${pad}else:\n${e}` : ''}`),
    fc.tuple(target, expr, inner(true)).map(([t, it, b]) => `for ${t} in ${it}:\n${b}`),
    fc.tuple(inner(inLoop), fc.option(name), inner(inLoop), fc.option(inner(inLoop))).map(
      ([b, as, h, f]) => `try:\n${b}${pad}except ValueError${as ? ` as ${as}` : ''}:\n${h}${f ? `${pad}finally:\n${f}` : ''}`),
    fc.tuple(expr, fc.option(name), inner(inLoop)).map(([m, as, b]) => `with ${m}${as ? ` as ${as}` : ''}:\n${b}`),
    fc.tuple(name, fc.array(name, { maxLength: 3 }), inner(false, true)).map(
      ([f, ps, b]) => `def ${f}(${[...new Set(ps)].join(', ')}):\n${b}`),
    fc.tuple(name, inner(false, false)).map(([c, b]) => `class ${c}:\n${b}`),
    fc.tuple(name, expr, inner(false, false)).map(([c, base, b]) => `@dec\nclass ${c}(${base}, metaclass=M):\n${b}`),
    fc.tuple(name, fc.array(name, { maxLength: 2 }), expr, inner(false, true)).map(
      ([f, ps, d, b]) => `@${d}\ndef ${f}(${[...new Set(ps)].map((p) => `${p}=${d}`).join(', ')}${ps.length ? ', ' : ''}*args, k, **kw) -> ${d}:\n${b}`),
    fc.tuple(name, inner(false, true)).map(([f, b]) => `async def ${f}():\n${b}`),
    fc.tuple(name, fc.array(name, { maxLength: 2 }), inner(false, true)).map(([f, ps, b]) => `def ${f}[T, *Ts](${[...new Set(ps)].join(', ')}):\n${b}`),
    fc.tuple(name, inner(false, true)).map(([n, b]) => `def outer():\n${pad}    ${n} = 1\n${pad}    def inner():\n${pad}        nonlocal ${n}\n${b.replace(/^/gm, '        ')}${pad}    return inner\n`),
    fc.tuple(inner(inLoop), inner(inLoop)).map(([b, h]) => `try:\n${b}${pad}except* (ValueError, TypeError) as eg:\n${h}`),
    fc.tuple(expr, expr, inner(inLoop)).map(([m, n, b]) => `with ${m} as a, ${n} as (b, c):\n${b}`),
    fc.tuple(inner(inLoop), inner(inLoop), inner(inLoop)).map(([b, h, e]) => `try:\n${b}${pad}except (KeyError, IndexError):\n${h}${pad}except:\n${h}${pad}else:\n${e}`),
    fc.tuple(expr, inner(inLoop)).map(([s, b]) => `match ${s}:\n${pad}    case {"k": v, **rest} if v:\n${b.replace(/^/gm, '    ')}${pad}    case Point(x=0, y=yy) | [1, 2, *_]:\n${pad}        pass\n${pad}    case -1 | 2.5 | "s" | None | True:\n${pad}        pass\n`),
    fc.tuple(expr, inner(inLoop)).map(([s, b]) => `match ${s}:\n${pad}    case [a, *b] | (a, b):\n${b.replace(/^/gm, '    ')}${pad}    case _:\n${pad}        pass\n`),
  );
  return fc.array(fc.oneof({ weight: 3, arbitrary: simple.map((s) => `${pad}${s}\n`) }, { weight: 2, arbitrary: compound.map((s) => `${pad}${s}${s.endsWith('\n') ? '' : '\n'}`) }),
    { minLength: 1, maxLength: 4 }).map((ss) => ss.join(''));
}

const programs = fc.sample(block(0, false, false), { seed: SEED, numRuns: NUM_RUNS });

describeDisCases('random programs compile to CPython 3.12 bytecode', programs);
