// The generator's settings and helpers shared by the expression and
// statement generators.
import fc from 'fast-check';
import type { Env, Stmt, Ty, Var } from './types.js';
import type { Weights } from './weights.js';

export type Code = fc.Arbitrary<string>;

/** A user-supplied expression form: `make` builds text of type `ty`; `sub(t)` gives smaller expressions of type t. */
export interface ExtraExpression {
  readonly ty: Ty;
  readonly weight: number;
  make(env: Env, sub: (ty: Ty) => Code): Code;
}

/** A user-supplied statement form; `expr(t)` gives expressions of type t in `env`. */
export interface ExtraStatement {
  readonly weight: number;
  /** Only where this holds (default: everywhere). */
  readonly when?: (env: Env) => boolean;
  make(env: Env, expr: (ty: Ty) => Code): fc.Arbitrary<Stmt>;
}

export interface GenContext {
  readonly weights: Weights;
  readonly extraExpressions: readonly ExtraExpression[];
  readonly extraStatements: readonly ExtraStatement[];
  /** Depth of generated expressions (0: literals and variables only). */
  readonly exprDepth: number;
  /** Depth of nested compound statements. */
  readonly stmtDepth: number;
  /** Most statements in one body. */
  readonly maxBody: number;
  readonly memo: Map<string, unknown>;
}

/** `tpl\`(${a} + ${b})\``: the text with each arbitrary's value (or constant string) in place. */
export function tpl(parts: TemplateStringsArray, ...args: readonly (Code | string | number)[]): Code {
  const arbs = args.map((a) => (typeof a === 'string' || typeof a === 'number' ? fc.constant(String(a)) : a));
  return fc.tuple(...arbs).map((values) => {
    let text = parts[0] ?? '';
    values.forEach((v, i) => {
      text += v + (parts[i + 1] ?? '');
    });
    return text;
  });
}

export function memo<T>(ctx: GenContext, key: string, make: () => T): T {
  const hit = ctx.memo.get(key);
  if (hit !== undefined) return hit as T;
  const made = make();
  ctx.memo.set(key, made);
  return made;
}

export function varsOf(env: Env, ty: Ty, writable = false): string[] {
  return env.vars.filter((v) => v.ty === ty && (!writable || v.writable)).map((v) => v.name);
}

/** `env` with more variables (shadowing same-named ones) and other changes. */
export function extend(env: Env, vars: readonly Var[], change: Partial<Omit<Env, 'key' | 'vars'>> = {}): Env {
  const names = new Set(vars.map((v) => v.name));
  const merged = [...env.vars.filter((v) => !names.has(v.name)), ...vars];
  const next = { ...env, ...change, vars: merged };
  const key = [
    next.scope, next.loop ? 'L' : '', next.guarded ? 'G' : '', next.depth, next.objects ? 'O' : '', next.closures ? 'C' : '', next.nest,
    next.calls.map((c) => c.name).join(','),
    merged.map((v) => `${v.name}:${v.ty}${v.writable ? '!' : ''}`).join(','),
  ].join('|');
  return { ...next, key };
}

/** Forms that usually raise: generated only inside `try` bodies, so most programs run to their end. */
const RAISING = new Set<keyof Weights>(['int.index.raw', 'int.dict.raw', 'int.listmethod.raw', 'stmt.raise', 'stmt.assert', 'stmt.raw']);

/** Weighted alternatives, skipping those whose weight is 0 or that cannot be built here (null). */
export function weighted<T>(ctx: GenContext, env: Env, items: readonly [keyof Weights, () => fc.Arbitrary<T> | null][]): { weight: number; arbitrary: fc.Arbitrary<T> }[] {
  const out: { weight: number; arbitrary: fc.Arbitrary<T> }[] = [];
  for (const [key, make] of items) {
    const weight = ctx.weights[key];
    if (weight <= 0 || (RAISING.has(key) && !env.guarded)) continue;
    const arbitrary = make();
    if (arbitrary !== null) out.push({ weight, arbitrary });
  }
  return out;
}
