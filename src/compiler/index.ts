// The compiler's public face: source or AST → code object, as CPython 3.12's
// `compile(source, filename, 'exec')` produces it.
import type * as ast from '../parser/ast-nodes.js';
import { parse, parseWarnings } from '../parser/parse.js';
import { parseLiteralCall } from '../parser/literal-call.js';
import { STORE } from '../parser/targets.js';
import { ConstFrozenset, ConstTuple, type CodeObject } from '../bytecode/code.js';
import { PyBytes, PyComplex, PyEllipsis } from '../parser/constants.js';
import { codegenExpression, codegenModule } from './codegen.js';
import { PySyntaxError } from '../parser/syntax-error.js';
import { optimizeAst, type OptimizeOptions } from './ast-optimize.js';
export { DIS_MODULE_START_DEPTH } from './ast-optimize.js';
import { assembleCodeUnit } from './assemble.js';
import { codeFromTransfer, codeToTransfer, type TransferCode } from '../bytecode/code-transfer.js';

export interface CompileOptions {
  /** 3 × the Python frames CPython would have on the stack when compiling: its RecursionError depth starts there. */
  startDepth?: number;
}

/** A SyntaxWarning CPython's parser or compiler issues for a module, at a line. */
export interface CompileWarning {
  readonly lineno: number;
  readonly msg: string;
}

const moduleWarnings = new WeakMap<CodeObject, readonly CompileWarning[]>();

/** The SyntaxWarnings compiling a module gave, in the order CPython issues them (the parser's, then the compiler's). */
export function compileWarnings(code: CodeObject): readonly CompileWarning[] {
  return moduleWarnings.get(code) ?? [];
}

/** A compiled module as another thread receives it (bytecode/code-transfer.ts), with its SyntaxWarnings. */
export interface TransferModule {
  readonly code: TransferCode;
  readonly warnings: readonly CompileWarning[];
}

export function moduleToTransfer(code: CodeObject): TransferModule {
  return { code: codeToTransfer(code), warnings: compileWarnings(code) };
}

export function moduleFromTransfer(t: TransferModule): CodeObject {
  const code = codeFromTransfer(t.code);
  if (t.warnings.length > 0) moduleWarnings.set(code, t.warnings);
  return code;
}

/** Compile a parsed module (the tree is optimized in place); `source` is used for SyntaxError text. */
export function compileModule(mod: ast.Module, source: string, filename = '<string>', options: CompileOptions = {}): CodeObject {
  const optimize: OptimizeOptions = { filename, startDepth: options.startDepth ?? 0 };
  optimizeAst(mod, optimize);
  const code = codegenModule(mod, source, { filename, assemble: assembleCodeUnit });
  // No `is` keyword in the text, no `is` comparison to warn about: the tree walk is skipped. (The
  // keyword is never followed by an ASCII letter, digit or _, but may follow one: `1is 1`.)
  const warnings = [...(parseWarnings.get(mod) ?? []), ...(/is\b/.test(source) ? isLiteralWarnings(mod) : [])];
  if (warnings.length > 0) moduleWarnings.set(code, warnings);
  return code;
}

/**
 * The compiler's check_compare: `is`/`is not` with a constant other than
 * None, True, False or Ellipsis (after constant folding: `x is ()` too).
 * Nodes are visited in source order, as codegen reaches them.
 */
/** infer_type(e)->tp_name for a constant: the type name the warning quotes. */
function constantTypeName(e: ast.expr): string {
  const v = (e as ast.Constant).value as unknown;
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'float';
  if (typeof v === 'string') return 'str';
  if (v instanceof PyBytes) return 'bytes';
  if (v instanceof PyComplex) return 'complex';
  if (v instanceof ConstTuple) return 'tuple';
  if (v instanceof ConstFrozenset) return 'frozenset';
  return 'object';
}

function isLiteralWarnings(mod: ast.Module): CompileWarning[] {
  const out: CompileWarning[] = [];
  const isArg = (e: ast.expr): boolean => e._type !== 'Constant' || e.value === null || e.value === true || e.value === false || e.value === PyEllipsis;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (node === null || typeof node !== 'object' || !('_type' in node)) return;
    const n = node as { _type: string } & Record<string, unknown>;
    if (n._type === 'Compare') {
      const e = n as unknown as ast.Compare;
      let left = e.left;
      e.ops.forEach((op, i) => {
        const right = e.comparators[i]!;
        if ((op._type === 'Is' || op._type === 'IsNot') && (!isArg(left) || !isArg(right))) {
          const literal = !isArg(left) ? left : right;
          const msg = op._type === 'Is' ? `"is" with '${constantTypeName(literal)}' literal. Did you mean "=="?`
            : `"is not" with '${constantTypeName(literal)}' literal. Did you mean "!="?`;
          out.push({ lineno: e.lineno, msg });
        }
        left = right;
      });
    }
    for (const key of Object.keys(n)) if (key !== '_type') visit(n[key]);
  };
  visit(mod.body);
  return out;
}


/**
 * The batch `expr` wrapper, `__etpy_expr__ = lambda: (\n<expr>\n)`, compiled
 * as compile() would: a call with literal arguments (the usual dataset
 * input) skips the full parser (parser/literal-call.ts); anything else parses.
 */
export function compileExprLambda(expr: string, filename: string): CodeObject {
  const source = `__etpy_expr__ = lambda: (\n${expr}\n)`;
  const call = parseLiteralCall(expr, 2);
  if (call === null) return compile(source, filename);
  return compileModule(exprLambdaModule(call), source, filename);
}

/** The tree of the expr wrapper around `body` (on line 2), as the parser builds it. */
export function exprLambdaModule(body: ast.expr): ast.Module {
  const lambda: ast.Lambda = {
    _type: 'Lambda',
    args: { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] },
    body, lineno: 1, col_offset: 16, end_lineno: 3, end_col_offset: 1,
  };
  const target: ast.Name = { _type: 'Name', id: '__etpy_expr__', ctx: STORE, lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 13 };
  const assign: ast.Assign = {
    _type: 'Assign', targets: [target], value: lambda, type_comment: null, lineno: 1, col_offset: 0, end_lineno: 3, end_col_offset: 1,
  };
  return { _type: 'Module', body: [assign], type_ignores: [] };
}

/** `compile(source, filename, 'exec')`. Throws PySyntaxError (RecursionError included). */
export function compile(source: string, filename = '<string>', options: CompileOptions = {}): CodeObject {
  return compileModule(parse(source, filename, { checkAstDepth: false }), source, filename, options);
}

/**
 * `compile(source, filename, 'eval')`: the source must be one expression
 * (leading spaces and tabs are ignored, as eval() does); anything else is
 * CPython's "invalid syntax".
 */
export function compileEval(source: string, filename = '<string>', options: CompileOptions = {}): CodeObject {
  const text = source.replace(/^[ \t]+/, '');
  const mod = parse(text, filename, { checkAstDepth: false });
  const only = mod.body.length === 1 ? mod.body[0]! : undefined;
  if (only === undefined || only._type !== 'Expr') {
    const bad = mod.body.length === 0 ? undefined : mod.body[only === undefined ? 1 : 0]!;
    const lineno = bad === undefined ? 0 : bad.lineno;
    const line = bad === undefined ? '' : text.split('\n')[lineno - 1] ?? '';
    throw new PySyntaxError('SyntaxError', 'invalid syntax', lineno, bad === undefined ? 0 : bad.col_offset + 1, line, filename);
  }
  optimizeAst(mod, { filename, startDepth: options.startDepth ?? 0 });
  return codegenExpression(mod, text, { filename, assemble: assembleCodeUnit });
}
