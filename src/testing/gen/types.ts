// The generated program's shape: statements as records (so fast-check's
// structural shrinking can drop statements and empty bodies stay valid),
// expressions as rendered text (their arbitraries shrink through `map`).
// Typing is static: every variable has one type for the whole program, so an
// expression of type T can be generated anywhere a T is needed.

/** The value types generated programs use. `obj` is an instance of the generated class C0. */
export type Ty = 'int' | 'float' | 'str' | 'bool' | 'list' | 'strs' | 'tuple' | 'dict' | 'set' | 'obj';

/** list = list[int], strs = list[str], tuple = tuple[int, ...], dict = dict[str, int], set = set[int]. */
export const TYPES: readonly Ty[] = ['int', 'float', 'str', 'bool', 'list', 'strs', 'tuple', 'dict', 'set', 'obj'];

export interface Var {
  readonly name: string;
  readonly ty: Ty;
  /** Assignable in this scope (module globals at module level, a function's parameters and locals). */
  readonly writable: boolean;
}

/** A function the generated code may call: `name(args…)` gives a `ret`. */
export interface Callable {
  readonly name: string;
  readonly params: readonly Ty[];
  /** `gen`: a generator function yielding ints (used as an iterable). */
  readonly ret: Ty | 'gen';
}

export type ScopeKind = 'module' | 'function' | 'generator' | 'method';

/** What code at one point of the program can see and do. */
export interface Env {
  /** Memo key of the arbitraries built for this environment. */
  readonly key: string;
  readonly vars: readonly Var[];
  readonly calls: readonly Callable[];
  readonly scope: ScopeKind;
  /** Inside a loop of this scope: `break` and `continue` are allowed. */
  readonly loop: boolean;
  /** Statement nesting depth (bodies deeper than the limit hold only simple statements). */
  readonly depth: number;
  /** Instances of C0 may be made and used. */
  readonly objects: boolean;
  /** Inside a function that may define a closure over its local `r` (nonlocal). */
  readonly closures: boolean;
  /** Nesting depth of comprehensions and lambdas (their variables are named after it). */
  readonly nest: number;
  /** The type a `return` gives here; null at module level and in generators (bare `return`). */
  readonly ret: Ty | null;
  /** Inside a `try` body: forms that usually raise (a raw index, `raise`) may appear. */
  readonly guarded: boolean;
}

export interface Tail {
  /** `elif …`, `else`, `except …`, `finally` (without the colon). */
  readonly head: string;
  readonly body: readonly Stmt[];
}

export type Stmt =
  /** One simple statement. */
  | { readonly k: 's'; readonly text: string }
  /**
   * A compound statement: `head:` then `pre` lines (fixed, e.g. a loop
   * counter's increment), the body (shrinkable), `post` lines (e.g. a
   * function's return), then its clauses.
   */
  | {
      readonly k: 'b';
      readonly head: string;
      readonly pre?: readonly string[];
      readonly body: readonly Stmt[];
      readonly post?: readonly string[];
      readonly tails?: readonly Tail[];
    }
  /** Statements that only make sense together (a closure's def and its call). */
  | { readonly k: 'seq'; readonly stmts: readonly Stmt[] };

/** A module-level definition; rendered only when the rest of the program names it. */
export interface Def {
  readonly name: string;
  readonly stmt: Stmt;
}

export interface Program {
  /** Global variables with their initial values, in order. */
  readonly globals: readonly { readonly name: string; readonly init: string }[];
  /** Functions and classes, in definition order. */
  readonly defs: readonly Def[];
  /** The module's statements after the definitions. */
  readonly main: readonly Stmt[];
}
