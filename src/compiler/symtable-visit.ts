// The symbol table's first pass (CPython 3.12 symtable.c, symtable_visit_*):
// walks the AST, opens a block per scope and records the raw def-use flags of
// every name; raises the SyntaxErrors that need only the flags seen so far.
// The visiting order is CPython's, because it decides children order, which
// error is reported first, and the order of parameters in varnames.
import type * as ast from '../parser/ast-nodes.js';
import {
  DEF_ANNOT, DEF_COMP_ITER, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, DEF_TYPE_PARAM, USE,
  SymbolTableEntry, mangle, symtableError,
  type BlockType, type ComprehensionKind, type ErrorSite, type SourceSpan,
} from './symtable-entry.js';

const MSG = {
  globalParam: (n: string) => `name '${n}' is parameter and global`,
  nonlocalParam: (n: string) => `name '${n}' is parameter and nonlocal`,
  globalAfterAssign: (n: string) => `name '${n}' is assigned to before global declaration`,
  nonlocalAfterAssign: (n: string) => `name '${n}' is assigned to before nonlocal declaration`,
  globalAfterUse: (n: string) => `name '${n}' is used prior to global declaration`,
  nonlocalAfterUse: (n: string) => `name '${n}' is used prior to nonlocal declaration`,
  globalAnnot: (n: string) => `annotated name '${n}' can't be global`,
  nonlocalAnnot: (n: string) => `annotated name '${n}' can't be nonlocal`,
  importStar: 'import * only allowed at module level',
  compConflict: (n: string) => `assignment expression cannot rebind comprehension iteration variable '${n}'`,
  compInnerLoopConflict: (n: string) => `comprehension inner loop cannot rebind assignment expression target '${n}'`,
  compIterExpr: 'assignment expression cannot be used in a comprehension iterable expression',
  duplicateArgument: (n: string) => `duplicate argument '${n}' in function definition`,
  duplicateTypeParam: (n: string) => `duplicate type parameter '${n}'`,
} as const;

/** Where a walrus inside a comprehension may not bind, by the enclosing block's type. */
const NAMED_EXPR_COMP_IN: Partial<Record<BlockType, string>> = {
  class: 'assignment expression within a comprehension cannot be used in a class body',
  type_param: 'assignment expression within a comprehension cannot be used within the definition of a generic',
  type_alias: 'assignment expression within a comprehension cannot be used in a type alias',
  typevar_bound: 'assignment expression within a comprehension cannot be used in a TypeVar bound',
};

/** "%s cannot be used within …" for the blocks that may not yield, await or walrus. */
const NOT_ALLOWED_WITHIN: Partial<Record<BlockType, string>> = {
  annotation: 'an annotation',
  typevar_bound: 'a TypeVar bound',
  type_alias: 'a type alias',
  type_param: 'the definition of a generic',
};

const COMPREHENSIONS = {
  ListComp: ['listcomp', 'list'],
  SetComp: ['setcomp', 'set'],
  DictComp: ['dictcomp', 'dict'],
  GeneratorExp: ['genexpr', 'generator'],
} as const satisfies Record<string, readonly [string, ComprehensionKind]>;

type Comprehension = ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp;
type AnyFunctionDef = ast.FunctionDef | ast.AsyncFunctionDef;

const NO_SPAN: SourceSpan = { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };

/** The result of the first pass: every block, keyed by the AST object CPython keys it by. */
export interface RawSymtable {
  top: SymbolTableEntry;
  blocks: Map<object, SymbolTableEntry>;
}

export class SymtableVisitor {
  private readonly stack: SymbolTableEntry[] = [];
  private cur!: SymbolTableEntry;
  /** st_global: the module block's symbols, which global statements anywhere also mark. */
  private global!: Map<string, number>;
  /** st_private: the name of the class whose body (or generic parameters) is being visited. */
  private private: string | null = null;
  readonly blocks = new Map<object, SymbolTableEntry>();

  constructor(private readonly site: ErrorSite, private readonly futureAnnotations: boolean) {}

  build(mod: ast.Module | ast.Interactive | ast.Expression): RawSymtable {
    this.enterBlock('top', 'module', mod, NO_SPAN);
    const top = this.cur;
    if (mod._type === 'Expression') this.visitExpr(mod.body);
    else for (const s of mod.body) this.visitStmt(s);
    this.exitBlock();
    return { top, blocks: this.blocks };
  }

  private error(msg: string, span: SourceSpan): never {
    throw symtableError(this.site, msg, span);
  }

  // ---- blocks ----

  private enterBlock(name: string, type: BlockType, key: object, span: SourceSpan): void {
    const ste = new SymbolTableEntry(type, name, span.lineno, span.col_offset, span.end_lineno, span.end_col_offset);
    // A later block with the same key replaces the earlier one, as in CPython's
    // st_blocks dict (a function's annotation block and the function share it).
    this.blocks.set(key, ste);
    const prev = this.stack.length > 0 ? this.cur : null;
    if (prev !== null && (prev.nested || prev.isFunctionLike())) ste.nested = true;
    this.stack.push(ste);
    // bpo-37757: a walrus is refused anywhere inside a comprehension's outermost iterable.
    if (prev !== null) ste.compIterExpr = prev.compIterExpr;
    this.cur = ste;
    // Annotation blocks are never analyzed: under `from __future__ import
    // annotations` the annotations become strings, so they are nobody's child.
    if (type === 'annotation') return;
    if (type === 'module') this.global = ste.symbols;
    if (prev !== null) prev.children.push(ste);
  }

  private exitBlock(): void {
    this.stack.pop();
    if (this.stack.length > 0) this.cur = this.stack[this.stack.length - 1]!;
  }

  /**
   * The block holding a generic function's, class's or alias's type
   * parameters. A function always gets `.defaults`: the parser never leaves
   * `args.defaults` NULL, so CPython's "has defaults" test is always true.
   */
  private enterTypeParamBlock(name: string, key: object, s: AnyFunctionDef | ast.ClassDef | ast.TypeAlias): void {
    const enclosing = this.cur.type;
    this.enterBlock(name, 'type_param', key, s);
    if (enclosing === 'class') {
      this.cur.canSeeClassScope = true;
      this.addDef('__classdict__', USE, s);
    }
    if (s._type === 'ClassDef') {
      // Set when the type params tuple is made, used when the bases are built.
      this.addDef('.type_params', DEF_LOCAL, s);
      this.addDef('.type_params', USE, s);
      // CPython never restores st_private after this, so names after a generic
      // class are still mangled with its name; kept for identical results.
      this.private = name;
      this.addDef('.generic_base', DEF_LOCAL, s);
      this.addDef('.generic_base', USE, s);
    } else if (s._type !== 'TypeAlias') {
      this.addDef('.defaults', DEF_PARAM, s);
      if (s.args.kw_defaults.some((d) => d !== null)) this.addDef('.kwdefaults', DEF_PARAM, s);
    }
  }

  // ---- names ----

  private lookup(name: string): number {
    return this.cur.getSymbol(mangle(this.private, name));
  }

  private addDef(name: string, flag: number, span: SourceSpan): void {
    this.addDefTo(this.cur, name, flag, span);
  }

  /** symtable_add_def_helper: OR `flag` into the mangled name's flags in `ste`. */
  private addDefTo(ste: SymbolTableEntry, name: string, flag: number, span: SourceSpan): void {
    const mangled = mangle(this.private, name);
    const old = ste.symbols.get(mangled);
    let val = flag;
    if (old !== undefined) {
      if (flag & DEF_PARAM && old & DEF_PARAM) this.error(MSG.duplicateArgument(name), span);
      if (flag & DEF_TYPE_PARAM && old & DEF_TYPE_PARAM) this.error(MSG.duplicateTypeParam(name), span);
      val |= old;
    }
    if (ste.compIterTarget) {
      // An iteration variable already bound by a walrus in this comprehension.
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) this.error(MSG.compInnerLoopConflict(name), span);
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      this.global.set(mangled, flag | (this.global.get(mangled) ?? 0));
    }
  }

  private recordDirective(name: string, span: SourceSpan): void {
    const { lineno, col_offset, end_lineno, end_col_offset } = span;
    (this.cur.directives ??= []).push({ name: mangle(this.private, name), lineno, col_offset, end_lineno, end_col_offset });
  }

  // ---- statements ----

  private visitStmts(stmts: readonly ast.stmt[]): void {
    for (const s of stmts) this.visitStmt(s);
  }

  private visitExprs(exprs: readonly (ast.expr | null)[]): void {
    for (const e of exprs) if (e !== null) this.visitExpr(e);
  }

  private visitStmt(s: ast.stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.visitFunctionDef(s);
        break;
      case 'ClassDef':
        this.visitClassDef(s);
        break;
      case 'TypeAlias':
        this.visitTypeAlias(s);
        break;
      case 'Return':
        if (s.value !== null) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete':
        this.visitExprs(s.targets);
        break;
      case 'Assign':
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign':
        this.visitAnnAssign(s);
        break;
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'Match':
        this.visitExpr(s.subject);
        for (const c of s.cases) {
          this.visitPattern(c.pattern);
          if (c.guard !== null) this.visitExpr(c.guard);
          this.visitStmts(c.body);
        }
        break;
      case 'Raise':
        if (s.exc !== null) {
          this.visitExpr(s.exc);
          if (s.cause !== null) this.visitExpr(s.cause);
        }
        break;
      case 'Try':
      case 'TryStar':
        // 3.12.1 visits `else` before the handlers (later releases use source order).
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type !== null) this.visitExpr(h.type);
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
          this.visitStmts(h.body);
        }
        this.visitStmts(s.finalbody);
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg !== null) this.visitExpr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a);
        break;
      case 'Global':
      case 'Nonlocal':
        this.visitDeclaration(s);
        break;
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars !== null) this.visitExpr(item.optional_vars);
        }
        this.visitStmts(s.body);
        break;
    }
  }

  private visitFunctionDef(s: AnyFunctionDef): void {
    this.addDef(s.name, DEF_LOCAL, s);
    this.visitExprs(s.args.defaults);
    this.visitExprs(s.args.kw_defaults);
    this.visitExprs(s.decorator_list);
    const generic = s.type_params.length > 0;
    if (generic) {
      this.enterTypeParamBlock(s.name, s.type_params, s);
      for (const tp of s.type_params) this.visitTypeParam(tp);
    }
    this.visitAnnotations(s, s.args, s.returns);
    this.enterBlock(s.name, 'function', s, s);
    if (s._type === 'AsyncFunctionDef') this.cur.coroutine = true;
    this.visitArguments(s.args);
    this.visitStmts(s.body);
    this.exitBlock();
    if (generic) this.exitBlock();
  }

  private visitClassDef(s: ast.ClassDef): void {
    this.addDef(s.name, DEF_LOCAL, s);
    this.visitExprs(s.decorator_list);
    const generic = s.type_params.length > 0;
    if (generic) {
      this.enterTypeParamBlock(s.name, s.type_params, s);
      for (const tp of s.type_params) this.visitTypeParam(tp);
    }
    this.visitExprs(s.bases);
    for (const k of s.keywords) this.visitExpr(k.value);
    this.enterBlock(s.name, 'class', s, s);
    const saved = this.private;
    this.private = s.name;
    if (generic) {
      this.addDef('__type_params__', DEF_LOCAL, s);
      this.addDef('.type_params', USE, s);
    }
    this.visitStmts(s.body);
    this.private = saved;
    this.exitBlock();
    if (generic) this.exitBlock();
  }

  private visitTypeAlias(s: ast.TypeAlias): void {
    this.visitExpr(s.name);
    const name = (s.name as ast.Name).id;
    const inClass = this.cur.type === 'class';
    const generic = s.type_params.length > 0;
    if (generic) {
      this.enterTypeParamBlock(name, s.type_params, s);
      for (const tp of s.type_params) this.visitTypeParam(tp);
    }
    this.enterBlock(name, 'type_alias', s, s);
    this.cur.canSeeClassScope = inClass;
    if (inClass) this.addDef('__classdict__', USE, s.value);
    this.visitExpr(s.value);
    this.exitBlock();
    if (generic) this.exitBlock();
  }

  private visitAnnAssign(s: ast.AnnAssign): void {
    const target = s.target;
    if (target._type === 'Name') {
      const cur = this.lookup(target.id);
      if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.symbols !== this.global && s.simple) {
        this.error(cur & DEF_GLOBAL ? MSG.globalAnnot(target.id) : MSG.nonlocalAnnot(target.id), s);
      }
      // A parenthesized name without a value binds nothing.
      if (s.simple) this.addDef(target.id, DEF_ANNOT | DEF_LOCAL, target);
      if (s.value !== null) this.addDef(target.id, DEF_LOCAL, target);
    } else {
      this.visitExpr(target);
    }
    this.visitAnnotation(s.annotation);
    if (s.value !== null) this.visitExpr(s.value);
  }

  private visitDeclaration(s: ast.Global | ast.Nonlocal): void {
    const isGlobal = s._type === 'Global';
    for (const name of s.names) {
      const cur = this.lookup(name);
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        let msg: string;
        if (cur & DEF_PARAM) msg = isGlobal ? MSG.globalParam(name) : MSG.nonlocalParam(name);
        else if (cur & USE) msg = isGlobal ? MSG.globalAfterUse(name) : MSG.nonlocalAfterUse(name);
        else if (cur & DEF_ANNOT) msg = isGlobal ? MSG.globalAnnot(name) : MSG.nonlocalAnnot(name);
        else msg = isGlobal ? MSG.globalAfterAssign(name) : MSG.nonlocalAfterAssign(name);
        this.error(msg, s);
      }
      this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
      this.recordDirective(name, s);
    }
  }

  private visitAlias(a: ast.alias): void {
    const name = a.asname ?? a.name;
    if (name === '*') {
      if (this.cur.type !== 'module') this.error(MSG.importStar, a);
      return;
    }
    // `import a.b.c` binds `a`.
    const dot = name.indexOf('.');
    this.addDef(dot === -1 ? name : name.slice(0, dot), DEF_IMPORT, a);
  }

  // ---- expressions ----

  private visitExpr(e: ast.expr): void {
    switch (e._type) {
      case 'NamedExpr':
        this.refuseInAnnotationScope('named expression', e);
        this.visitNamedExpr(e);
        break;
      case 'BoolOp':
        this.visitExprs(e.values);
        break;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda':
        this.visitLambda(e);
        break;
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case 'Set':
        this.visitExprs(e.elts);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.visitComprehension(e, e.elt, null);
        break;
      case 'DictComp':
        this.visitComprehension(e, e.key, e.value);
        break;
      case 'Yield':
      case 'YieldFrom':
        this.refuseInAnnotationScope('yield expression', e);
        if (e.value !== null) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension !== null) {
          const kind = this.cur.comprehension;
          this.error(kind === 'generator' ? "'yield' inside generator expression" : `'yield' inside ${kind} comprehension`, e);
        }
        break;
      case 'Await':
        this.refuseInAnnotationScope('await expression', e);
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        break;
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec !== null) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr':
        this.visitExprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.visitExpr(e.value);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'Slice':
        if (e.lower !== null) this.visitExpr(e.lower);
        if (e.upper !== null) this.visitExpr(e.upper);
        if (e.step !== null) this.visitExpr(e.step);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx._type === 'Load' ? USE : DEF_LOCAL, e);
        // A bare `super` in a function needs the `__class__` cell.
        if (e.ctx._type === 'Load' && this.cur.isFunctionLike() && e.id === 'super') this.addDef('__class__', USE, e);
        break;
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        break;
    }
  }

  /** symtable_raise_if_annotation_block: yield, await and walrus are refused in annotation and PEP 695 scopes. */
  private refuseInAnnotationScope(what: string, e: ast.expr): void {
    const where = NOT_ALLOWED_WITHIN[this.cur.type];
    if (where !== undefined) this.error(`${what} cannot be used within ${where}`, e);
  }

  private visitNamedExpr(e: ast.NamedExpr): void {
    if (this.cur.compIterExpr > 0) this.error(MSG.compIterExpr, e);
    // Inside a comprehension the target binds in the nearest enclosing non-comprehension scope.
    if (this.cur.comprehension !== null) this.extendNamedExprScope(e.target as ast.Name);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  private extendNamedExprScope(target: ast.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i]!;
      if (ste.comprehension !== null) {
        const flags = ste.getSymbol(name);
        if (flags & DEF_COMP_ITER && flags & DEF_LOCAL) this.error(MSG.compConflict(name), target);
        continue;
      }
      if (ste.type === 'function') {
        // Declared nonlocal (or global, if it is global there) in the comprehension, local where it binds.
        this.addDef(name, ste.getSymbol(name) & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, target);
        this.recordDirective(name, target);
        this.addDefTo(ste, name, DEF_LOCAL, target);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(name, DEF_GLOBAL, target);
        this.recordDirective(name, target);
        this.addDefTo(ste, name, DEF_GLOBAL, target);
        return;
      }
      const refused = NAMED_EXPR_COMP_IN[ste.type];
      if (refused !== undefined) this.error(refused, target);
    }
    throw new Error('symtable: a comprehension outside any module, function or class');
  }

  private visitLambda(e: ast.Lambda): void {
    // gh-109118: a lambda here could not see the class namespace correctly.
    if (this.cur.canSeeClassScope) this.error('Cannot use lambda in annotation scope within class scope', e);
    this.visitExprs(e.args.defaults);
    this.visitExprs(e.args.kw_defaults);
    this.enterBlock('lambda', 'function', e, e);
    this.visitArguments(e.args);
    this.visitExpr(e.body);
    this.exitBlock();
  }

  /** symtable_handle_comprehension: the outermost iterable is evaluated outside, the rest in a new block. */
  private visitComprehension(e: Comprehension, elt: ast.expr, value: ast.expr | null): void {
    if (this.cur.canSeeClassScope) this.error('Cannot use comprehension in annotation scope within class scope', e);
    const [scopeName, kind] = COMPREHENSIONS[e._type];
    const isGenerator = e._type === 'GeneratorExp';
    const [outermost, ...rest] = e.generators as [ast.comprehension, ...ast.comprehension[]];
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(scopeName, 'function', e, e);
    const comp = this.cur;
    comp.comprehension = kind;
    if (outermost.is_async) comp.coroutine = true;
    // The outermost iterator arrives as the implicit parameter `.0`.
    this.addDef('.0', DEF_PARAM, { lineno: comp.lineno, col_offset: comp.colOffset, end_lineno: comp.endLineno, end_col_offset: comp.endColOffset });
    comp.compIterTarget = true;
    this.visitExpr(outermost.target);
    comp.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (const gen of rest) {
      comp.compIterTarget = true;
      this.visitExpr(gen.target);
      comp.compIterTarget = false;
      comp.compIterExpr++;
      this.visitExpr(gen.iter);
      comp.compIterExpr--;
      this.visitExprs(gen.ifs);
      if (gen.is_async) comp.coroutine = true;
    }
    // A dict comprehension's value is visited before its key.
    if (value !== null) this.visitExpr(value);
    this.visitExpr(elt);
    comp.generator = isGenerator;
    const isAsync = comp.coroutine && !isGenerator;
    this.exitBlock();
    // An async list/set/dict comprehension makes its parent a coroutine too.
    if (isAsync) this.cur.coroutine = true;
  }

  private visitTypeParam(tp: ast.type_param): void {
    this.addDef(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, tp);
    if (tp._type === 'TypeVar' && tp.bound !== null) {
      const inClass = this.cur.canSeeClassScope;
      this.enterBlock(tp.name, 'typevar_bound', tp, tp);
      this.cur.canSeeClassScope = inClass;
      if (inClass) this.addDef('__classdict__', USE, tp.bound);
      this.visitExpr(tp.bound);
      this.exitBlock();
    }
  }

  private visitPattern(p: ast.pattern): void {
    switch (p._type) {
      case 'MatchValue':
        this.visitExpr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
      case 'MatchOr':
        for (const sub of p.patterns) this.visitPattern(sub);
        break;
      case 'MatchStar':
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchMapping':
        this.visitExprs(p.keys);
        for (const sub of p.patterns) this.visitPattern(sub);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const sub of p.patterns) this.visitPattern(sub);
        for (const sub of p.kwd_patterns) this.visitPattern(sub);
        break;
      case 'MatchAs':
        if (p.pattern !== null) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
    }
  }

  // ---- parameters and annotations ----

  private visitAnnotation(annotation: ast.expr): void {
    if (this.futureAnnotations) this.enterBlock('_annotation', 'annotation', annotation, annotation);
    this.visitExpr(annotation);
    if (this.futureAnnotations) this.exitBlock();
  }

  /** Parameter annotations are evaluated in the enclosing (or type-param) block, in this order. */
  private visitAnnotations(s: AnyFunctionDef, a: ast.arguments_, returns: ast.expr | null): void {
    if (this.futureAnnotations) this.enterBlock('_annotation', 'annotation', s, s);
    for (const arg of [...a.posonlyargs, ...a.args]) if (arg.annotation !== null) this.visitExpr(arg.annotation);
    if (a.vararg?.annotation) this.visitExpr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.visitExpr(a.kwarg.annotation);
    for (const arg of a.kwonlyargs) if (arg.annotation !== null) this.visitExpr(arg.annotation);
    if (this.futureAnnotations) this.exitBlock();
    if (returns !== null) this.visitAnnotation(returns);
  }

  private visitArguments(a: ast.arguments_): void {
    for (const arg of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) this.addDef(arg.arg, DEF_PARAM, arg);
    if (a.vararg !== null) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg !== null) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }
}
