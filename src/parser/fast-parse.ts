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
// async, type parameters, …) and every tokenizer error
// still comes from one place. What it accepts it must parse exactly as
// CPython does: spec/parser/fast-parse.test.ts compares its trees with
// CPython's, positions included, on the corpus, the spec programs and
// thousands of mutated programs. Statements are here; fast-expr.ts has the
// expressions and fast-scan.ts the tokens.
import type * as ast from './ast-nodes.js';
import type { Layout } from './layout.js';
import { located, ParseContext, type Pos } from './context.js';
import { STORE, setContext, type TargetKind } from './targets.js';
import { augOp } from './operators.js';
import { buildArguments } from './params.js';
import {
  AUG_ASSIGN, AT, bail, CLOSE_PAREN, COLON, COMMA, DEDENT, DOT, EQUALS, GT, INDENT, isLetter, MINUS, NEWLINE, OPEN_BRACKET,
  OPEN_PAREN, SEMI, STAR,
} from './fast-scan.js';
import { FastExprParser } from './fast-expr.js';

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
class FastParser extends FastExprParser {
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
        const j = this.spacesEnd(start + 5), d = this.t.charCodeAt(j);
        if (!(d === DOT || (d === EQUALS && this.t.charCodeAt(j + 1) !== EQUALS))) bail();
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
      case 'pass': this.take(4); return located({ _type: 'Pass' }, this.pos(start, this.end));
      case 'break': this.take(5); return located({ _type: 'Break' }, this.pos(start, this.end));
      case 'continue': this.take(8); return located({ _type: 'Continue' }, this.pos(start, this.end));
      case 'return': {
        this.take(6);
        const value = this.startsExpr() ? this.starExpressions() : null;
        return located({ _type: 'Return', value }, this.pos(start, this.end));
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
        return word === 'global' ? located({ _type: 'Global', names }, p) : located({ _type: 'Nonlocal', names }, p);
      }
      case 'assert': {
        this.take(6);
        const test = this.expression();
        let msg: ast.expr | null = null;
        if (this.peek() === COMMA) {
          this.take(1);
          msg = this.expression();
        }
        return located({ _type: 'Assert', test, msg }, this.pos(start, this.end));
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
        return located({ _type: 'Raise', exc, cause }, this.pos(start, this.end));
      }
      case 'import': return this.importStmt(start);
      case 'from': return this.importFrom(start);
      case 'type': {
        // `type X = ...` is a type alias (the grammar's); `type(x)` or `type = 1` an expression.
        const next = this.t.charCodeAt(this.spacesEnd(start + 4));
        if (isLetter(next) || next >= 0x80) bail();
        break;
      }
    }
    return this.exprStmt(start);
  }

  private exprStmt(start: number): ast.stmt {
    const first = this.yieldOrStarExpressions();
    const c = this.peek();
    if (c === EQUALS && this.next() !== EQUALS) {
      const exprs = [first];
      while (this.peek() === EQUALS && this.next() !== EQUALS) {
        this.take(1);
        exprs.push(this.yieldOrStarExpressions());
      }
      const value = exprs.pop()!;
      const kind: TargetKind = exprs.length === 1 ? 'assign' : 'assign-chain';
      for (const e of exprs) setContext(e, kind);
      return located({ _type: 'Assign', targets: exprs, value, type_comment: null }, this.pos(start, this.end));
    }
    AUG_ASSIGN.lastIndex = this.i;
    const aug = AUG_ASSIGN.exec(this.t);
    if (aug !== null) {
      if (first._type !== 'Name' && first._type !== 'Attribute' && first._type !== 'Subscript') bail();
      this.take(aug[0].length);
      const value = this.yieldOrStarExpressions();
      first.ctx = STORE;
      return located({ _type: 'AugAssign', target: first, op: augOp(aug[0]), value }, this.pos(start, this.end));
    }
    if (c === COLON) {
      if (this.next() === EQUALS) bail();
      if (first._type !== 'Name' && first._type !== 'Attribute' && first._type !== 'Subscript') bail();
      this.take(1);
      const annotation = this.expression();
      let value: ast.expr | null = null;
      if (this.peek() === EQUALS && this.next() !== EQUALS) {
        this.take(1);
        value = this.yieldOrStarExpressions();
      }
      const simple = first._type === 'Name' && !this.ctx.isParenthesized(first) ? 1 : 0;
      first.ctx = STORE;
      return located({ _type: 'AnnAssign', target: first, annotation, value, simple }, this.pos(start, this.end));
    }
    return located({ _type: 'Expr', value: first }, this.pos(start, this.end));
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
    return located({ _type: 'Delete', targets }, this.pos(start, this.end));
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
    return located({ _type: 'alias', name, asname }, this.pos(start, this.end));
  }

  private importStmt(start: number): ast.Import {
    this.take(6);
    const names = [this.alias(true)];
    while (this.peek() === COMMA) {
      this.take(1);
      names.push(this.alias(true));
    }
    return located({ _type: 'Import', names }, this.pos(start, this.end));
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
      names = [located({ _type: 'alias', name: '*', asname: null }, this.pos(s, this.end))];
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
    return located({ _type: 'ImportFrom', module, names, level }, this.pos(start, this.end));
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
      const chainEnd = orelse.length ? { ...e.pos, end_lineno: p.end_lineno, end_col_offset: p.end_col_offset } : e.pos;
      orelse = [located({ _type: 'If', test: e.test, body: e.body, orelse }, chainEnd)];
    }
    return located({ _type: 'If', test, body, orelse }, p);
  }

  private whileStmt(start: number): ast.While {
    this.take(5);
    const test = this.namedExpression();
    const body = this.block();
    const orelse = this.elseBlock();
    return located({ _type: 'While', test, body, orelse }, this.stmtPos(start));
  }

  private forStmt(start: number): ast.For {
    this.take(3);
    const target = this.starTargets('for');
    if (this.word() !== 'in') bail();
    this.take(2);
    const iter = this.starExpressions();
    const body = this.block();
    const orelse = this.elseBlock();
    return located({ _type: 'For', target, iter, body, orelse, type_comment: null }, this.stmtPos(start));
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
      handlers.push(located({ _type: 'ExceptHandler', type, name, body: hb }, this.stmtPos(s)));
    }
    const orelse = handlers.length ? this.elseBlock() : [];
    let finalbody: ast.stmt[] = [];
    if (this.word() === 'finally') {
      this.take(7);
      finalbody = this.block();
    } else if (!handlers.length) bail();
    return located({ _type: 'Try', body, handlers, orelse, finalbody }, this.stmtPos(start));
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
    return located({ _type: 'With', items, body, type_comment: null }, this.stmtPos(start));
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
    return located({
      _type: 'FunctionDef', name, args, body, decorator_list: [], returns, type_comment: null, type_params: [],
    }, this.stmtPos(start));
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
    return located({ _type: 'ClassDef', name, bases, keywords, body, decorator_list: [], type_params: [] }, this.stmtPos(start));
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
}
