// Adjacent string literals → one Constant, or a JoinedStr when any is an
// f-string (PEP 701), following CPython 3.12.1's AST shapes exactly: literal
// runs merged, empty ones dropped, `{x=}` debug text, and a format spec that
// ends with a replacement field gaining a trailing Constant('').
import { Cst } from './cst.js';
import type * as ast from './ast-nodes.js';
import { PyBytes } from './constants.js';
import { decodeStringLiteral, decodeFStringDebugText, decodeFStringMiddle, LiteralError } from './literals.js';
import type { ParseContext, Pos } from './context.js';
import { build } from './semantics.js';

/** Literal text with the laid-out span it came from, or a replacement field. */
type Piece = { text: string; start: number; end: number } | ast.FormattedValue | ast.Constant;

const CONVERSIONS: Readonly<Record<string, number>> = { s: 115, r: 114, a: 97 };

function fieldPos(n: Cst, ctx: ParseContext): Pos {
  return ctx.pos(n.startIdx, n.endIdx);
}

/** A plain string literal's token, as the fast parser (fast-parse.ts) reads it. */
export interface StringToken {
  readonly ctorName: 'string';
  readonly sourceString: string;
  readonly startIdx: number;
  readonly endIdx: number;
}

export function buildStrings(parts: readonly (Cst | StringToken)[], p: Pos, ctx: ParseContext): ast.Constant | ast.JoinedStr {
  const pieces: Piece[] = [];
  let bytes: Uint8Array[] | null = null;
  let sawText = false, sawF = false;
  let kind: string | null = null;
  parts.forEach((part, i) => {
    const text = part.sourceString;
    const quoteAt = text.search(/['"]/);
    const prefix = text.slice(0, quoteAt);
    if (i === 0 && prefix.startsWith('u')) kind = 'u';  // CPython checks for a lowercase u only
    if (part instanceof Cst && part.ctorName === 'fstring') {
      sawF = true;
      sawText = true;
      fstringPieces(part, /r/i.test(prefix), pieces, ctx);
    } else {
      const q = text.startsWith(text[quoteAt]!.repeat(3), quoteAt) && text.length - quoteAt >= 6 ? 3 : 1;
      const body = text.slice(quoteAt + q, text.length - q);
      let value: string | Uint8Array;
      try {
        value = decodeStringLiteral(prefix, body, (msg) => ctx.warn(part.startIdx, msg));
      } catch (err) {
        if (err instanceof LiteralError) ctx.failAtOffset(part.startIdx, err.msg);
        throw err;
      }
      if (typeof value === 'string') { sawText = true; pieces.push({ text: value, start: part.startIdx, end: part.endIdx }); }
      else (bytes ??= []).push(value);
    }
    if (bytes && sawText) ctx.failAtOffset(part.startIdx, 'cannot mix bytes and nonbytes literals');
  });
  if (bytes) {
    const all = bytes as Uint8Array[];
    const joined = new Uint8Array(all.reduce((n, b) => n + b.length, 0));
    let at = 0;
    for (const b of all) { joined.set(b, at); at += b.length; }
    return { _type: 'Constant', value: new PyBytes(joined), kind: null, ...p };
  }
  if (!sawF) return { _type: 'Constant', value: pieces.map((x) => ('text' in x ? x.text : '')).join(''), kind, ...p };
  return { _type: 'JoinedStr', values: merge(pieces, ctx), ...p };
}

/** Consecutive literal pieces become one Constant spanning them all; empty literals disappear. */
function merge(pieces: Piece[], ctx: ParseContext): ast.expr[] {
  const out: ast.expr[] = [];
  let run: { text: string; start: number; end: number } | null = null;
  const flush = (): void => {
    if (run && run.text) out.push({ _type: 'Constant', value: run.text, kind: null, ...ctx.pos(run.start, run.end) });
    run = null;
  };
  for (const piece of pieces) {
    if ('text' in piece) {
      run = run ? { text: run.text + piece.text, start: run.start, end: piece.end } : { ...piece };
      continue;
    }
    flush();
    out.push(piece);
  }
  flush();
  return out;
}

/** Appends the literal and field pieces of one f-string token (prefix + fBody). */
function fstringPieces(fstring: Cst, raw: boolean, pieces: Piece[], ctx: ParseContext): void {
  const body = fstring.children[1]!;           // fBody<q, esc>: q fPart* q
  for (const part of body.children[1]!.children) {
    const inner = part.children[0]!;
    if (inner.ctorName === 'fLiteral') pieces.push(literal(inner, raw, ctx));
    else field(inner, raw, pieces, ctx);
  }
}

function literal(n: Cst, raw: boolean, ctx: ParseContext): Piece {
  try {
    return { text: decodeFStringMiddle(n.sourceString, raw, (msg) => ctx.warn(n.startIdx, msg)), start: n.startIdx, end: n.endIdx };
  } catch (err) {
    if (err instanceof LiteralError) ctx.failAtOffset(n.startIdx, err.msg);
    throw err;
  }
}

/** fField: "{" applySyntactic<FieldExpr> space* fConversion? fSpec? space* "}" */
function field(n: Cst, raw: boolean, pieces: Piece[], ctx: ParseContext): void {
  const [, applied, , conv, spec] = n.children as Cst[];
  const fieldExpr = applied!.children[0]!;
  const value = build<ast.expr>(fieldExpr.children[0]!);
  if (value._type === 'Lambda' && !ctx.isParenthesized(value)) {
    ctx.failAt(value, 'f-string: lambda expressions are not allowed without parentheses');
  }
  const debug = fieldExpr.children[1]!.children.length > 0;
  let conversion = -1;
  const convNode = conv!.children[0];
  if (convNode) {
    const name = convNode.children[1]!.sourceString;
    const code = CONVERSIONS[name];
    if (code === undefined) {
      ctx.failAtOffset(convNode.children[1]!.startIdx, `f-string: invalid conversion character '${name}': expected 's', 'r', or 'a'`);
    }
    conversion = code;
  }
  const specNode = spec!.children[0];
  if (debug) {
    // The debug text is the source from after `{` through `=` and any spaces after it.
    const start = n.startIdx + 1;
    const end = convNode ? convNode.startIdx : specNode ? specNode.startIdx : n.endIdx - 1;
    const text = debugText(ctx, start, end);
    pieces.push({ text: raw ? text : decodeFStringDebugText(text), start, end });
    if (!convNode && !specNode) conversion = 114;
  }
  const formatSpec = specNode ? buildSpec(specNode, raw, ctx) : null;
  pieces.push({ _type: 'FormattedValue', value, conversion, format_spec: formatSpec, ...fieldPos(n, ctx) });
}

/** fSpec: ":" (fSpecLiteral | fField)*, spanning from the colon to the closing brace. */
function buildSpec(spec: Cst, raw: boolean, ctx: ParseContext): ast.JoinedStr {
  const pieces: Piece[] = [];
  const items = spec.children[1]!.children;
  items.forEach((item, i) => {
    if (item.ctorName === 'fSpecLiteral') { pieces.push(literal(item, raw, ctx)); return; }
    // A spec field opened by `{{` with no text just before it: CPython 3.12.1's
    // tokenizer emits an empty literal there, which stays as a Constant('').
    if (item.sourceString[1] === '{' && items[i - 1]?.ctorName !== 'fSpecLiteral') {
      pieces.push({ _type: 'Constant', value: '', kind: null, ...ctx.pos(item.startIdx, item.startIdx) });
    }
    field(item, raw, pieces, ctx);
  });
  const values = merge(pieces, ctx);
  // CPython 3.12.1 ends a spec whose last part is a field with an empty Constant.
  const last = items[items.length - 1];
  if (last && last.ctorName === 'fField') {
    values.push({ _type: 'Constant', value: '', kind: null, ...ctx.pos(spec.endIdx, spec.endIdx) });
  }
  return { _type: 'JoinedStr', values, ...ctx.pos(spec.startIdx, spec.endIdx) };
}

/**
 * The source of a `{expr=}` field up to and including `=`, as CPython keeps it:
 * comments dropped (the layout pass blanked them), newlines and spaces kept.
 */
function debugText(ctx: ParseContext, start: number, end: number): string {
  const source = ctx.map.source, from = ctx.map.original(start), to = ctx.map.original(end);
  let text = '';
  for (let i = from; i < to; i++) {
    if (source[i] === '#' && ctx.isBlanked(start + (i - from))) {
      while (i < to && source[i] !== '\n' && source[i] !== '\r') i++;
      i--;
      continue;
    }
    text += source[i];
  }
  return text;
}
