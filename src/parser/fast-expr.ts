// The fast parser's expressions (and def/lambda parameters): CPython's
// expression grammar by recursive descent, building the tree with the helpers
// the ohm semantics uses (operators.ts for precedence, fstrings.ts for
// string literals, params.ts, targets.ts), so both give the same nodes.
import type * as ast from './ast-nodes.js';
import { PyEllipsis } from './constants.js';
import { LOAD, STORE, setContext, type TargetKind } from './targets.js';
import { located } from './context.js';
import { buildOperators, type OpToken } from './operators.js';
import { FastStringParser } from './fast-strings.js';
import { buildArguments, type ParamPart } from './params.js';
import {
  bail, isDigit, isLetter, isIdChar, KEYWORDS, RADIX_NUMBER, DECIMAL_NUMBER,
  QUOTE, DQUOTE, STAR, SLASH, COMMA, DOT, COLON, EQUALS, OPEN_PAREN, CLOSE_PAREN,
  OPEN_BRACKET, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE, MINUS, PLUS, TILDE,
} from './fast-scan.js';

export class FastExprParser extends FastStringParser {
  protected fieldValue(): ast.expr {
    return this.yieldOrStarExpressions();
  }

  /** Parameters of a def (with annotations) or a lambda, as the parts params.ts checks and assembles. */
  protected params(annotated: boolean): ParamPart[] {
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

  protected arg(annotated: boolean): ast.arg {
    this.peek();
    const start = this.i;
    const arg = this.name();
    const p = this.pos(start, this.end);
    if (!annotated || this.peek() !== COLON) return located({ _type: 'arg', arg, annotation: null, type_comment: null }, p);
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
  protected commaItems(first: ast.expr, item: () => ast.expr, colon = false): ast.expr[] | null {
    if (this.peek() !== COMMA) return null;
    const items = [first];
    while (this.peek() === COMMA) {
      this.take(1);
      if (!this.startsExpr(colon)) break;
      items.push(item());
    }
    return items;
  }

  protected tuple(elts: ast.expr[], start: number): ast.Tuple {
    return located({ _type: 'Tuple', elts, ctx: LOAD }, this.pos(start, this.end));
  }

  /** `yield`, `yield value` or `yield from value`, at the word `yield`. */
  protected yieldExpr(): ast.Yield | ast.YieldFrom {
    const start = this.i;
    this.take(5);
    if (this.word() === 'from') {
      this.take(4);
      const value = this.expression();
      return located({ _type: 'YieldFrom', value }, this.pos(start, this.end));
    }
    const value = this.startsExpr() ? this.starExpressions() : null;
    return located({ _type: 'Yield', value }, this.pos(start, this.end));
  }

  /** What an assignment, an augmented assignment or an expression statement has on its right: a yield or expressions. */
  protected yieldOrStarExpressions(): ast.expr {
    return this.word() === 'yield' ? this.yieldExpr() : this.starExpressions();
  }

  protected starExpressions(): ast.expr {
    this.peek();
    const start = this.i;
    const first = this.starExpression();
    const items = this.commaItems(first, () => this.starExpression());
    return items ? this.tuple(items, start) : first;
  }

  protected starExpression(): ast.expr {
    if (this.peek() === STAR && this.next() !== STAR) return this.starred(() => this.starOperand());
    return this.expression();
  }

  protected starNamedExpressions(): ast.expr[] {
    const first = this.starNamedExpression();
    return this.commaItems(first, () => this.starNamedExpression()) ?? [first];
  }

  protected starNamedExpression(): ast.expr {
    if (this.peek() === STAR && this.next() !== STAR) return this.starred(() => this.starOperand());
    return this.namedExpression();
  }

  protected starred(value: () => ast.expr): ast.Starred {
    const start = this.i;
    this.take(1);
    return located({ _type: 'Starred', value: value(), ctx: LOAD }, this.pos(start, this.end));
  }

  /** After `*` or `**` in a display: a bitwise_or in CPython's grammar. */
  protected starOperand(): ast.expr {
    const e = this.opExpr();
    if (!this.ctx.isParenthesized(e) && (e._type === 'BoolOp' || e._type === 'Compare' || (e._type === 'UnaryOp' && e.op._type === 'Not'))) bail();
    return e;
  }

  protected namedExpression(): ast.expr {
    const c = this.peek(), start = this.i;
    if (isLetter(c)) {
      const end = this.identEnd(start), j = this.spacesEnd(end);
      if (this.t.charCodeAt(j) === COLON && this.t.charCodeAt(j + 1) === EQUALS) {
        const id = this.t.slice(start, end);
        if (KEYWORDS.has(id)) bail();
        const target: ast.Name = located({ _type: 'Name', id, ctx: STORE }, this.pos(start, end));
        this.i = j;
        this.take(2);
        const value = this.expression();
        return located({ _type: 'NamedExpr', target, value }, this.pos(start, this.end));
      }
    }
    const e = this.expression();
    if (this.peek() === COLON && this.next() === EQUALS) bail();
    return e;
  }

  protected expression(): ast.expr {
    this.peek();
    const start = this.i;
    const body = this.opExpr();
    if (!(this.peek() === 105 && this.kwAt('if'))) return body;
    this.take(2);
    const test = this.disjunction(this.opExpr());
    if (this.word() !== 'else') bail();
    this.take(4);
    const orelse = this.expression();
    return located({ _type: 'IfExp', test, body, orelse }, this.pos(start, this.end));
  }

  /** A bare lambda where CPython's grammar has a disjunction is its invalid syntax. */
  protected disjunction(e: ast.expr): ast.expr {
    if (e._type === 'Lambda' && !this.ctx.isParenthesized(e)) bail();
    return e;
  }

  /** Operands joined by the operators from `or` to `**` (the grammar's OpExpr). */
  protected opExpr(): ast.expr {
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

  protected atPrefix(): boolean {
    const c = this.peek();
    return c === MINUS || c === PLUS || c === TILDE || (c === 110 && this.kwAt('not'));
  }

  protected prefixes(tokens: OpToken[]): void {
    while (this.atPrefix()) {
      const c = this.t.charCodeAt(this.i), at = this.i;
      const op = c === MINUS ? '-' : c === PLUS ? '+' : c === TILDE ? '~' : 'not';
      this.take(op.length);
      tokens.push({ kind: 'prefix', op, at: this.pos(at, this.end) });
    }
  }

  /** An atom and its trailers: attributes, calls, subscripts. */
  protected primary(): ast.expr {
    const c = this.peek(), start = this.i;
    if (c === 97 && this.kwAt('await')) bail();
    let e = this.atom();
    for (;;) {
      const d = this.peek();
      if (d === DOT) {
        this.take(1);
        const attr = this.name();
        e = located({ _type: 'Attribute', value: e, attr, ctx: LOAD }, this.pos(start, this.end));
      } else if (d === OPEN_PAREN) {
        const open = this.i;
        const { args, keywords, genexp } = this.callArguments();
        // A lone generator argument takes the call's parentheses as its span.
        if (genexp) Object.assign(genexp, this.pos(open, this.end));
        e = located({ _type: 'Call', func: e, args, keywords }, this.pos(start, this.end));
      } else if (d === OPEN_BRACKET) {
        this.take(1);
        this.peek();
        const s = this.i;
        const first = this.sliceItem();
        const items = this.commaItems(first, () => this.sliceItem(), true);
        // `a[*b]` subscripts with a one-element tuple, as if written `a[*b,]`.
        const slice = items ? this.tuple(items, s) : first._type === 'Starred' ? this.tuple([first], s) : first;
        this.expect(CLOSE_BRACKET);
        e = located({ _type: 'Subscript', value: e, slice, ctx: LOAD }, this.pos(start, this.end));
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
  protected callArguments(): { args: ast.expr[]; keywords: ast.keyword[]; genexp: ast.GeneratorExp | null } {
    this.take(1);
    const args: ast.expr[] = [], keywords: ast.keyword[] = [];
    let sawKeyword = false, sawDoubleStar = false, genexps = 0, trailing = false;
    if (this.peek() !== CLOSE_PAREN) {
      for (;;) {
        const c = this.peek(), start = this.i;
        if (c === STAR) {
          if (this.next() === STAR) {
            this.take(2);
            keywords.push(located({ _type: 'keyword', arg: null, value: this.expression() }, this.pos(start, this.end)));
            sawKeyword = sawDoubleStar = true;
          } else {
            if (sawDoubleStar) bail();
            args.push(this.starred(() => this.expression()));
          }
        } else if (this.keywordArgAhead()) {
          const arg = this.name();
          this.peek();
          this.take(1);
          keywords.push(located({ _type: 'keyword', arg, value: this.expression() }, this.pos(start, this.end)));
          sawKeyword = true;
        } else {
          if (sawKeyword) bail();
          let e = this.namedExpression();
          if (this.atFor()) {
            e = located({ _type: 'GeneratorExp', elt: e, generators: this.forIfClauses() }, this.pos(start, this.end));
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
  protected keywordArgAhead(): boolean {
    const t = this.t, start = this.i;
    if (!isLetter(t.charCodeAt(start))) return false;
    const j = this.spacesEnd(this.identEnd(start));
    return t.charCodeAt(j) === EQUALS && t.charCodeAt(j + 1) !== EQUALS;
  }

  protected sliceItem(): ast.expr {
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
    return located({ _type: 'Slice', lower, upper, step }, this.pos(start, this.end));
  }

  protected atFor(): boolean {
    const c = this.peek();
    if (c === 97 && this.kwAt('async')) bail();
    return c === 102 && this.kwAt('for');
  }

  protected forIfClauses(): ast.comprehension[] {
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

  protected starTargets(kind: TargetKind): ast.expr {
    this.peek();
    const start = this.i;
    const first = this.starTarget();
    const items = this.commaItems(first, () => this.starTarget());
    const e = items ? this.tuple(items, start) : first;
    setContext(e, kind);
    return e;
  }

  protected starTarget(): ast.expr {
    if (this.peek() !== STAR) return this.primary();
    if (this.next() === STAR) bail();
    return this.starred(() => this.starTarget());
  }

  protected atom(): ast.expr {
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
      return located({ _type: 'Name', id, ctx: LOAD }, this.pos(start, end));
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

  protected constant(value: ast.Constant['value'], start: number): ast.Constant {
    return located({ _type: 'Constant', value, kind: null }, this.pos(start, this.end));
  }

  protected number(): ast.Constant {
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

  protected parenAtom(): ast.expr {
    const start = this.i;
    this.take(1);
    if (this.peek() === CLOSE_PAREN) {
      this.take(1);
      return this.tuple([], start);
    }
    if (this.word() === 'yield') {
      const e = this.yieldExpr();
      this.expect(CLOSE_PAREN);
      return this.ctx.parenthesized(e);
    }
    const first = this.starNamedExpression();
    if (this.atFor()) {
      if (first._type === 'Starred') bail();
      const generators = this.forIfClauses();
      this.expect(CLOSE_PAREN);
      return this.ctx.parenthesized<ast.GeneratorExp>(located({ _type: 'GeneratorExp', elt: first, generators }, this.pos(start, this.end)));
    }
    const items = this.commaItems(first, () => this.starNamedExpression());
    this.expect(CLOSE_PAREN);
    if (items) return this.ctx.parenthesized(this.tuple(items, start));
    if (first._type === 'Starred') bail();
    return this.ctx.parenthesized(first);
  }

  protected listAtom(): ast.expr {
    const start = this.i;
    this.take(1);
    if (this.peek() === CLOSE_BRACKET) {
      this.take(1);
      return located({ _type: 'List', elts: [], ctx: LOAD }, this.pos(start, this.end));
    }
    const first = this.starNamedExpression();
    if (this.atFor()) {
      if (first._type === 'Starred') bail();
      const generators = this.forIfClauses();
      this.expect(CLOSE_BRACKET);
      return located({ _type: 'ListComp', elt: first, generators }, this.pos(start, this.end));
    }
    const elts = this.commaItems(first, () => this.starNamedExpression()) ?? [first];
    this.expect(CLOSE_BRACKET);
    return located({ _type: 'List', elts, ctx: LOAD }, this.pos(start, this.end));
  }

  protected braceAtom(): ast.expr {
    const start = this.i;
    this.take(1);
    let c = this.peek();
    if (c === CLOSE_BRACE) {
      this.take(1);
      return located({ _type: 'Dict', keys: [], values: [] }, this.pos(start, this.end));
    }
    if (c === STAR && this.next() !== STAR) {
      const elts = this.starNamedExpressions();
      this.expect(CLOSE_BRACE);
      return located({ _type: 'Set', elts }, this.pos(start, this.end));
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
          return located({ _type: 'SetComp', elt: e, generators }, this.pos(start, this.end));
        }
        const elts = this.commaItems(e, () => this.starNamedExpression()) ?? [e];
        this.expect(CLOSE_BRACE);
        return located({ _type: 'Set', elts }, this.pos(start, this.end));
      }
      if (e._type === 'NamedExpr' && !this.ctx.isParenthesized(e)) bail();
      this.take(1);
      key = e;
      first = this.expression();
      if (this.atFor()) {
        const generators = this.forIfClauses();
        this.expect(CLOSE_BRACE);
        return located({ _type: 'DictComp', key, value: first, generators }, this.pos(start, this.end));
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
    return located({ _type: 'Dict', keys, values }, this.pos(start, this.end));
  }

  protected lambda(): ast.Lambda {
    const start = this.i;
    this.take(6);
    const parts = this.peek() === COLON ? [] : this.params(false);
    this.expect(COLON);
    const args = buildArguments(parts, this.ctx);
    const body = this.expression();
    return located({ _type: 'Lambda', args, body }, this.pos(start, this.end));
  }
}
