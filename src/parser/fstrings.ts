// Adjacent string literals → one Constant, or a JoinedStr when any is an
// f-string (PEP 701), following CPython 3.12.1's AST shapes exactly: literal
// runs merged, empty ones dropped, `{x=}` debug text, and a format spec that
// ends with a replacement field gaining a trailing Constant('').
import type { Node as OhmNode } from 'ohm-js';
import type * as ast from './ast-nodes.js';
import { PyBytes } from './constants.js';
import { decodeStringLiteral, decodeFStringMiddle, LiteralError } from './literals.js';
import type { ParseContext, Pos } from './context.js';
import { build } from './semantics.js';

type Piece = string | ast.FormattedValue;

const CONVERSIONS: Readonly<Record<string, number>> = { s: 115, r: 114, a: 97 };

function fieldPos(n: OhmNode, ctx: ParseContext): Pos {
  return ctx.pos(n.source.startIdx, n.source.endIdx);
}

export function buildStrings(parts: readonly OhmNode[], p: Pos, ctx: ParseContext): ast.Constant | ast.JoinedStr {
  const pieces: Piece[] = [];
  let bytes: Uint8Array[] | null = null;
  let sawText = false, sawF = false;
  let kind: string | null = null;
  parts.forEach((part, i) => {
    const text = part.sourceString;
    const quoteAt = text.search(/['"]/);
    const prefix = text.slice(0, quoteAt);
    if (i === 0 && /u/i.test(prefix)) kind = 'u';
    if (part.ctorName === 'fstring') {
      sawF = true;
      sawText = true;
      fstringPieces(part, /r/i.test(prefix), pieces, ctx);
    } else {
      const q = text.startsWith(text[quoteAt]!.repeat(3), quoteAt) && text.length - quoteAt >= 6 ? 3 : 1;
      const body = text.slice(quoteAt + q, text.length - q);
      let value: string | Uint8Array;
      try {
        value = decodeStringLiteral(prefix, body);
      } catch (err) {
        if (err instanceof LiteralError) ctx.failAtOffset(part.source.startIdx, err.msg);
        throw err;
      }
      if (typeof value === 'string') { sawText = true; pieces.push(value); }
      else (bytes ??= []).push(value);
    }
    if (bytes && sawText) ctx.failAtOffset(part.source.startIdx, 'cannot mix bytes and nonbytes literals');
  });
  if (bytes) {
    const all = bytes as Uint8Array[];
    const joined = new Uint8Array(all.reduce((n, b) => n + b.length, 0));
    let at = 0;
    for (const b of all) { joined.set(b, at); at += b.length; }
    return { _type: 'Constant', value: new PyBytes(joined), kind: null, ...p };
  }
  if (!sawF) return { _type: 'Constant', value: pieces.join(''), kind, ...p };
  return { _type: 'JoinedStr', values: merge(pieces, p), ...p };
}

/** Consecutive literal pieces become one Constant; empty literals disappear. */
function merge(pieces: Piece[], p: Pos): ast.expr[] {
  const out: ast.expr[] = [];
  let text = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') { text += piece; continue; }
    if (text) out.push({ _type: 'Constant', value: text, kind: null, ...p });
    text = '';
    out.push(piece);
  }
  if (text) out.push({ _type: 'Constant', value: text, kind: null, ...p });
  return out;
}

/** Appends the literal and field pieces of one f-string token (prefix + fBody). */
function fstringPieces(fstring: OhmNode, raw: boolean, pieces: Piece[], ctx: ParseContext): void {
  const body = fstring.children[1]!;           // fBody<q, esc>: q fPart* q
  for (const part of body.children[1]!.children) {
    const inner = part.children[0]!;
    if (inner.ctorName === 'fLiteral') pieces.push(decodeMiddle(inner, raw, ctx));
    else field(inner, raw, pieces, ctx);
  }
}

function decodeMiddle(n: OhmNode, raw: boolean, ctx: ParseContext): string {
  try {
    return decodeFStringMiddle(n.sourceString, raw);
  } catch (err) {
    if (err instanceof LiteralError) ctx.failAtOffset(n.source.startIdx, err.msg);
    throw err;
  }
}

/** fField: "{" applySyntactic<FieldExpr> space* fConversion? fSpec? space* "}" */
function field(n: OhmNode, raw: boolean, pieces: Piece[], ctx: ParseContext): void {
  const [, applied, , conv, spec] = n.children as OhmNode[];
  const fieldExpr = applied!.children[0]!;
  const value = build<ast.expr>(fieldExpr.children[0]!);
  const debug = fieldExpr.children[1]!.children.length > 0;
  let conversion = -1;
  const convNode = conv!.children[0];
  if (convNode) {
    const name = convNode.children[1]!.sourceString;
    const code = CONVERSIONS[name];
    if (code === undefined) {
      ctx.failAtOffset(convNode.children[1]!.source.startIdx, `f-string: invalid conversion character '${name}': expected 's', 'r', or 'a'`);
    }
    conversion = code;
  }
  const specNode = spec!.children[0];
  if (debug) {
    // The debug text is the source from after `{` through `=` and any spaces after it.
    const start = ctx.map.original(n.source.startIdx + 1);
    const endLaid = convNode ? convNode.source.startIdx : specNode ? specNode.source.startIdx : n.source.endIdx - 1;
    pieces.push(ctx.map.source.slice(start, ctx.map.original(endLaid)));
    if (!convNode && !specNode) conversion = 114;
  }
  const formatSpec = specNode ? buildSpec(specNode, raw, ctx) : null;
  pieces.push({ _type: 'FormattedValue', value, conversion, format_spec: formatSpec, ...fieldPos(n, ctx) });
}

/** fSpec: ":" (fSpecLiteral | fField)* */
function buildSpec(spec: OhmNode, raw: boolean, ctx: ParseContext): ast.JoinedStr {
  const pieces: Piece[] = [];
  const items = spec.children[1]!.children;
  for (const item of items) {
    const inner = item.children[0] ?? item;
    if (item.ctorName === 'fSpecLiteral' || inner.ctorName === 'fSpecLiteral') pieces.push(decodeMiddle(item, raw, ctx));
    else field(item.ctorName === 'fField' ? item : inner, raw, pieces, ctx);
  }
  const p = fieldPos(spec, ctx);
  const values = merge(pieces, p);
  // CPython 3.12.1 ends a spec whose last part is a field with an empty Constant.
  const last = items[items.length - 1];
  if (last && (last.ctorName === 'fField')) values.push({ _type: 'Constant', value: '', kind: null, ...p });
  return { _type: 'JoinedStr', values, ...p };
}
