// Adjacent string literals → one Constant, or a JoinedStr when any is an
// f-string (PEP 701), following CPython 3.12.1's AST shapes exactly: literal
// runs merged, empty ones dropped, `{x=}` debug text, and a format spec that
// ends with a replacement field gaining a trailing Constant('').
import { Cst } from './cst.js';
import type * as ast from './ast-nodes.js';
import { PyBytes } from './constants.js';
import { decodeStringLiteral, decodeFStringDebugText, decodeFStringMiddle, LiteralError } from './literals.js';
import { located, type ParseContext, type Pos } from './context.js';
import { build } from './semantics.js';

/** Literal text with the laid-out span it came from, or a replacement field. */
type Piece = { text: string; start: number; end: number } | ast.FormattedValue | ast.Constant;

const CONVERSIONS: Readonly<Record<string, number>> = { s: 115, r: 114, a: 97 };

/**
 * An f-string's parts as either parser reads them (the grammar's CST
 * converted, or the fast parser's own): literal runs, as written, and
 * replacement fields. Offsets are in the laid-out text. A field's value and
 * its spec's parts are thunks so that the grammar's semantic errors come in
 * the order its actions used to raise them.
 */
export type FPart = FLiteral | FField;
export interface FLiteral { readonly kind: 'literal'; readonly source: string; readonly start: number; readonly end: number }
export interface FField {
  readonly kind: 'field';
  /** At `{`; `end` is past the `}`. */
  readonly start: number;
  readonly end: number;
  readonly value: () => ast.expr;
  /** `{x=}` */
  readonly debug: boolean;
  /** `!r`: where the `!` is, the name after it, and where the name starts. */
  readonly conversion: { readonly start: number; readonly name: string; readonly nameStart: number } | null;
  /** From the `:` to the end of the spec's last part. */
  readonly spec: { readonly start: number; readonly end: number; readonly parts: () => readonly FPart[] } | null;
}

/** An f-string token as the fast parser (fast-expr.ts) reads it. */
export interface FStringToken {
  readonly ctorName: 'fstring';
  readonly sourceString: string;
  readonly startIdx: number;
  readonly endIdx: number;
  readonly parts: readonly FPart[];
}

/** A plain string literal's token, as the fast parser (fast-parse.ts) reads it. */
export interface StringToken {
  readonly ctorName: 'string';
  readonly sourceString: string;
  readonly startIdx: number;
  readonly endIdx: number;
}

export function buildStrings(parts: readonly (Cst | StringToken | FStringToken)[], p: Pos, ctx: ParseContext): ast.Constant | ast.JoinedStr {
  const pieces: Piece[] = [];
  let bytes: Uint8Array[] | null = null;
  let sawText = false, sawF = false;
  let kind: string | null = null;
  parts.forEach((part, i) => {
    const text = part.sourceString;
    const quoteAt = text.search(/['"]/);
    const prefix = text.slice(0, quoteAt);
    if (i === 0 && prefix.startsWith('u')) kind = 'u';  // CPython checks for a lowercase u only
    if (part.ctorName === 'fstring') {
      sawF = true;
      sawText = true;
      const raw = /r/i.test(prefix);
      for (const f of part instanceof Cst ? cstParts(part) : part.parts) addPieces(f, raw, pieces, ctx);
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
    return located({ _type: 'Constant', value: new PyBytes(joined), kind: null }, p);
  }
  if (!sawF) return located({ _type: 'Constant', value: pieces.map((x) => ('text' in x ? x.text : '')).join(''), kind }, p);
  return located({ _type: 'JoinedStr', values: merge(pieces, ctx) }, p);
}

/** Consecutive literal pieces become one Constant spanning them all; empty literals disappear. */
function merge(pieces: Piece[], ctx: ParseContext): ast.expr[] {
  const out: ast.expr[] = [];
  let run: { text: string; start: number; end: number } | null = null;
  const flush = (): void => {
    if (run && run.text) out.push(located({ _type: 'Constant', value: run.text, kind: null }, ctx.pos(run.start, run.end)));
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

/** The parts of the grammar's f-string token (prefix + fBody: q fPart* q). */
function cstParts(fstring: Cst): FPart[] {
  return fstring.children[1]!.children[1]!.children.map((part) => {
    const inner = part.children[0]!;
    return inner.ctorName === 'fLiteral' ? cstLiteral(inner) : cstField(inner);
  });
}

function cstLiteral(n: Cst): FLiteral {
  return { kind: 'literal', source: n.sourceString, start: n.startIdx, end: n.endIdx };
}

/** fField: "{" applySyntactic<FieldExpr> space* fConversion? fSpec? space* "}" */
function cstField(n: Cst): FField {
  const [, applied, , conv, spec] = n.children as Cst[];
  const fieldExpr = applied!.children[0]!;
  const convNode = conv!.children[0];
  const specNode = spec!.children[0];
  return {
    kind: 'field', start: n.startIdx, end: n.endIdx,
    value: () => build<ast.expr>(fieldExpr.children[0]!),
    debug: fieldExpr.children[1]!.children.length > 0,
    conversion: convNode
      ? { start: convNode.startIdx, name: convNode.children[1]!.sourceString, nameStart: convNode.children[1]!.startIdx }
      : null,
    // fSpec: ":" (fSpecLiteral | fField)*
    spec: specNode
      ? {
        start: specNode.startIdx, end: specNode.endIdx,
        parts: () => specNode.children[1]!.children.map((item) => (item.ctorName === 'fSpecLiteral' ? cstLiteral(item) : cstField(item))),
      }
      : null,
  };
}

function addPieces(part: FPart, raw: boolean, pieces: Piece[], ctx: ParseContext): void {
  if (part.kind === 'literal') pieces.push(literal(part, raw, ctx));
  else field(part, raw, pieces, ctx);
}

function literal(n: FLiteral, raw: boolean, ctx: ParseContext): Piece {
  try {
    return { text: decodeFStringMiddle(n.source, raw, (msg) => ctx.warn(n.start, msg)), start: n.start, end: n.end };
  } catch (err) {
    if (err instanceof LiteralError) ctx.failAtOffset(n.start, err.msg);
    throw err;
  }
}

function field(n: FField, raw: boolean, pieces: Piece[], ctx: ParseContext): void {
  const value = n.value();
  if (value._type === 'Lambda' && !ctx.isParenthesized(value)) {
    ctx.failAt(value, 'f-string: lambda expressions are not allowed without parentheses');
  }
  let conversion = -1;
  const conv = n.conversion;
  if (conv) {
    const code = CONVERSIONS[conv.name];
    if (code === undefined) {
      ctx.failAtOffset(conv.nameStart, `f-string: invalid conversion character '${conv.name}': expected 's', 'r', or 'a'`);
    }
    conversion = code;
  }
  const spec = n.spec;
  if (n.debug) {
    // The debug text is the source from after `{` through `=` and any spaces after it.
    const start = n.start + 1;
    const end = conv ? conv.start : spec ? spec.start : n.end - 1;
    const text = debugText(ctx, start, end);
    pieces.push({ text: raw ? text : decodeFStringDebugText(text), start, end });
    if (!conv && !spec) conversion = 114;
  }
  const formatSpec = spec ? buildSpec(spec, raw, ctx) : null;
  pieces.push(located({ _type: 'FormattedValue' as const, value, conversion, format_spec: formatSpec }, ctx.pos(n.start, n.end)));
}

/** A format spec, spanning from the colon to the closing brace. */
function buildSpec(spec: NonNullable<FField['spec']>, raw: boolean, ctx: ParseContext): ast.JoinedStr {
  const pieces: Piece[] = [];
  const items = spec.parts();
  items.forEach((item, i) => {
    if (item.kind === 'literal') { pieces.push(literal(item, raw, ctx)); return; }
    // A spec field opened by `{{` with no text just before it: CPython 3.12.1's
    // tokenizer emits an empty literal there, which stays as a Constant('').
    if (ctx.laidChar(item.start + 1) === '{' && items[i - 1]?.kind !== 'literal') {
      pieces.push(located({ _type: 'Constant' as const, value: '', kind: null }, ctx.pos(item.start, item.start)));
    }
    field(item, raw, pieces, ctx);
  });
  const values = merge(pieces, ctx);
  // CPython 3.12.1 ends a spec whose last part is a field with an empty Constant.
  const last = items[items.length - 1];
  if (last && last.kind === 'field') {
    values.push(located({ _type: 'Constant', value: '', kind: null }, ctx.pos(spec.end, spec.end)));
  }
  return located({ _type: 'JoinedStr', values }, ctx.pos(spec.start, spec.end));
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
