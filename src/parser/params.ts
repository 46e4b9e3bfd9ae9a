// Parameter lists (def and lambda) are parsed as a flat list of parts; this
// checks their order as CPython's grammar does and builds `ast.arguments`.
import type { Cst } from './cst.js';
import type * as ast from './ast-nodes.js';
import type { ParseContext } from './context.js';

/** Where a part starts in the laid-out text (a CST node, or the fast parser's offset), for errors. */
type At = Pick<Cst, 'startIdx'>;

export type ParamPart =
  | { kind: 'plain'; arg: ast.arg; default: ast.expr | null; node: At }
  | { kind: 'varargs' | 'kwargs'; arg: ast.arg; node: At; default: At | null }
  | { kind: 'star' | 'slash'; node: At };

export function buildArguments(parts: ParamPart[], ctx: ParseContext): ast.arguments_ {
  const result: ast.arguments_ = {
    _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [],
  };
  let seenSlash = false, seenStar = false, seenDefault = false;
  const fail = (part: ParamPart, msg: string): never => ctx.failAtOffset(part.node.startIdx, msg);
  parts.forEach((part, i) => {
    if (result.kwarg) fail(part, 'arguments cannot follow var-keyword argument');
    switch (part.kind) {
      case 'slash':
        if (seenSlash) fail(part, '/ may appear only once');
        if (seenStar) fail(part, '/ must be ahead of *');
        if (result.args.length === 0) fail(part, 'at least one argument must precede /');
        seenSlash = true;
        result.posonlyargs = result.args;
        result.args = [];
        return;
      case 'star':
      case 'varargs':
        if (seenStar) fail(part, '* argument may appear only once');
        seenStar = true;
        if (part.kind === 'varargs') {
          if (part.default) ctx.failAtOffset(part.default.startIdx, 'var-positional argument cannot have default value');
          result.vararg = part.arg;
        }
        else if (!parts.slice(i + 1).some((p) => p.kind === 'plain')) fail(part, 'named arguments must follow bare *');
        return;
      case 'kwargs':
        if (part.default) ctx.failAtOffset(part.default.startIdx, 'var-keyword argument cannot have default value');
        result.kwarg = part.arg;
        return;
      case 'plain':
        if (seenStar) {
          result.kwonlyargs.push(part.arg);
          result.kw_defaults.push(part.default);
          return;
        }
        if (part.default) {
          seenDefault = true;
          result.defaults.push(part.default);
        } else if (seenDefault) {
          fail(part, 'parameter without a default follows parameter with a default');
        }
        result.args.push(part.arg);
    }
  });
  return result;
}
