// Typed expressions: expr(ctx, env, ty, depth) is an arbitrary of Python
// expression text whose value has type `ty` in `env`. Operations that could
// fail on most inputs come in a guarded form (`a % (b or 7)`, an index taken
// modulo the length) and, rarely, a raw one, so most programs run to the end
// but errors are exercised too.
import fc from 'fast-check';
import { extend, memo, tpl, varsOf, weighted, type Code, type GenContext } from './context.js';
import type { Env, Ty } from './types.js';
import type { WeightKey } from './weights.js';

const INT_LITS = ['0', '1', '2', '3', '5', '7', '10', '-1', '-4', '42', '255', '1000', '-17', '2**40', '10**20'];
const FLOAT_LITS = ['0.0', '0.5', '1.25', '-2.0', '3.14159', '1e-3', '1e10', '2.5', '-0.75', '1/3'];
const STR_LITS = ["''", "'a'", "'abc'", "'Hello World'", "'x,y,z'", "' pad '", "'42'", "'ünï'", "'AbC'", "'a-b-c'", "'\\t'"];
const SMALL = ['0', '1', '2', '3'];

/** The types whose values can be made in `env`. */
export function typesIn(env: Env): Ty[] {
  const all: Ty[] = ['int', 'float', 'str', 'bool', 'list', 'strs', 'tuple', 'dict', 'set'];
  return env.objects ? [...all, 'obj'] : all;
}

export function literal(ty: Ty): Code {
  const int = fc.constantFrom(...INT_LITS);
  const str = fc.constantFrom(...STR_LITS);
  const list = (item: Code, n: number) => fc.array(item, { maxLength: n }).map((xs) => xs.join(', '));
  switch (ty) {
    case 'int': return int;
    case 'float': return fc.constantFrom(...FLOAT_LITS);
    case 'str': return str;
    case 'bool': return fc.constantFrom('True', 'False');
    case 'list': return list(int, 4).map((x) => `[${x}]`);
    case 'strs': return list(str, 3).map((x) => `[${x}]`);
    case 'tuple': return fc.array(int, { maxLength: 3 }).map((xs) => (xs.length === 1 ? `(${xs[0]},)` : `(${xs.join(', ')})`));
    case 'dict': return fc.array(fc.tuple(str, int), { maxLength: 3 }).map((kv) => `{${kv.map(([k, v]) => `${k}: ${v}`).join(', ')}}`);
    case 'set': return fc.array(int, { minLength: 1, maxLength: 3 }).map((xs) => `{${xs.join(', ')}}`);
    case 'obj': return int.map((v) => `C0(${v})`);
  }
}

export function expr(ctx: GenContext, env: Env, ty: Ty, depth: number): Code {
  return memo(ctx, `e|${env.key}|${ty}|${depth}`, () => build(ctx, env, ty, depth));
}

/** Text of an iterable whose items have type `elem` (int or str). */
export function iterable(ctx: GenContext, env: Env, elem: 'int' | 'str', depth: number, copy = false): Code {
  return memo(ctx, `i|${env.key}|${elem}|${depth}|${copy}`, () => {
    const e = (t: Ty) => expr(ctx, env, t, depth);
    const gen = env.calls.filter((c) => c.ret === 'gen');
    // A loop whose body may grow the list it walks would not end: loops walk a copy.
    const list = copy ? tpl`${e('list')}[:]` : e('list');
    const forms: Code[] = elem === 'int'
      ? [tpl`range(${e('int')} % 6)`, list, e('tuple'), e('set'), tpl`${e('dict')}.values()`, tpl`reversed(${e('list')})`,
        ...gen.map((g) => tpl`${g.name}(${e('int')} % 5)`),
        // Iterators over a generator that they may leave suspended: CPython closes it when they are freed.
        ...gen.map((g) => fc.oneof(tpl`map(abs, ${g.name}(${e('int')} % 5))`,
          tpl`(a${env.nest} for a${env.nest}, _ in zip(${g.name}(${e('int')} % 5), ${e('str')}))`))]
      : [e('str'), copy ? tpl`${e('strs')}[:]` : e('strs'), e('dict'), tpl`sorted(${e('str')})`];
    return fc.oneof(...forms);
  });
}

function build(ctx: GenContext, env: Env, ty: Ty, depth: number): Code {
  const leaf = () => fc.oneof(literal(ty), ...(varsOf(env, ty).length > 0 ? [fc.constantFrom(...varsOf(env, ty))] : []));
  if (depth <= 0) return leaf();
  const e = (t: Ty) => expr(ctx, env, t, depth - 1);
  const vars = (t: Ty) => varsOf(env, t);
  const someVar = (t: Ty): Code | null => (vars(t).length > 0 ? fc.constantFrom(...vars(t)) : null);
  const lit = fc.constantFrom;
  const pick = <T extends string>(...xs: T[]) => fc.constantFrom(...xs);
  const c = `c${env.nest}`;
  const inner = (elem: 'int' | 'str') => extend(env, [{ name: c, ty: elem, writable: false }], { nest: env.nest + 1 });
  const ce = (elem: 'int' | 'str', t: Ty) => expr(ctx, inner(elem), t, depth - 1);
  const it = (elem: 'int' | 'str') => iterable(ctx, env, elem, depth - 1);
  const lam = `p${env.nest}`;
  const lamEnv = extend(env, [{ name: lam, ty: 'int', writable: false }], { nest: env.nest + 1 });
  const le = (t: Ty) => expr(ctx, lamEnv, t, depth - 1);
  const calls = env.calls.filter((f) => f.ret === ty);
  const call = (): Code | null =>
    calls.length === 0 ? null : fc.oneof(...calls.map((f) => fc.tuple(...f.params.map(e)).map((args) => `${f.name}(${args.join(', ')})`)));
  const obj = (make: () => Code): (() => Code | null) => () => (env.objects ? make() : null);
  const cond = () => tpl`(${e(ty)} if ${e('bool')} else ${e(ty)})`;
  const guardedIndex = (seq: Ty, dflt: string): Code | null => {
    const v = someVar(seq);
    return v === null ? null : fc.tuple(v, e('int')).map(([s, i]) => `(${s}[${i} % len(${s})] if ${s} else ${dflt})`);
  };
  const slice = (t: Ty) => fc.oneof(
    tpl`${e(t)}[${e('int')}:${e('int')}]`, tpl`${e(t)}[::${pick('-1', '2', '-2', '3')}]`, tpl`${e(t)}[${e('int')}:]`,
    tpl`${e(t)}[:${e('int')}:${pick('1', '-1', '2')}]`);
  let items: [WeightKey, () => Code | null][] = [];
  switch (ty) {
    case 'int':
      items = [
        ['int.lit', () => literal('int')], ['int.var', () => someVar('int')],
        ['int.arith', () => tpl`(${e('int')} ${pick('+', '-', '*')} ${e('int')})`],
        ['int.divmod', () => tpl`(${e('int')} ${pick('//', '%')} (${e('int')} or ${pick('7', '3', '-2')}))`],
        ['int.pow', () => tpl`(${e('int')} ** ${lit(...SMALL)})`],
        ['int.bits', () => fc.oneof(tpl`(${e('int')} ${pick('&', '|', '^')} ${e('int')})`, tpl`(${e('int')} ${pick('<<', '>>')} ${lit(...SMALL)})`)],
        ['int.unary', () => tpl`${pick('-', '~', '+')}${e('int')}`],
        ['int.len', () => tpl`len(${fc.oneof(e('str'), e('list'), e('strs'), e('tuple'), e('dict'), e('set'))})`],
        ['int.index', () => guardedIndex('list', '0')],
        ['int.index.raw', () => fc.oneof(tpl`${e('list')}[${e('int')}]`, tpl`${e('tuple')}[${e('int')}]`)],
        ['int.dict', () => tpl`${e('dict')}.get(${e('str')}, ${e('int')})`],
        ['int.dict.raw', () => tpl`${e('dict')}[${e('str')}]`],
        ['int.strmethod', () => tpl`${e('str')}.${pick('find', 'count', 'rfind')}(${e('str')})`],
        ['int.listmethod', () => tpl`${e('list')}.count(${e('int')})`],
        ['int.listmethod.raw', () => fc.oneof(tpl`${e('list')}.index(${e('int')})`, tpl`${e('str')}.index(${e('str')})`)],
        ['int.builtin', () => fc.oneof(
          tpl`abs(${e('int')})`, tpl`sum(${e('list')})`, tpl`max(${e('list')}, default=${e('int')})`,
          tpl`min(${e('int')}, ${e('int')})`, tpl`max(${e('int')}, ${e('int')}, ${e('int')})`,
          tpl`divmod(${e('int')}, ${e('int')} or 5)[${pick('0', '1')}]`, tpl`pow(${e('int')}, ${lit(...SMALL)}, ${pick('7', '1000')})`,
          tpl`ord((${e('str')} or 'a')[0])`, tpl`sum(${e('tuple')})`, tpl`len(${e('str')}.split())`)],
        ['int.call', call],
        ['int.cond', cond],
        ['int.genexp', () => fc.oneof(
          tpl`sum(${ce('int', 'int')} for ${c} in ${it('int')})`,
          tpl`sum(1 for ${c} in ${it('str')} if ${ce('str', 'bool')})`,
          tpl`len([${c} for ${c} in ${it('int')} if ${ce('int', 'bool')}])`)],
        ['int.obj', obj(() => fc.oneof(tpl`${e('obj')}.v`, tpl`${e('obj')}.step(${e('int')})`, tpl`len(${e('obj')})`, tpl`sum(${e('obj')})`))],
        ['int.convert', () => fc.oneof(tpl`int(${e('float')})`, tpl`round(${e('float')})`, tpl`int(${e('str')} == ${e('str')})`,
          tpl`int(str(${e('int')})[::-1].strip('-') or 0)`, tpl`hash(${e('int')})`)],
        ['int.bool', () => fc.oneof(tpl`(${e('int')} ${pick('or', 'and')} ${e('int')})`, tpl`(${e('bool')} + ${e('int')})`)],
      ];
      break;
    case 'float':
      items = [
        ['float.lit', () => literal('float')], ['float.var', () => someVar('float')],
        ['float.arith', () => tpl`(${e('float')} ${pick('+', '-', '*')} ${fc.oneof(e('float'), e('int'))})`],
        ['float.div', () => fc.oneof(tpl`(${e('float')} / (${e('float')} or 2.0))`, tpl`(${e('int')} / (${e('int')} or 4))`,
          tpl`(${e('float')} // (${e('float')} or 0.5))`, tpl`(${e('float')} % (${e('float')} or 1.5))`)],
        ['float.convert', () => fc.oneof(tpl`float(${e('int')})`, tpl`float(len(${e('str')}))`, tpl`float(${lit("'1.5'", "'-0.25'", "'1e3'", "' 7 '")})`)],
        ['float.builtin', () => fc.oneof(tpl`abs(${e('float')})`, tpl`round(${e('float')}, ${lit(...SMALL)})`,
          tpl`max(${e('float')}, ${e('int')})`, tpl`min(${e('float')}, ${e('float')})`, tpl`(abs(${e('float')}) ** 0.5)`,
          tpl`sum([${e('float')}, ${e('float')}])`)],
        ['float.call', call],
        ['float.cond', cond],
      ];
      break;
    case 'str':
      items = [
        ['str.lit', () => literal('str')], ['str.var', () => someVar('str')],
        ['str.concat', () => tpl`(${e('str')} + ${e('str')})`],
        ['str.repeat', () => tpl`(${e('str')} * ${lit(...SMALL)})`],
        ['str.slice', () => slice('str')],
        ['str.index', () => guardedIndex('str', "''")],
        ['str.convert', () => fc.oneof(...(['int', 'float', 'str', 'list', 'strs', 'tuple', 'dict', 'set', 'bool'] as const).map(
          (t) => tpl`${pick('str', 'repr')}(${e(t)})`))],
        ['str.fstring', () => fc.oneof(
          tpl`f"{(${e('int')})}-{(${e('str')})!r}"`, tpl`f"{(${e('float')}):.3f}|{(${e('int')}):>5}"`,
          tpl`f"<{(${e('str')}):^9}>{(${e('list')})}"`, tpl`f"{(${e('int')}):x}{(${e('int')}):+d}{(${e('float')}):g}"`)],
        ['str.percent', () => fc.oneof(tpl`('%s=%d' % (${e('str')}, ${e('int')}))`, tpl`('%5.2f' % ${e('float')})`, tpl`('%r' % (${e('list')},))`)],
        ['str.method', () => fc.oneof(
          tpl`${e('str')}.${pick('upper', 'lower', 'strip', 'title', 'capitalize', 'swapcase', 'lstrip', 'rstrip', 'casefold')}()`,
          tpl`${e('str')}.replace(${e('str')}, ${e('str')})`, tpl`${e('str')}.${pick('zfill', 'center', 'ljust', 'rjust')}(${lit('0', '3', '8')})`,
          tpl`${e('str')}.${pick('center', 'ljust')}(${lit('5', '9')}, '*')`, tpl`${e('str')}.${pick('removeprefix', 'removesuffix', 'strip')}(${e('str')})`)],
        ['str.join', () => fc.oneof(tpl`${lit("''", "'-'", "', '")}.join(${e('strs')})`, tpl`''.join(sorted(${e('str')}))`,
          tpl`','.join(str(${c}) for ${c} in ${it('int')})`, tpl`''.join(reversed(${e('str')}))`,
          tpl`''.join(${ce('str', 'str')} for ${c} in ${it('str')})`)],
        ['str.chr', () => tpl`chr(${pick('65', '97', '0x3b1')} + ${e('int')} % 26)`],
        ['str.call', call],
        ['str.cond', cond],
        ['str.obj', obj(() => tpl`${pick('repr', 'str')}(${e('obj')})`)],
      ];
      break;
    case 'bool': {
      const ordered = fc.constantFrom<Ty>('int', 'float', 'str', 'list', 'tuple');
      items = [
        ['bool.lit', () => literal('bool')], ['bool.var', () => someVar('bool')],
        ['bool.compare', () => fc.oneof(
          ordered.chain((t) => tpl`(${e(t)} ${pick('<', '<=', '>', '>=', '==', '!=')} ${e(t)})`),
          tpl`(${e('int')} ${pick('<', '==', '>=')} ${e('float')})`,
          fc.constantFrom<Ty>('dict', 'set', 'strs', 'bool').chain((t) => tpl`(${e(t)} ${pick('==', '!=')} ${e(t)})`),
          tpl`(${e('set')} ${pick('<=', '<', '>=')} ${e('set')})`)],
        ['bool.chain', () => tpl`(${e('int')} < ${e('int')} <= ${e('int')})`],
        ['bool.member', () => fc.oneof(
          tpl`(${e('int')} ${pick('in', 'not in')} ${fc.oneof(e('list'), e('set'), e('tuple'))})`,
          tpl`(${e('str')} ${pick('in', 'not in')} ${fc.oneof(e('str'), e('strs'), e('dict'))})`)],
        ['bool.logic', () => tpl`(${e('bool')} ${pick('and', 'or')} ${e('bool')})`],
        ['bool.not', () => fc.constantFrom(...typesIn(env)).chain((t) => tpl`(not ${e(t)})`)],
        ['bool.anyall', () => fc.oneof(tpl`${pick('any', 'all')}(${ce('int', 'bool')} for ${c} in ${it('int')})`,
          tpl`${pick('any', 'all')}(${ce('str', 'bool')} for ${c} in ${it('str')})`)],
        ['bool.strtest', () => fc.oneof(tpl`${e('str')}.${pick('startswith', 'endswith')}(${e('str')})`,
          tpl`${e('str')}.${pick('isdigit', 'isalpha', 'isupper', 'islower', 'isspace', 'isalnum')}()`)],
        ['bool.isinstance', () => fc.constantFrom(...typesIn(env)).chain((t) => tpl`isinstance(${e(t)}, ${pick('int', 'str', '(list, tuple)', 'bool', 'float')})`)],
        ['bool.obj', obj(() => tpl`(${e('obj')} ${pick('==', '<', '!=')} ${e('obj')})`)],
        ['bool.truth', () => fc.constantFrom(...typesIn(env)).chain((t) => tpl`bool(${e(t)})`)],
      ];
      break;
    }
    case 'list':
      items = [
        ['list.lit', () => fc.array(e('int'), { maxLength: 4 }).map((xs) => `[${xs.join(', ')}]`)], ['list.var', () => someVar('list')],
        ['list.concat', () => tpl`(${e('list')} + ${e('list')})`],
        ['list.repeat', () => tpl`(${e('list')} * ${lit('0', '1', '2')})`],
        ['list.slice', () => slice('list')],
        ['list.sorted', () => fc.oneof(tpl`sorted(${it('int')})`, tpl`sorted(${e('list')}, reverse=True)`,
          tpl`sorted(${e('list')}, key=lambda ${lam}: ${le('int')})`, tpl`sorted(${e('list')}, key=lambda ${lam}: (${lam} % 3, -${lam}))`)],
        ['list.range', () => fc.oneof(tpl`list(range(${e('int')} % 6))`, tpl`list(range(${e('int')} % 5, ${e('int')} % 9, ${lit('1', '2', '-1', '3')}))`)],
        ['list.comp', () => fc.oneof(tpl`[${ce('int', 'int')} for ${c} in ${it('int')}]`,
          tpl`[${ce('int', 'int')} for ${c} in ${it('int')} if ${ce('int', 'bool')}]`,
          tpl`[len(${c}) for ${c} in ${it('str')}]`)],
        ['list.comp.nested', () => tpl`[${c} * q${env.nest} for ${c} in ${it('int')} for q${env.nest} in range(${lit('1', '2', '3')})]`],
        ['list.map', () => fc.oneof(tpl`list(map(lambda ${lam}: ${le('int')}, ${it('int')}))`, tpl`list(filter(lambda ${lam}: ${le('bool')}, ${it('int')}))`,
          tpl`[u${env.nest} * z${env.nest} for u${env.nest}, z${env.nest} in zip(${e('list')}, ${e('list')})]`)],
        ['list.convert', () => fc.oneof(tpl`list(${e('tuple')})`, tpl`list(${e('set')})`, tpl`list(${e('dict')}.values())`,
          tpl`list(${e('str')}.encode())`, tpl`${e('list')}.copy()`, tpl`[ord(${c}) for ${c} in ${e('str')}]`)],
        ['list.call', call],
        ['list.gen', () => {
          const gens = env.calls.filter((f) => f.ret === 'gen');
          return gens.length === 0 ? null : fc.oneof(...gens.map((g) => tpl`list(${g.name}(${e('int')} % 5))`));
        }],
      ];
      break;
    case 'strs':
      items = [
        ['strs.lit', () => literal('strs')], ['strs.var', () => someVar('strs')],
        ['strs.split', () => fc.oneof(tpl`${e('str')}.split()`, tpl`${e('str')}.split(${lit("','", "'-'", "'a'")})`, tpl`${e('str')}.split(${e('str')})`)],
        ['strs.comp', () => fc.oneof(tpl`[${ce('str', 'str')} for ${c} in ${it('str')}]`, tpl`[str(${c}) for ${c} in ${it('int')}]`)],
        ['strs.convert', () => fc.oneof(tpl`list(${e('str')})`, tpl`list(${e('dict')})`, tpl`list(${e('dict')}.keys())`, tpl`(${e('strs')} + ${e('strs')})`)],
        ['strs.sorted', () => fc.oneof(tpl`sorted(${e('strs')})`, tpl`sorted(${e('strs')}, key=len)`, tpl`sorted(${e('dict')}, reverse=True)`)],
      ];
      break;
    case 'tuple':
      items = [
        ['tuple.lit', () => fc.array(e('int'), { maxLength: 3 }).map((xs) => (xs.length === 1 ? `(${xs[0]},)` : `(${xs.join(', ')})`))],
        ['tuple.var', () => someVar('tuple')],
        ['tuple.convert', () => fc.oneof(tpl`tuple(${e('list')})`, tpl`tuple(sorted(${e('set')}))`, tpl`tuple(len(${c}) for ${c} in ${e('strs')})`)],
        ['tuple.slice', () => slice('tuple')],
        ['tuple.concat', () => tpl`(${e('tuple')} + ${e('tuple')})`],
        ['tuple.divmod', () => tpl`divmod(${e('int')}, ${e('int')} or 3)`],
      ];
      break;
    case 'dict':
      items = [
        ['dict.lit', () => fc.array(fc.tuple(e('str'), e('int')), { maxLength: 3 }).map((kv) => `{${kv.map(([k, v]) => `${k}: ${v}`).join(', ')}}`)],
        ['dict.var', () => someVar('dict')],
        ['dict.comp', () => fc.oneof(tpl`{${c}: len(${c}) for ${c} in ${it('str')}}`, tpl`{str(${c}): ${ce('int', 'int')} for ${c} in ${it('int')}}`)],
        ['dict.zip', () => tpl`dict(zip(${e('strs')}, ${e('list')}))`],
        ['dict.merge', () => fc.oneof(tpl`{**${e('dict')}, ${e('str')}: ${e('int')}}`, tpl`(${e('dict')} | ${e('dict')})`, tpl`dict(${e('dict')})`)],
        ['dict.fromkeys', () => tpl`dict.fromkeys(${e('strs')}, ${e('int')})`],
      ];
      break;
    case 'set':
      items = [
        ['set.lit', () => fc.oneof(fc.array(e('int'), { minLength: 1, maxLength: 3 }).map((xs) => `{${xs.join(', ')}}`), fc.constant('set()'))],
        ['set.var', () => someVar('set')],
        ['set.convert', () => fc.oneof(tpl`set(${e('list')})`, tpl`set(range(${e('int')} % 7))`, tpl`set(${e('tuple')})`)],
        ['set.ops', () => tpl`(${e('set')} ${pick('|', '&', '-', '^')} ${e('set')})`],
        ['set.comp', () => tpl`{${ce('int', 'int')} % 5 for ${c} in ${it('int')}}`],
      ];
      break;
    case 'obj':
      items = [
        ['obj.var', () => someVar('obj')],
        ['obj.new', () => tpl`${pick('C0', 'C1')}(${e('int')})`],
        ['obj.add', () => tpl`(${e('obj')} + ${e('obj')})`],
      ];
      break;
  }
  const choices = weighted(ctx, env, items);
  for (const extra of ctx.extraExpressions) {
    if (extra.ty === ty && extra.weight > 0) choices.push({ weight: extra.weight, arbitrary: extra.make(env, e) });
  }
  return choices.length === 0 ? leaf() : fc.oneof({ withCrossShrink: true }, ...choices);
}
