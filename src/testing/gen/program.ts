// Whole programs: typed globals, a fixed catalogue of functions (plain, a
// generator, a class C0 with methods and dunders and a subclass C1) whose
// bodies are generated, then the module's statements. Each function may call
// only those defined before it, so nothing recurses; the renderer keeps only
// the definitions the program names.
import fc from 'fast-check';
import { extend, type ExtraExpression, type ExtraStatement, type GenContext } from './context.js';
import { expr, literal } from './expr.js';
import { renderProgram } from './render.js';
import { block } from './stmt.js';
import type { Callable, Def, Env, Program, Stmt, Ty, Var } from './types.js';
import { DEFAULT_WEIGHTS, type WeightKey } from './weights.js';

export interface ProgramOptions {
  /** Weight overrides (0 turns a construct off); see DEFAULT_WEIGHTS. */
  weights?: Partial<Record<WeightKey, number>>;
  extraExpressions?: readonly ExtraExpression[];
  extraStatements?: readonly ExtraStatement[];
  /** Depth of expressions (default 2). */
  exprDepth?: number;
  /** Depth of nested compound statements (default 3). */
  stmtDepth?: number;
  /** Most statements in a nested body (default 3) and at module level (default 8). */
  maxBody?: number;
  maxMain?: number;
}

const GLOBALS: readonly [string, Ty][] = [
  ['i0', 'int'], ['i1', 'int'], ['x0', 'float'], ['s0', 'str'], ['s1', 'str'], ['b0', 'bool'], ['l0', 'list'], ['l1', 'list'],
  ['ws0', 'strs'], ['t0', 'tuple'], ['d0', 'dict'], ['st0', 'set'], ['o0', 'obj'],
];

interface FnSpec {
  readonly name: string;
  readonly params: readonly [string, Ty][];
  readonly ret: Ty | 'gen';
}

const FUNCTIONS: readonly FnSpec[] = [
  { name: 'f0', params: [['a', 'int'], ['b', 'int']], ret: 'int' },
  { name: 'f1', params: [['s', 'str'], ['n', 'int']], ret: 'str' },
  { name: 'f2', params: [['xs', 'list'], ['k', 'int']], ret: 'list' },
  { name: 'f3', params: [['d', 'dict'], ['ws', 'strs']], ret: 'int' },
  { name: 'f4', params: [['x', 'float'], ['flag', 'bool']], ret: 'float' },
  { name: 'g0', params: [['n', 'int']], ret: 'gen' },
];

/** A function's own variables, set at the top of its body. */
const LOCALS: readonly Var[] = [
  { name: 'r', ty: 'int', writable: true }, { name: 'acc', ty: 'list', writable: true }, { name: 'txt', ty: 'str', writable: true },
];
const LOCALS_INIT = ['r = 0', 'acc = []', "txt = ''"];

const C0_DUNDERS = [
  'def __repr__(self):', "    return f'C0({self.v!r})'",
  'def __eq__(self, other):', '    return isinstance(other, C0) and self.v == other.v',
  'def __lt__(self, other):', '    return self.v < other.v',
  'def __add__(self, other):', '    return C0(self.v + other.v)',
  'def __len__(self):', '    return abs(self.v) % 7',
  'def __iter__(self):', '    for i in range(len(self)):', '        yield self.v + i',
];

export function makeContext(options: ProgramOptions = {}): GenContext {
  return {
    weights: { ...DEFAULT_WEIGHTS, ...options.weights },
    extraExpressions: options.extraExpressions ?? [],
    extraStatements: options.extraStatements ?? [],
    exprDepth: options.exprDepth ?? 2,
    stmtDepth: options.stmtDepth ?? 3,
    maxBody: options.maxBody ?? 3,
    memo: new Map(),
  };
}

const callable = (f: FnSpec): Callable => ({ name: f.name, params: f.params.map(([, t]) => t), ret: f.ret });

function baseEnv(vars: readonly Var[], change: Partial<Env>): Env {
  const empty: Env = {
    key: '', vars: [], calls: [], scope: 'module', loop: false, depth: 0, objects: false, closures: false, nest: 0, ret: null, guarded: false,
  };
  return extend({ ...empty, ...change }, vars);
}

const globalsFor = (writable: boolean, objects: boolean): Var[] =>
  GLOBALS.filter(([, t]) => objects || t !== 'obj').map(([name, ty]) => ({ name, ty, writable }));

/** The arbitrary of generated programs (records; see programSource for the text). */
export function programRecord(options: ProgramOptions = {}): fc.Arbitrary<Program> {
  const ctx = makeContext(options);
  const defs: fc.Arbitrary<Def>[] = [];
  FUNCTIONS.forEach((f, i) => {
    const gen = f.ret === 'gen';
    const env = baseEnv([...globalsFor(false, false), ...LOCALS, ...f.params.map(([name, ty]) => ({ name, ty, writable: true }))], {
      scope: gen ? 'generator' : 'function', depth: 1, closures: true, ret: gen ? null : (f.ret as Ty),
      calls: FUNCTIONS.slice(0, i).map(callable),
    });
    const head = `def ${f.name}(${f.params.map(([n]) => n).join(', ')})`;
    const ret = gen ? fc.constant('yield r') : expr(ctx, env, f.ret as Ty, ctx.exprDepth).map((x) => `return ${x}`);
    defs.push(fc.tuple(block(ctx, env), ret).map(([body, last]) => ({
      name: f.name, stmt: { k: 'b', head, pre: LOCALS_INIT, body, post: [last] },
    })));
  });
  // C0.step and C1.step may call every function above; they see self.v as an int variable.
  const methodEnv = (extra: Var[]) => baseEnv(
    [...globalsFor(false, false), ...LOCALS, { name: 'self.v', ty: 'int', writable: true }, { name: 'x', ty: 'int', writable: true }, ...extra],
    { scope: 'function', depth: 2, closures: true, ret: 'int', calls: FUNCTIONS.map(callable) });
  const c0Env = methodEnv([]);
  defs.push(fc.tuple(block(ctx, c0Env), expr(ctx, c0Env, 'int', ctx.exprDepth)).map(([body, ret]) => ({
    name: 'C0', stmt: { k: 'b', head: 'class C0', pre: ['def __init__(self, v):', '    self.v = v'], body: [
      { k: 'b', head: 'def step(self, x)', pre: LOCALS_INIT, body, post: [`return ${ret}`] },
    ], post: C0_DUNDERS },
  })));
  const c1Env = methodEnv([{ name: 'base', ty: 'int', writable: true }]);
  defs.push(fc.tuple(block(ctx, c1Env), expr(ctx, c1Env, 'int', ctx.exprDepth)).map(([body, ret]) => ({
    name: 'C1', stmt: { k: 'b', head: 'class C1(C0)', body: [
      { k: 'b', head: 'def step(self, x)', pre: [...LOCALS_INIT, 'base = super().step(x)'], body, post: [`return base + ${ret}`] },
    ], post: ['def __repr__(self):', "    return 'C1(' + str(self.v) + ')'"] },
  })));
  const mainEnv = baseEnv(globalsFor(true, true), { objects: true, calls: FUNCTIONS.map(callable) });
  const globals = fc.tuple(...GLOBALS.map(([name, ty]) => literal(ty).map((init) => ({ name, init }))));
  // main first: shrinking tries the fields in this order, and main is where most of a program is.
  return fc.record({
    main: block(ctx, mainEnv, options.maxMain ?? 8),
    defs: fc.tuple(...defs),
    globals,
  });
}

/** Generated Python 3.12 programs as source text. */
export function pythonProgram(options: ProgramOptions = {}): fc.Arbitrary<string> {
  return programRecord(options).map(renderProgram);
}

export type { Program, Stmt };
