// A recursive-descent parser for the Python most programs are written in,
// tried before the ohm grammar. Parsing with ohm costs about 1.7 µs per
// character (a memo entry for every rule application), several times what a
// whole traced CRUXEval-size task costs otherwise; this parser reads the same
// laid-out text (layout.ts) in one pass and builds the same tree with the
// same helpers (operators.ts, fstrings.ts, params.ts, targets.ts, positions).
//
// It is conservative: anything it does not handle, and anything that is not
// valid Python, makes it give up (Bail), and the ohm grammar parses the
// source instead, so every error message, every rare construct (match,
// f-strings, async, type parameters, yield, …) and every tokenizer error
// still comes from one place. What it accepts it must parse exactly as the
// grammar does: spec/parser/fast-parse.test.ts compares the two trees,
// positions included, on every spec program and corpus program.
import type * as ast from './ast-nodes.js';
import type { Layout } from './layout.js';
import { ParseContext, type Pos } from './context.js';
import { PyEllipsis } from './constants.js';
import { LOAD, STORE, setContext, type TargetKind } from './targets.js';
import { augOp, buildOperators, type OpToken } from './operators.js';
import { buildStrings, type StringToken } from './fstrings.js';
import { buildArguments, type ParamPart } from './params.js';

/** Thrown to give the source to the ohm grammar. */
const BAIL = Symbol('bail');
function bail(): never {
  throw BAIL;
}

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
/** Keywords an expression can start with (the rest end one). */
const EXPRESSION_KEYWORDS = new Set(['False', 'None', 'True', 'not', 'lambda', 'await']);
/** String prefixes this parser reads (lowercased); f-strings go to the grammar. */
const PLAIN_PREFIXES = new Set(['', 'r', 'u', 'b', 'br', 'rb']);

const RADIX_NUMBER = /0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+/y;
const DECIMAL_NUMBER = /(?:[0-9](?:_?[0-9])*)?(?:\.(?:[0-9](?:_?[0-9])*)?)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?[jJ]?/y;
const AUG_ASSIGN = /(?:\*\*|\/\/|<<|>>|[-+*/%@&|^])=/y;

const SPACE = 32, TAB = 9, FORM_FEED = 12, NEWLINE = 10, INDENT = 1, DEDENT = 2;
const QUOTE = 39, DQUOTE = 34, HASH_BANG = 33, STAR = 42, SLASH = 47, COMMA = 44, DOT = 46, COLON = 58;
const SEMI = 59, EQUALS = 61, LT = 60, GT = 62, AT = 64, OPEN_PAREN = 40, CLOSE_PAREN = 41;
const OPEN_BRACKET = 91, CLOSE_BRACKET = 93, OPEN_BRACE = 123, CLOSE_BRACE = 125, MINUS = 45, PLUS = 43, TILDE = 126;

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** The grammar's idChar (any non-ASCII code unit included: such names go to the grammar). */
function isIdChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c >= 0x80;
}

/** The tree of a laid-out source, or null where the grammar must decide. */
export function fastParse(laid: Layout, filename: string): { tree: ast.Module; ctx: ParseContext } | null {
  if (laid.pending || laid.unclosed) return null;
  const ctx = new ParseContext(laid.map, filename, laid.text);
  try {
    return { tree: new FastParser(laid.text, ctx).module(), ctx };
  } catch {
    // BAIL, a SyntaxError from a helper, an invalid target, a deep nesting's RangeError: the grammar decides.
    return null;
  }
}

class FastParser {
  /** Offset in the text. */
  private i = 0;
  /** Where the last token consumed ends. */
  private end = 0;
  /** Length of the operator binaryOp() found. */
  private opLen = 0;

  constructor(private readonly t: string, private readonly ctx: ParseContext) {}

  // ---------------------------------------------------------------- tokens

  /** Skips spaces (the grammar's `space`: not newlines or markers); returns the code unit there (NaN at the end). */
  private peek(): number {
    const t = this.t;
    let i = this.i, c = t.charCodeAt(i);
    while (c === SPACE || c === TAB || c === FORM_FEED) c = t.charCodeAt(++i);
    this.i = i;
    return c;
  }

  private next(): number {
    return this.t.charCodeAt(this.i + 1);
  }

  private take(n: number): void {
    this.i += n;
    this.end = this.i;
  }

  private expect(c: number): void {
    if (this.peek() !== c) bail();
    this.take(1);
  }

  /** Whether keyword `kw` stands at the current offset (spaces already skipped). */
  private kwAt(kw: string): boolean {
    return this.t.startsWith(kw, this.i) && !isIdChar(this.t.charCodeAt(this.i + kw.length));
  }

  /** The end of the ASCII identifier starting at `i`. */
  private identEnd(i: number): number {
    const t = this.t;
    let c = t.charCodeAt(i);
    while (isLetter(c) || isDigit(c)) c = t.charCodeAt(++i);
    if (c >= 0x80) bail();
    return i;
  }

  /** The word at the current offset (spaces skipped), or '' when no identifier starts there. */
  private word(): string {
    return isLetter(this.peek()) ? this.t.slice(this.i, this.identEnd(this.i)) : '';
  }

  /** A name that is not a keyword, consumed. */
  private name(): string {
    if (!isLetter(this.peek())) bail();
    const start = this.i, end = this.identEnd(start);
    const word = this.t.slice(start, end);
    if (KEYWORDS.has(word)) bail();
    this.take(end - start);
    return word;
  }

  private pos(start: number, end: number): Pos {
    return this.ctx.pos(start, end);
  }

  /** A compound statement's span: to the last token of its block. */
  private stmtPos(start: number): Pos {
    return this.ctx.pos(start, this.ctx.lastTokenEnd(this.i));
  }

  /** Whether an expression (or a starred item) can start here: decides whether a comma was a trailing one. */
  private startsExpr(colon = false): boolean {
    const c = this.peek();
    if (isLetter(c)) {
      const w = this.t.slice(this.i, this.identEnd(this.i));
      return !KEYWORDS.has(w) || EXPRESSION_KEYWORDS.has(w);
    }
    return isDigit(c) || c === QUOTE || c === DQUOTE || c === OPEN_PAREN || c === OPEN_BRACKET || c === OPEN_BRACE
      || c === MINUS || c === PLUS || c === TILDE || c === STAR || c === DOT || c >= 0x80 || (colon && c === COLON);
  }

  /** The binary operator at the current offset (spaces skipped) in the grammar's spelling, its length in opLen. */
  private binaryOp(): string | null {
    const t = this.t, i = this.i, c = t.charCodeAt(i), d = t.charCodeAt(i + 1);
    switch (c) {
      case PLUS: case MINUS: case 37 /* % */: case AT: case 38 /* & */: case 124 /* | */: case 94 /* ^ */:
        if (d === EQUALS) return null;  // augmented assignment
        this.opLen = 1;
        return t[i]!;
      case STAR: case SLASH:
        if (d === c) {
          if (t.charCodeAt(i + 2) === EQUALS) return null;
          this.opLen = 2;
          return c === STAR ? '**' : '//';
        }
        if (d === EQUALS) return null;
        this.opLen = 1;
        return t[i]!;
      case LT: case GT:
        if (d === c) {
          if (t.charCodeAt(i + 2) === EQUALS) return null;
          this.opLen = 2;
          return c === LT ? '<<' : '>>';
        }
        if (d === EQUALS) {
          this.opLen = 2;
          return c === LT ? '<=' : '>=';
        }
        this.opLen = 1;
        return t[i]!;
      case EQUALS: case HASH_BANG:
        if (d !== EQUALS) return null;
        this.opLen = 2;
        return c === EQUALS ? '==' : '!=';
      case 111 /* o */:
        if (!this.kwAt('or')) return null;
        this.opLen = 2;
        return 'or';
      case 97 /* a */:
        if (!this.kwAt('and')) return null;
        this.opLen = 3;
        return 'and';
      case 105 /* i */: {
        if (this.kwAt('in')) {
          this.opLen = 2;
          return 'in';
        }
        if (!this.kwAt('is')) return null;
        const n = this.spacesThen(i + 2, 'not');
        this.opLen = n > 0 ? n - i : 2;
        return n > 0 ? 'is not' : 'is';
      }
      case 110 /* n */: {
        if (!this.kwAt('not')) return null;
        const n = this.spacesThen(i + 3, 'in');
        if (n < 0) return null;
        this.opLen = n - i;
        return 'not in';
      }
      default:
        return null;
    }
  }

  /** After at least one space from `i`, keyword `kw`: the offset past it, else -1 (`is not`, `not in`). */
  private spacesThen(i: number, kw: string): number {
    const t = this.t;
    let j = i, c = t.charCodeAt(j);
    while (c === SPACE || c === TAB || c === FORM_FEED) c = t.charCodeAt(++j);
    if (j === i || !t.startsWith(kw, j) || isIdChar(t.charCodeAt(j + kw.length))) return -1;
    return j + kw.length;
  }

  // ---------------------------------------------------------------- statements

  module(): ast.Module {
    const body: ast.stmt[] = [];
    while (!Number.isNaN(this.peek())) this.statement(body);
    return { _type: 'Module', body, type_ignores: [] };
  }

  private statement(body: ast.stmt[]): void {
    const c = this.peek(), start = this.i;
    if (c === AT) {
      body.push(this.decorated());
      return;
    }
    switch (this.word()) {
      case 'if': body.push(this.ifStmt(start)); return;
      case 'while': body.push(this.whileStmt(start)); return;
      case 'for': body.push(this.forStmt(start)); return;
      case 'try': body.push(this.tryStmt(start)); return;
      case 'with': body.push(this.withStmt(start)); return;
      case 'def': body.push(this.funcDef(start)); return;
      case 'class': body.push(this.classDef(start)); return;
      case 'async': bail();
      case 'match': {
        // A match statement, unless an assignment to or an attribute of a name `match`.
        this.i = start + 5;
        const d = this.peek(), e = this.next();
        this.i = start;
        if (!(d === DOT || (d === EQUALS && e !== EQUALS))) bail();
        break;
      }
    }
    this.simpleStmts(body);
  }

  private simpleStmts(body: ast.stmt[]): void {
    for (;;) {
      body.push(this.simpleStmt());
      if (this.peek() !== SEMI) break;
      this.take(1);
      if (this.peek() === NEWLINE) break;
    }
    if (this.peek() !== NEWLINE) bail();
    this.i++;
  }

  private simpleStmt(): ast.stmt {
    const start = this.i;
    const word = this.word();
    switch (word) {
      case 'pass': this.take(4); return { _type: 'Pass', ...this.pos(start, this.end) };
      case 'break': this.take(5); return { _type: 'Break', ...this.pos(start, this.end) };
      case 'continue': this.take(8); return { _type: 'Continue', ...this.pos(start, this.end) };
      case 'return': {
        this.take(6);
        const value = this.startsExpr() ? this.starExpressions() : null;
        return { _type: 'Return', value, ...this.pos(start, this.end) };
      }
      case 'del': return this.delStmt(start);
      case 'global': case 'nonlocal': {
        this.take(word.length);
        const names = [this.name()];
        while (this.peek() === COMMA) {
          this.take(1);
          names.push(this.name());
        }
        const p = this.pos(start, this.end);
        return word === 'global' ? { _type: 'Global', names, ...p } : { _type: 'Nonlocal', names, ...p };
      }
      case 'assert': {
        this.take(6);
        const test = this.expression();
        let msg: ast.expr | null = null;
        if (this.peek() === COMMA) {
          this.take(1);
          msg = this.expression();
        }
        return { _type: 'Assert', test, msg, ...this.pos(start, this.end) };
      }
      case 'raise': {
        this.take(5);
        let exc: ast.expr | null = null, cause: ast.expr | null = null;
        if (this.startsExpr()) {
          exc = this.expression();
          if (this.word() === 'from') {
            this.take(4);
            cause = this.expression();
          }
        }
        return { _type: 'Raise', exc, cause, ...this.pos(start, this.end) };
      }
      case 'import': return this.importStmt(start);
      case 'from': return this.importFrom(start);
      case 'yield': bail();
      case 'type': {
        // `type X = ...` is a type alias (the grammar's); `type(x)` or `type = 1` an expression.
        this.i += 4;
        const next = this.peek();
        this.i = start;
        if (isLetter(next) || next >= 0x80) bail();
        break;
      }
    }
    return this.exprStmt(start);
  }

  private exprStmt(start: number): ast.stmt {
    if (this.word() === 'yield') bail();
    const first = this.starExpressions();
    const c = this.peek();
    if (c === EQUALS && this.next() !== EQUALS) {
      const exprs = [first];
      while (this.peek() === EQUALS && this.next() !== EQUALS) {
        this.take(1);
        exprs.push(this.assignedValue());
      }
      const value = exprs.pop()!;
      const kind: TargetKind = exprs.length === 1 ? 'assign' : 'assign-chain';
      for (const e of exprs) setContext(e, kind);
      return { _type: 'Assign', targets: exprs, value, type_comment: null, ...this.pos(start, this.end) };
    }
    AUG_ASSIGN.lastIndex = this.i;
    const aug = AUG_ASSIGN.exec(this.t);
    if (aug !== null) {
      if (first._type !== 'Name' && first._type !== 'Attribute' && first._type !== 'Subscript') bail();
      this.take(aug[0].length);
      const value = this.assignedValue();
      first.ctx = STORE;
      return { _type: 'AugAssign', target: first, op: augOp(aug[0]), value, ...this.pos(start, this.end) };
    }
    if (c === COLON) {
      if (this.next() === EQUALS) bail();
      if (first._type !== 'Name' && first._type !== 'Attribute' && first._type !== 'Subscript') bail();
      this.take(1);
      const annotation = this.expression();
      let value: ast.expr | null = null;
      if (this.peek() === EQUALS && this.next() !== EQUALS) {
        this.take(1);
        value = this.assignedValue();
      }
      const simple = first._type === 'Name' && !this.ctx.isParenthesized(first) ? 1 : 0;
      first.ctx = STORE;
      return { _type: 'AnnAssign', target: first, annotation, value, simple, ...this.pos(start, this.end) };
    }
    return { _type: 'Expr', value: first, ...this.pos(start, this.end) };
  }

  /** The right side of `=` or an augmented assignment (a yield goes to the grammar). */
  private assignedValue(): ast.expr {
    if (this.word() === 'yield') bail();
    return this.starExpressions();
  }

  private delStmt(start: number): ast.Delete {
    this.take(3);
    const targets = [this.primary()];
    while (this.peek() === COMMA) {
      this.take(1);
      const c = this.peek();
      if (c === SEMI || c === NEWLINE) break;
      targets.push(this.primary());
    }
    const c = this.peek();
    if (c !== SEMI && c !== NEWLINE) bail();
    for (const t of targets) setContext(t, 'del');
    return { _type: 'Delete', targets, ...this.pos(start, this.end) };
  }

  private dottedName(): string {
    let name = this.name();
    while (this.peek() === DOT) {
      this.take(1);
      name += `.${this.name()}`;
    }
    return name;
  }

  private alias(dotted: boolean): ast.alias {
    this.peek();
    const start = this.i;
    const name = dotted ? this.dottedName() : this.name();
    let asname: string | null = null;
    if (this.word() === 'as') {
      this.take(2);
      asname = this.name();
    }
    return { _type: 'alias', name, asname, ...this.pos(start, this.end) };
  }

  private importStmt(start: number): ast.Import {
    this.take(6);
    const names = [this.alias(true)];
    while (this.peek() === COMMA) {
      this.take(1);
      names.push(this.alias(true));
    }
    return { _type: 'Import', names, ...this.pos(start, this.end) };
  }

  private importFrom(start: number): ast.ImportFrom {
    this.take(4);
    let level = 0;
    while (this.peek() === DOT) {
      const n = this.t.startsWith('...', this.i) ? 3 : 1;
      level += n;
      this.take(n);
    }
    const module = this.word() === 'import' ? null : this.dottedName();
    if (this.word() !== 'import' || (level === 0 && module === null)) bail();
    this.take(6);
    let names: ast.alias[];
    const c = this.peek();
    if (c === STAR) {
      const s = this.i;
      this.take(1);
      names = [{ _type: 'alias', name: '*', asname: null, ...this.pos(s, this.end) }];
    } else {
      const paren = c === OPEN_PAREN;
      if (paren) this.take(1);
      names = [this.alias(false)];
      while (this.peek() === COMMA) {
        this.take(1);
        if (paren && this.peek() === CLOSE_PAREN) break;
        names.push(this.alias(false));
      }
      if (paren) this.expect(CLOSE_PAREN);
    }
    return { _type: 'ImportFrom', module, names, level, ...this.pos(start, this.end) };
  }

  /** After a compound statement's `:`: an indented block or simple statements on the same line. */
  private block(): ast.stmt[] {
    this.expect(COLON);
    const body: ast.stmt[] = [];
    if (this.peek() !== NEWLINE) {
      this.simpleStmts(body);
      return body;
    }
    this.i++;
    if (this.peek() !== INDENT) bail();
    this.i++;
    for (;;) {
      const c = this.peek();
      if (c === DEDENT) break;
      if (Number.isNaN(c)) bail();
      this.statement(body);
    }
    this.i++;
    return body;
  }

  /** `else: block`, if it follows. */
  private elseBlock(): ast.stmt[] {
    if (this.word() !== 'else') return [];
    this.take(4);
    return this.block();
  }

  private ifStmt(start: number): ast.If {
    this.take(2);
    const test = this.namedExpression();
    const body = this.block();
    const elifs: { test: ast.expr; body: ast.stmt[]; pos: Pos }[] = [];
    while (this.word() === 'elif') {
      const s = this.i;
      this.take(4);
      const t = this.namedExpression();
      const b = this.block();
      elifs.push({ test: t, body: b, pos: this.stmtPos(s) });
    }
    let orelse = this.elseBlock();
    const p = this.stmtPos(start);
    // An elif with an else part (or a further elif) ends where the whole chain ends, as in CPython.
    for (let k = elifs.length - 1; k >= 0; k--) {
      const e = elifs[k]!;
      const chainEnd = orelse.length ? { end_lineno: p.end_lineno, end_col_offset: p.end_col_offset } : {};
      orelse = [{ _type: 'If', test: e.test, body: e.body, orelse, ...e.pos, ...chainEnd }];
    }
    return { _type: 'If', test, body, orelse, ...p };
  }

  private whileStmt(start: number): ast.While {
    this.take(5);
    const test = this.namedExpression();
    const body = this.block();
    const orelse = this.elseBlock();
    return { _type: 'While', test, body, orelse, ...this.stmtPos(start) };
  }

  private forStmt(start: number): ast.For {
    this.take(3);
    const target = this.starTargets('for');
    if (this.word() !== 'in') bail();
    this.take(2);
    const iter = this.starExpressions();
    const body = this.block();
    const orelse = this.elseBlock();
    return { _type: 'For', target, iter, body, orelse, type_comment: null, ...this.stmtPos(start) };
  }

  private tryStmt(start: number): ast.Try {
    this.take(3);
    const body = this.block();
    const handlers: ast.ExceptHandler[] = [];
    while (this.word() === 'except') {
      const s = this.i;
      this.take(6);
      let type: ast.expr | null = null, name: string | null = null;
      const c = this.peek();
      if (c === STAR) bail();  // except*: the grammar's
      if (c !== COLON) {
        type = this.expression();
        if (this.word() === 'as') {
          this.take(2);
          name = this.name();
        }
      }
      const hb = this.block();
      handlers.push({ _type: 'ExceptHandler', type, name, body: hb, ...this.stmtPos(s) });
    }
    const orelse = handlers.length ? this.elseBlock() : [];
    let finalbody: ast.stmt[] = [];
    if (this.word() === 'finally') {
      this.take(7);
      finalbody = this.block();
    } else if (!handlers.length) bail();
    return { _type: 'Try', body, handlers, orelse, finalbody, ...this.stmtPos(start) };
  }

  private withStmt(start: number): ast.With {
    this.take(4);
    if (this.peek() === OPEN_PAREN) bail();  // parenthesized items or a parenthesized expression: the grammar decides
    const items: ast.withitem[] = [];
    for (;;) {
      const contextExpr = this.expression();
      let vars: ast.expr | null = null;
      if (this.word() === 'as') {
        this.take(2);
        vars = this.starTarget();
        const c = this.peek();
        if (c !== COMMA && c !== COLON) bail();
        setContext(vars, 'with');
      }
      items.push({ _type: 'withitem', context_expr: contextExpr, optional_vars: vars });
      if (this.peek() !== COMMA) break;
      this.take(1);
    }
    const body = this.block();
    return { _type: 'With', items, body, type_comment: null, ...this.stmtPos(start) };
  }

  private funcDef(start: number): ast.FunctionDef {
    this.take(3);
    const name = this.name();
    if (this.peek() === OPEN_BRACKET) bail();  // type parameters
    this.expect(OPEN_PAREN);
    const parts = this.peek() === CLOSE_PAREN ? [] : this.params(true);
    this.expect(CLOSE_PAREN);
    let returns: ast.expr | null = null;
    if (this.peek() === MINUS && this.next() === GT) {
      this.take(2);
      returns = this.expression();
    }
    const args = buildArguments(parts, this.ctx);
    const body = this.block();
    return {
      _type: 'FunctionDef', name, args, body, decorator_list: [], returns, type_comment: null, type_params: [],
      ...this.stmtPos(start),
    };
  }

  private classDef(start: number): ast.ClassDef {
    this.take(5);
    const name = this.name();
    const c = this.peek();
    if (c === OPEN_BRACKET) bail();  // type parameters
    let bases: ast.expr[] = [], keywords: ast.keyword[] = [];
    if (c === OPEN_PAREN) {
      const call = this.callArguments();
      if (call.genexp) bail();
      ({ args: bases, keywords } = call);
    }
    const body = this.block();
    return { _type: 'ClassDef', name, bases, keywords, body, decorator_list: [], type_params: [], ...this.stmtPos(start) };
  }

  private decorated(): ast.FunctionDef | ast.ClassDef {
    const decorators: ast.expr[] = [];
    while (this.peek() === AT) {
      this.take(1);
      decorators.push(this.namedExpression());
      if (this.peek() !== NEWLINE) bail();
      this.i++;
    }
    const start = this.i;
    const word = this.word();
    const d = word === 'def' ? this.funcDef(start) : word === 'class' ? this.classDef(start) : bail();
    d.decorator_list = decorators;
    return d;
  }

  /** Parameters of a def (with annotations) or a lambda, as the parts params.ts checks and assembles. */
  private params(annotated: boolean): ParamPart[] {
    const parts: ParamPart[] = [];
    const stop = annotated ? CLOSE_PAREN : COLON;
    for (;;) {
      const c = this.peek(), node = { startIdx: this.i };
      if (c === STAR) {
        const kwargs = this.next() === STAR;
        this.take(kwargs ? 2 : 1);
        const d = this.peek();
        if (!kwargs && (d === COMMA || d === stop)) {
          parts.push({ kind: 'star', node });
        } else {
          const arg = this.arg(annotated);
          if (this.peek() === EQUALS) bail();  // a default for * or **: the grammar's error
          parts.push({ kind: kwargs ? 'kwargs' : 'varargs', arg, node, default: null });
        }
      } else if (c === SLASH) {
        this.take(1);
        parts.push({ kind: 'slash', node });
      } else {
        const arg = this.arg(annotated);
        let dflt: ast.expr | null = null;
        if (this.peek() === EQUALS && this.next() !== EQUALS) {
          this.take(1);
          dflt = this.expression();
        }
        parts.push({ kind: 'plain', arg, default: dflt, node });
      }
      if (this.peek() !== COMMA) return parts;
      this.take(1);
      if (this.peek() === stop) return parts;
    }
  }

  private arg(annotated: boolean): ast.arg {
    this.peek();
    const start = this.i;
    const arg = this.name();
    const p = this.pos(start, this.end);
    if (!annotated || this.peek() !== COLON) return { _type: 'arg', arg, annotation: null, type_comment: null, ...p };
    this.take(1);
    if (this.peek() === STAR) bail();  // a starred annotation
    const annotation = this.expression();
    return {
      _type: 'arg', arg, annotation, type_comment: null,
      lineno: p.lineno, col_offset: p.col_offset, end_lineno: annotation.end_lineno, end_col_offset: annotation.end_col_offset,
    };
  }

  // ---------------------------------------------------------------- expressions

  /** `X ("," X)* ","?` after the first X: the items when there was a comma, else null. */
  private commaItems(first: ast.expr, item: () => ast.expr, colon = false): ast.expr[] | null {
    if (this.peek() !== COMMA) return null;
    const items = [first];
    while (this.peek() === COMMA) {
      this.take(1);
      if (!this.startsExpr(colon)) break;
      items.push(item());
    }
    return items;
  }

  private tuple(elts: ast.expr[], start: number): ast.Tuple {
    return { _type: 'Tuple', elts, ctx: LOAD, ...this.pos(start, this.end) };
  }

  private starExpressions(): ast.expr {
    this.peek();
    const start = this.i;
    const first = this.starExpression();
    const items = this.commaItems(first, () => this.starExpression());
    return items ? this.tuple(items, start) : first;
  }

  private starExpression(): ast.expr {
    if (this.peek() === STAR && this.next() !== STAR) return this.starred(() => this.starOperand());
    return this.expression();
  }

  private starNamedExpressions(): ast.expr[] {
    const first = this.starNamedExpression();
    return this.commaItems(first, () => this.starNamedExpression()) ?? [first];
  }

  private starNamedExpression(): ast.expr {
    if (this.peek() === STAR && this.next() !== STAR) return this.starred(() => this.starOperand());
    return this.namedExpression();
  }

  private starred(value: () => ast.expr): ast.Starred {
    const start = this.i;
    this.take(1);
    return { _type: 'Starred', value: value(), ctx: LOAD, ...this.pos(start, this.end) };
  }

  /** After `*` or `**` in a display: a bitwise_or in CPython's grammar. */
  private starOperand(): ast.expr {
    const e = this.opExpr();
    if (!this.ctx.isParenthesized(e) && (e._type === 'BoolOp' || e._type === 'Compare' || (e._type === 'UnaryOp' && e.op._type === 'Not'))) bail();
    return e;
  }

  private namedExpression(): ast.expr {
    const c = this.peek(), start = this.i;
    if (isLetter(c)) {
      const end = this.identEnd(start);
      let j = end, d = this.t.charCodeAt(j);
      while (d === SPACE || d === TAB || d === FORM_FEED) d = this.t.charCodeAt(++j);
      if (d === COLON && this.t.charCodeAt(j + 1) === EQUALS) {
        const id = this.t.slice(start, end);
        if (KEYWORDS.has(id)) bail();
        const target: ast.Name = { _type: 'Name', id, ctx: STORE, ...this.pos(start, end) };
        this.i = j;
        this.take(2);
        const value = this.expression();
        return { _type: 'NamedExpr', target, value, ...this.pos(start, this.end) };
      }
    }
    const e = this.expression();
    if (this.peek() === COLON && this.next() === EQUALS) bail();
    return e;
  }

  private expression(): ast.expr {
    this.peek();
    const start = this.i;
    const body = this.opExpr();
    if (!(this.peek() === 105 && this.kwAt('if'))) return body;
    this.take(2);
    const test = this.disjunction(this.opExpr());
    if (this.word() !== 'else') bail();
    this.take(4);
    const orelse = this.expression();
    return { _type: 'IfExp', test, body, orelse, ...this.pos(start, this.end) };
  }

  /** A bare lambda where CPython's grammar has a disjunction is its invalid syntax. */
  private disjunction(e: ast.expr): ast.expr {
    if (e._type === 'Lambda' && !this.ctx.isParenthesized(e)) bail();
    return e;
  }

  /** Operands joined by the operators from `or` to `**` (the grammar's OpExpr). */
  private opExpr(): ast.expr {
    let tokens: OpToken[] | null = null;
    if (this.atPrefix()) this.prefixes((tokens = []));
    let start = this.i;
    let operand = this.primary();
    let op = this.binaryOp();
    if (op === null && tokens === null) return operand;
    tokens ??= [];
    tokens.push({ kind: 'operand', expr: operand, span: this.pos(start, this.end) });
    while (op !== null) {
      const at = this.i;
      this.take(this.opLen);
      tokens.push({ kind: 'binary', op, at: this.pos(at, this.end) });
      this.prefixes(tokens);
      start = this.i;
      operand = this.primary();
      tokens.push({ kind: 'operand', expr: operand, span: this.pos(start, this.end) });
      op = this.binaryOp();
    }
    return buildOperators(tokens, bail);
  }

  private atPrefix(): boolean {
    const c = this.peek();
    return c === MINUS || c === PLUS || c === TILDE || (c === 110 && this.kwAt('not'));
  }

  private prefixes(tokens: OpToken[]): void {
    while (this.atPrefix()) {
      const c = this.t.charCodeAt(this.i), at = this.i;
      const op = c === MINUS ? '-' : c === PLUS ? '+' : c === TILDE ? '~' : 'not';
      this.take(op.length);
      tokens.push({ kind: 'prefix', op, at: this.pos(at, this.end) });
    }
  }

  /** An atom and its trailers: attributes, calls, subscripts. */
  private primary(): ast.expr {
    const c = this.peek(), start = this.i;
    if (c === 97 && this.kwAt('await')) bail();
    let e = this.atom();
    for (;;) {
      const d = this.peek();
      if (d === DOT) {
        this.take(1);
        const attr = this.name();
        e = { _type: 'Attribute', value: e, attr, ctx: LOAD, ...this.pos(start, this.end) };
      } else if (d === OPEN_PAREN) {
        const open = this.i;
        const { args, keywords, genexp } = this.callArguments();
        // A lone generator argument takes the call's parentheses as its span.
        if (genexp) Object.assign(genexp, this.pos(open, this.end));
        e = { _type: 'Call', func: e, args, keywords, ...this.pos(start, this.end) };
      } else if (d === OPEN_BRACKET) {
        this.take(1);
        this.peek();
        const s = this.i;
        const first = this.sliceItem();
        const items = this.commaItems(first, () => this.sliceItem(), true);
        // `a[*b]` subscripts with a one-element tuple, as if written `a[*b,]`.
        const slice = items ? this.tuple(items, s) : first._type === 'Starred' ? this.tuple([first], s) : first;
        this.expect(CLOSE_BRACKET);
        e = { _type: 'Subscript', value: e, slice, ctx: LOAD, ...this.pos(start, this.end) };
      } else {
        return e;
      }
    }
  }

  /**
   * `( arguments )`. `genexp` is a lone unparenthesized generator argument
   * (the call gives it its own span); any other unparenthesized generator,
   * and every ordering error, goes to the grammar.
   */
  private callArguments(): { args: ast.expr[]; keywords: ast.keyword[]; genexp: ast.GeneratorExp | null } {
    this.take(1);
    const args: ast.expr[] = [], keywords: ast.keyword[] = [];
    let sawKeyword = false, sawDoubleStar = false, genexps = 0, trailing = false;
    if (this.peek() !== CLOSE_PAREN) {
      for (;;) {
        const c = this.peek(), start = this.i;
        if (c === STAR) {
          if (this.next() === STAR) {
            this.take(2);
            keywords.push({ _type: 'keyword', arg: null, value: this.expression(), ...this.pos(start, this.end) });
            sawKeyword = sawDoubleStar = true;
          } else {
            if (sawDoubleStar) bail();
            args.push(this.starred(() => this.expression()));
          }
        } else if (this.keywordArgAhead()) {
          const arg = this.name();
          this.peek();
          this.take(1);
          keywords.push({ _type: 'keyword', arg, value: this.expression(), ...this.pos(start, this.end) });
          sawKeyword = true;
        } else {
          if (sawKeyword) bail();
          let e = this.namedExpression();
          if (this.atFor()) {
            e = { _type: 'GeneratorExp', elt: e, generators: this.forIfClauses(), ...this.pos(start, this.end) };
            genexps++;
          }
          args.push(e);
        }
        if (this.peek() !== COMMA) break;
        this.take(1);
        if (this.peek() === CLOSE_PAREN) {
          trailing = true;
          break;
        }
      }
    }
    this.expect(CLOSE_PAREN);
    if (genexps === 0) return { args, keywords, genexp: null };
    if (genexps > 1 || args.length + keywords.length > 1 || trailing) bail();
    return { args, keywords, genexp: args[0] as ast.GeneratorExp };
  }

  /** `name =` (not `==`) ahead: a keyword argument. */
  private keywordArgAhead(): boolean {
    const t = this.t, start = this.i;
    if (!isLetter(t.charCodeAt(start))) return false;
    let j = this.identEnd(start), c = t.charCodeAt(j);
    while (c === SPACE || c === TAB || c === FORM_FEED) c = t.charCodeAt(++j);
    return c === EQUALS && t.charCodeAt(j + 1) !== EQUALS;
  }

  private sliceItem(): ast.expr {
    const c = this.peek(), start = this.i;
    let lower: ast.expr | null = null;
    if (c === STAR && this.next() !== STAR) return this.starred(() => this.starOperand());
    if (c !== COLON) {
      const e = this.expression();
      if (this.peek() !== COLON) return e;
      lower = e;
    }
    if (this.next() === EQUALS) bail();
    this.take(1);
    let upper: ast.expr | null = null, step: ast.expr | null = null;
    if (this.peek() !== COLON && this.startsExpr()) upper = this.expression();
    if (this.peek() === COLON) {
      this.take(1);
      if (this.startsExpr()) step = this.expression();
    }
    return { _type: 'Slice', lower, upper, step, ...this.pos(start, this.end) };
  }

  private atFor(): boolean {
    const c = this.peek();
    if (c === 97 && this.kwAt('async')) bail();
    return c === 102 && this.kwAt('for');
  }

  private forIfClauses(): ast.comprehension[] {
    const generators: ast.comprehension[] = [];
    while (this.atFor()) {
      this.take(3);
      const target = this.starTargets('comprehension');
      if (this.word() !== 'in') bail();
      this.take(2);
      const iter = this.disjunction(this.opExpr());
      const ifs: ast.expr[] = [];
      while (this.peek() === 105 && this.kwAt('if')) {
        this.take(2);
        ifs.push(this.disjunction(this.opExpr()));
      }
      generators.push({ _type: 'comprehension', target, iter, ifs, is_async: 0 });
    }
    return generators;
  }

  private starTargets(kind: TargetKind): ast.expr {
    this.peek();
    const start = this.i;
    const first = this.starTarget();
    const items = this.commaItems(first, () => this.starTarget());
    const e = items ? this.tuple(items, start) : first;
    setContext(e, kind);
    return e;
  }

  private starTarget(): ast.expr {
    if (this.peek() !== STAR) return this.primary();
    if (this.next() === STAR) bail();
    return this.starred(() => this.starTarget());
  }

  private atom(): ast.expr {
    const t = this.t, start = this.i, c = t.charCodeAt(start);
    if (isLetter(c)) {
      const end = this.identEnd(start);
      const q = t.charCodeAt(end);
      if (q === QUOTE || q === DQUOTE) return this.strings();
      const id = t.slice(start, end);
      if (KEYWORDS.has(id)) {
        if (id === 'lambda') return this.lambda();
        if (id !== 'True' && id !== 'False' && id !== 'None') bail();
        this.take(end - start);
        return this.constant(id === 'None' ? null : id === 'True', start);
      }
      this.take(end - start);
      return { _type: 'Name', id, ctx: LOAD, ...this.pos(start, end) };
    }
    if (isDigit(c) || (c === DOT && isDigit(t.charCodeAt(start + 1)))) return this.number();
    switch (c) {
      case QUOTE: case DQUOTE: return this.strings();
      case OPEN_PAREN: return this.parenAtom();
      case OPEN_BRACKET: return this.listAtom();
      case OPEN_BRACE: return this.braceAtom();
      case DOT:
        if (!t.startsWith('...', start)) bail();
        this.take(3);
        return this.constant(PyEllipsis, start);
    }
    return bail();
  }

  private constant(value: ast.Constant['value'], start: number): ast.Constant {
    return { _type: 'Constant', value, kind: null, ...this.pos(start, this.end) };
  }

  private number(): ast.Constant {
    const t = this.t, start = this.i;
    const c = t.charCodeAt(start + 1);
    const re = t.charCodeAt(start) === 48 && (c === 120 || c === 88 || c === 111 || c === 79 || c === 98 || c === 66)
      ? RADIX_NUMBER : DECIMAL_NUMBER;
    re.lastIndex = start;
    const m = re.exec(t);
    if (m === null) bail();
    const text = m[0];
    // A number run into a name or keyword (`1if`, `0x1g`): the grammar's business.
    if (isIdChar(t.charCodeAt(start + text.length))) bail();
    this.take(text.length);
    return this.constant(this.ctx.number(text, start), start);
  }

  /** Adjacent plain string literals (an f-string among them goes to the grammar). */
  private strings(): ast.expr {
    const t = this.t, start = this.i;
    const parts: StringToken[] = [];
    for (;;) {
      const s = this.i;
      let j = s;
      while (isLetter(t.charCodeAt(j))) j++;
      if (!PLAIN_PREFIXES.has(t.slice(s, j).toLowerCase())) bail();
      const q = t.charCodeAt(j);
      const triple = t.charCodeAt(j + 1) === q && t.charCodeAt(j + 2) === q;
      let k = j + (triple ? 3 : 1);
      for (;;) {
        const ch = t.charCodeAt(k);
        if (ch === 92 /* \ */) k += 2;
        else if (ch === q && (!triple || (t.charCodeAt(k + 1) === q && t.charCodeAt(k + 2) === q))) break;
        else if (Number.isNaN(ch) || (ch === NEWLINE && !triple)) bail();
        else k++;
      }
      k += triple ? 3 : 1;
      parts.push({ ctorName: 'string', sourceString: t.slice(s, k), startIdx: s, endIdx: k });
      this.take(k - s);
      const c = this.peek();
      if (c === QUOTE || c === DQUOTE) continue;
      if (!isLetter(c)) break;
      let e = this.i;
      while (isLetter(t.charCodeAt(e))) e++;
      const d = t.charCodeAt(e);
      if (d !== QUOTE && d !== DQUOTE) break;
    }
    return buildStrings(parts, this.pos(start, this.end), this.ctx);
  }

  private parenAtom(): ast.expr {
    const start = this.i;
    this.take(1);
    if (this.peek() === CLOSE_PAREN) {
      this.take(1);
      return this.tuple([], start);
    }
    if (this.word() === 'yield') bail();
    const first = this.starNamedExpression();
    if (this.atFor()) {
      if (first._type === 'Starred') bail();
      const generators = this.forIfClauses();
      this.expect(CLOSE_PAREN);
      return this.ctx.parenthesized<ast.GeneratorExp>({ _type: 'GeneratorExp', elt: first, generators, ...this.pos(start, this.end) });
    }
    const items = this.commaItems(first, () => this.starNamedExpression());
    this.expect(CLOSE_PAREN);
    if (items) return this.ctx.parenthesized(this.tuple(items, start));
    if (first._type === 'Starred') bail();
    return this.ctx.parenthesized(first);
  }

  private listAtom(): ast.expr {
    const start = this.i;
    this.take(1);
    if (this.peek() === CLOSE_BRACKET) {
      this.take(1);
      return { _type: 'List', elts: [], ctx: LOAD, ...this.pos(start, this.end) };
    }
    const first = this.starNamedExpression();
    if (this.atFor()) {
      if (first._type === 'Starred') bail();
      const generators = this.forIfClauses();
      this.expect(CLOSE_BRACKET);
      return { _type: 'ListComp', elt: first, generators, ...this.pos(start, this.end) };
    }
    const elts = this.commaItems(first, () => this.starNamedExpression()) ?? [first];
    this.expect(CLOSE_BRACKET);
    return { _type: 'List', elts, ctx: LOAD, ...this.pos(start, this.end) };
  }

  private braceAtom(): ast.expr {
    const start = this.i;
    this.take(1);
    let c = this.peek();
    if (c === CLOSE_BRACE) {
      this.take(1);
      return { _type: 'Dict', keys: [], values: [], ...this.pos(start, this.end) };
    }
    if (c === STAR && this.next() !== STAR) {
      const elts = this.starNamedExpressions();
      this.expect(CLOSE_BRACE);
      return { _type: 'Set', elts, ...this.pos(start, this.end) };
    }
    let key: ast.expr | null = null, first: ast.expr;
    if (c === STAR) {
      this.take(2);
      first = this.starOperand();
    } else {
      const e = this.namedExpression();
      if (this.peek() !== COLON) {
        // A set display or comprehension.
        if (this.atFor()) {
          const generators = this.forIfClauses();
          this.expect(CLOSE_BRACE);
          return { _type: 'SetComp', elt: e, generators, ...this.pos(start, this.end) };
        }
        const elts = this.commaItems(e, () => this.starNamedExpression()) ?? [e];
        this.expect(CLOSE_BRACE);
        return { _type: 'Set', elts, ...this.pos(start, this.end) };
      }
      if (e._type === 'NamedExpr' && !this.ctx.isParenthesized(e)) bail();
      this.take(1);
      key = e;
      first = this.expression();
      if (this.atFor()) {
        const generators = this.forIfClauses();
        this.expect(CLOSE_BRACE);
        return { _type: 'DictComp', key, value: first, generators, ...this.pos(start, this.end) };
      }
    }
    const keys: (ast.expr | null)[] = [key], values: ast.expr[] = [first];
    while (this.peek() === COMMA) {
      this.take(1);
      c = this.peek();
      if (c === CLOSE_BRACE) break;
      if (c === STAR) {
        if (this.next() !== STAR) bail();
        this.take(2);
        keys.push(null);
        values.push(this.starOperand());
      } else {
        keys.push(this.expression());
        this.expect(COLON);
        values.push(this.expression());
      }
    }
    this.expect(CLOSE_BRACE);
    return { _type: 'Dict', keys, values, ...this.pos(start, this.end) };
  }

  private lambda(): ast.Lambda {
    const start = this.i;
    this.take(6);
    const parts = this.peek() === COLON ? [] : this.params(false);
    this.expect(COLON);
    const args = buildArguments(parts, this.ctx);
    const body = this.expression();
    return { _type: 'Lambda', args, body, ...this.pos(start, this.end) };
  }
}
