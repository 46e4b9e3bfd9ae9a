// Typed statements. Every loop ends: `for` walks a range modulo a small
// number or a copy of a finite collection, `while` has its own counter
// (incremented first, so `continue` cannot skip it). Values cannot grow
// without bound: inside loops and functions a sequence assignment keeps a
// bounded prefix, and an int product is taken modulo a prime.
import fc from 'fast-check';
import { extend, memo, tpl, varsOf, weighted, type Code, type GenContext } from './context.js';
import { expr, iterable, typesIn } from './expr.js';
import type { Env, Stmt, Ty } from './types.js';
import type { WeightKey } from './weights.js';

const s = (text: string): Stmt => ({ k: 's', text });
const CAUGHT = '(ZeroDivisionError, IndexError, KeyError, ValueError, TypeError, AttributeError)';
const INT_MOD = '1000003';
const SEQ_CAP: Partial<Record<Ty, string>> = { str: '40', list: '12', strs: '8', tuple: '8' };

/** Statements of a body in `env` (at least one). */
export function block(ctx: GenContext, env: Env, max = ctx.maxBody): fc.Arbitrary<Stmt[]> {
  return memo(ctx, `b|${env.key}|${max}`, () => fc.array(stmt(ctx, env), { minLength: 1, maxLength: max }));
}

/** Where growth compounds: a loop, or a function that may be called from one. */
const bounded = (env: Env): boolean => env.loop || env.scope !== 'module';

/** `value` as assigned to a `ty` variable in `env`, bounded where needed. */
function capped(env: Env, ty: Ty, value: string): string {
  if (!bounded(env)) return value;
  const cap = SEQ_CAP[ty];
  if (cap !== undefined) return `(${value})[:${cap}]`;
  if (ty === 'int' && /\*|<</.test(value)) return `(${value}) % ${INT_MOD}`;
  return value;
}

export function stmt(ctx: GenContext, env: Env): fc.Arbitrary<Stmt> {
  return memo(ctx, `s|${env.key}`, () => buildStmt(ctx, env));
}

function buildStmt(ctx: GenContext, env: Env): fc.Arbitrary<Stmt> {
  const e = (t: Ty): Code => expr(ctx, env, t, ctx.exprDepth);
  const small = (t: Ty): Code => expr(ctx, env, t, Math.max(0, ctx.exprDepth - 1));
  const pick = <T extends string>(...xs: T[]) => fc.constantFrom(...xs);
  const writable = (t: Ty) => varsOf(env, t, true);
  const anyVar = (t: Ty): Code | null => (varsOf(env, t).length > 0 ? fc.constantFrom(...varsOf(env, t)) : null);
  const compound = env.depth < ctx.stmtDepth;
  const innerEnv = (loop: boolean) => extend(env, [], { depth: env.depth + 1, loop });
  const body = (loop = env.loop) => block(ctx, innerEnv(loop));
  const elseTail = (loop = env.loop) => fc.option(body(loop), { freq: 3 }).map((b) => (b === null ? [] : [{ head: 'else', body: b }]));
  const assignable = typesIn(env).filter((t) => writable(t).length > 0);
  const st = (a: Code) => a.map(s);
  type Item = [WeightKey, () => fc.Arbitrary<Stmt> | null];
  const forOver = (target: Code, iter: Code): fc.Arbitrary<Stmt> =>
    fc.tuple(target, iter, body(true), elseTail()).map(([t, i, b, tails]) => ({ k: 'b', head: `for ${t} in ${i}`, body: b, tails }));
  const items: Item[] = [
    ['stmt.assign', () => assignable.length === 0 ? null : fc.constantFrom(...assignable).chain((t) =>
      fc.tuple(fc.constantFrom(...writable(t)), e(t)).map(([v, x]) => s(`${v} = ${capped(env, t, x)}`)))],
    ['stmt.augassign', () => {
      const forms: fc.Arbitrary<Stmt>[] = [];
      const aug = (t: Ty, ops: string[], rhs: Ty, wrap = (x: string) => x) => {
        if (writable(t).length > 0) {
          forms.push(fc.tuple(fc.constantFrom(...writable(t)), fc.constantFrom(...ops), e(rhs)).map(([v, op, x]) => s(`${v} ${op} ${wrap(x)}`)));
        }
      };
      aug('int', bounded(env) ? ['+=', '-=', '|=', '^='] : ['+=', '-=', '*=', '|=', '^=', '<<='], 'int', (x) => (bounded(env) ? x : `(${x}) % 5`));
      aug('int', ['//=', '%='], 'int', (x) => `(${x} or 3)`);
      aug('float', ['+=', '-=', '*=', '/='], 'float', (x) => `(${x} or 1.5)`);
      aug('str', ['+='], 'str', (x) => (bounded(env) ? `(${x})[:5]` : x));
      aug('list', ['+='], 'list', (x) => (bounded(env) ? `(${x})[:3]` : x));
      aug('set', ['|=', '&=', '-='], 'set');
      aug('dict', ['|='], 'dict');
      return forms.length === 0 ? null : fc.oneof(...forms);
    }],
    ['stmt.print', () => fc.oneof(
      fc.constantFrom(...typesIn(env)).chain((t) => e(t)).map((x) => s(`print(${x})`)),
      fc.tuple(small('int'), small('str'), small('list')).map(([a, b, c]) => s(`print(${a}, ${b}, ${c}, sep=', ')`)),
      fc.tuple(small('str'), small('float')).map(([a, b]) => s(`print(${a}, ${b}, end=' |\\n')`)))],
    ['stmt.listmut', () => {
      const l = anyVar('list');
      const w = anyVar('strs');
      if (l === null) return null;
      return fc.oneof(
        st(tpl`${l}.append(${e('int')})`), st(tpl`${l}.extend(${e('list')}${bounded(env) ? '[:3]' : ''})`),
        st(tpl`${l}.insert(${e('int')}, ${e('int')})`), st(tpl`${l}.${pick('sort', 'reverse', 'clear')}()`),
        st(tpl`${l}.sort(key=lambda p${env.nest}: -p${env.nest})`),
        st(l.chain((v) => tpl`${v}.pop() if ${v} else None`)),
        st(fc.tuple(l, small('int')).map(([v, x]) => `${v}.remove(${x}) if ${x} in ${v} else None`)),
        st(tpl`del ${l}[${e('int')}:${e('int')}]`), st(tpl`${l}[${small('int')}:${small('int')}] = ${e('list')}[:3]`),
        ...(w === null ? [] : [st(tpl`${w}.append(${e('str')}${bounded(env) ? '[:20]' : ''})`), st(tpl`${w}.sort()`)]));
    }],
    ['stmt.dictmut', () => {
      const d = anyVar('dict');
      if (d === null) return null;
      return fc.oneof(
        st(tpl`${d}[${e('str')}] = ${e('int')}`), st(tpl`${d}.pop(${e('str')}, None)`), st(tpl`${d}.setdefault(${e('str')}, ${e('int')})`),
        st(tpl`${d}.update(${e('dict')})`), st(fc.tuple(d, small('str')).map(([v, k]) => `${v}[${k}] = ${v}.get(${k}, 0) + 1`)),
        fc.tuple(d, small('str')).map(([v, k]): Stmt => ({ k: 'b', head: `if ${k} in ${v}`, body: [s(`del ${v}[${k}]`)] })),
        st(tpl`${d}.popitem() if ${d} else None`));
    }],
    ['stmt.setmut', () => {
      const v = anyVar('set');
      return v === null ? null : fc.oneof(st(tpl`${v}.${pick('add', 'discard')}(${e('int')})`), st(tpl`${v}.update(${e('list')})`));
    }],
    ['stmt.objmut', () => {
      const o = anyVar('obj');
      return o === null ? null : fc.oneof(st(tpl`${o}.v = ${e('int')}`), st(tpl`${o}.v += ${e('int')}`), st(tpl`print(${o}.step(${e('int')}))`));
    }],
    ['stmt.if', () => !compound ? null : fc.tuple(e('bool'), body(), fc.array(fc.tuple(e('bool'), body()), { maxLength: 2 }), elseTail()).map(
      ([c, b, elifs, tails]) => ({ k: 'b', head: `if ${c}`, body: b, tails: [...elifs.map(([ec, eb]) => ({ head: `elif ${ec}`, body: eb })), ...tails] }))],
    ['stmt.for.range', () => {
      const t = writable('int');
      if (!compound || t.length === 0) return null;
      return forOver(fc.constantFrom(...t), fc.oneof(tpl`range(${small('int')} % 6)`, tpl`range(${small('int')} % 4, ${small('int')} % 8)`,
        tpl`range(${small('int')} % 10, -1, ${pick('-2', '-3')})`));
    }],
    ['stmt.for.iter', () => {
      if (!compound) return null;
      const forms = (['int', 'str'] as const).filter((t) => writable(t).length > 0)
        .map((t) => forOver(fc.constantFrom(...writable(t)), iterable(ctx, env, t, Math.max(0, ctx.exprDepth - 1), true)));
      return forms.length === 0 ? null : fc.oneof(...forms);
    }],
    ['stmt.for.items', () => {
      if (!compound || writable('str').length === 0 || writable('int').length === 0) return null;
      return forOver(tpl`${fc.constantFrom(...writable('str'))}, ${fc.constantFrom(...writable('int'))}`,
        fc.oneof(tpl`${small('dict')}.items()`, tpl`sorted(${small('dict')}.items())`, tpl`zip(${small('strs')}, ${small('list')})`));
    }],
    ['stmt.for.enumerate', () => {
      if (!compound || writable('int').length === 0) return null;
      const ints = fc.constantFrom(...writable('int'));
      const strs = writable('str');
      return forOver(strs.length > 0 ? tpl`${ints}, ${fc.constantFrom(...strs)}` : tpl`${ints}, ${ints}`,
        strs.length > 0 ? tpl`enumerate(${small('str')}${pick('', ', 1')})` : tpl`enumerate(${small('list')}[:])`);
    }],
    ['stmt.for.gen', () => {
      const gens = env.calls.filter((c) => c.ret === 'gen');
      const t = writable('int');
      if (!compound || gens.length === 0 || t.length === 0) return null;
      return forOver(fc.constantFrom(...t), fc.oneof(...gens.map((g) => tpl`${g.name}(${small('int')} % 5)`)));
    }],
    ['stmt.while', () => {
      if (!compound) return null;
      const counter = `k${env.depth}`;
      return fc.tuple(pick('1', '2', '3', '5'), fc.option(e('bool')), body(true), elseTail()).map(([n, c, b, tails]): Stmt => ({
        k: 'seq', stmts: [s(`${counter} = 0`), {
          k: 'b', head: `while ${counter} < ${n}${c === null ? '' : ` and ${c}`}`, pre: [`${counter} += 1`], body: b, tails,
        }],
      }));
    }],
    ['stmt.try', () => {
      if (!compound) return null;
      const handler = fc.oneof(
        fc.tuple(pick(CAUGHT, 'Exception', 'ValueError', '(IndexError, KeyError)'), body()).map(([types, b]) => ({
          head: `except ${types} as exc`, body: [s('print(type(exc).__name__, exc)'), ...b] })),
        body().map((b) => ({ head: 'except ArithmeticError', body: b })));
      const guarded = block(ctx, extend(env, [], { depth: env.depth + 1, guarded: true }));
      return fc.tuple(guarded, fc.option(handler, { freq: 5 }), fc.option(body(), { freq: 3 }), fc.option(body(), { freq: 2 })).map(
        ([b, h, els, fin]) => {
          const tails = [];
          if (h !== null) tails.push(h);
          if (h !== null && els !== null) tails.push({ head: 'else', body: els });
          if (fin !== null || h === null) tails.push({ head: 'finally', body: fin ?? [] });
          return { k: 'b', head: 'try', body: b, tails };
        });
    }],
    ['stmt.raise', () => fc.oneof(st(tpl`raise ${pick('ValueError', 'KeyError', 'RuntimeError')}(${small('str')})`),
      st(tpl`raise IndexError(${small('int')})`))],
    ['stmt.assert', () => st(tpl`assert ${e('bool')}, ${small('str')}`)],
    ['stmt.break', () => (env.loop ? e('bool').map((c): Stmt => ({ k: 'b', head: `if ${c}`, body: [s('break')] })) : null)],
    ['stmt.continue', () => (env.loop ? e('bool').map((c): Stmt => ({ k: 'b', head: `if ${c}`, body: [s('continue')] })) : null)],
    ['stmt.return', () => {
      if (env.scope === 'module') return null;
      if (env.ret === null) return e('bool').map((c): Stmt => ({ k: 'b', head: `if ${c}`, body: [s('return')] }));
      const ret = env.ret;
      return fc.tuple(e('bool'), e(ret)).map(([c, v]): Stmt => ({ k: 'b', head: `if ${c}`, body: [s(`return ${v}`)] }));
    }],
    ['stmt.yield', () => env.scope !== 'generator' ? null : fc.oneof(st(tpl`yield ${e('int')}`), st(tpl`yield from range(${small('int')} % 4)`),
      st(tpl`print('got', (yield ${small('int')}))`))],
    ['stmt.closure', () => {
      if (!env.closures || !compound) return null;
      // `inner` reads the enclosing function's variables and rebinds its `r`.
      const readOnly = env.vars.map((v) => ({ ...v, writable: false }));
      const innerFn = extend({ ...env, vars: readOnly }, [{ name: 'x', ty: 'int', writable: true }, { name: 'r', ty: 'int', writable: true }],
        { scope: 'function', ret: 'int', closures: false, loop: false, depth: env.depth + 1 });
      return fc.tuple(block(ctx, innerFn, 3), expr(ctx, innerFn, 'int', ctx.exprDepth), pick('r = inner', 'print(inner', 'acc.append(inner'),
        small('int')).map(([b, ret, use, arg]): Stmt => ({
        k: 'seq', stmts: [
          { k: 'b', head: 'def inner(x)', pre: ['nonlocal r'], body: b, post: [`return ${ret}`] },
          s(use === 'r = inner' ? `r = inner(${arg})` : `${use}(${arg}))`),
        ],
      }));
    }],
    ['stmt.unpack', () => {
      const forms: fc.Arbitrary<Stmt>[] = [];
      for (const t of ['int', 'str'] as const) {
        const vs = writable(t);
        if (vs.length >= 2) forms.push(fc.tuple(fc.constantFrom(...vs), fc.constantFrom(...vs)).map(([a, b]) => s(`${a}, ${b} = ${b}, ${a}`)));
      }
      const ints = writable('int');
      const lists = writable('list');
      if (ints.length > 0 && lists.length > 0) {
        forms.push(fc.tuple(fc.constantFrom(...ints), fc.constantFrom(...lists), e('list')).map(([a, l, x]) => s(`${a}, *${l} = [0, *${x}]`)));
      }
      if (ints.length > 0) forms.push(fc.tuple(fc.constantFrom(...ints), fc.constantFrom(...ints), e('int'), e('int')).map(
        ([a, b, x, y]) => s(`${a}, ${b} = divmod(${x}, ${y} or 2)`)));
      return forms.length === 0 ? null : fc.oneof(...forms);
    }],
    ['stmt.raw', () => {
      const l = anyVar('list');
      const v = anyVar('set');
      return fc.oneof(...(l === null ? [] : [st(tpl`${l}[${e('int')}] = ${e('int')}`)]), ...(v === null ? [] : [st(tpl`${v}.remove(${e('int')})`)]),
        st(tpl`print(${e('int')} // ${e('int')})`));
    }],
    ['stmt.del', () => {
      const l = anyVar('list');
      return l === null ? null : st(tpl`del ${l}[${small('int')}:]`);
    }],
  ];
  const choices = weighted(ctx, env, items);
  for (const extra of ctx.extraStatements) {
    if (extra.weight > 0 && (extra.when?.(env) ?? true)) choices.push({ weight: extra.weight, arbitrary: extra.make(env, e) });
  }
  return fc.oneof({ withCrossShrink: true }, ...choices);
}
