// The compiled code of batch tasks, by text: each thread keeps what it
// compiled lately, and `etpy batch`'s main thread compiles tasks for its
// workers (TaskPrecompiler). Imports the compiler, not the VM: the main
// thread loads this module to compile, never the interpreter.
import type { BatchTask } from './schema.js';
import type { CodeObject } from '../bytecode/code.js';
import { compile, compileExprLambda, moduleFromTransfer, moduleToTransfer, type TransferModule } from '../compiler/index.js';

/** The texts used last, at most `capacity` of them, each with its value; the least recently used leaves first. */
class RecentlyUsed<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(text: string): V | undefined {
    const value = this.entries.get(text);
    if (value !== undefined) {
      this.entries.delete(text);
      this.entries.set(text, value);
    }
    return value;
  }

  set(text: string, value: V): V {
    this.entries.delete(text);
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(text, value);
    return value;
  }
}

/** How many sources (and expr wrappers) a thread keeps compiled, and how many it remembers meeting. */
const COMPILE_CACHE_SIZE = 64;

/**
 * Which texts a thread keeps compiled: one met a second time among the last
 * COMPILE_CACHE_SIZE texts (a dataset that runs a function on many inputs
 * then compiles it twice, not once), not every text. The code and the VM's
 * decoding of it (CodeInfo) of every program of a batch of distinct ones,
 * kept for 64 tasks, survived young-generation collections into the old one:
 * 9,600 distinct bench tasks run in-process from precompiled code, 1.01 s
 * keeping every program, 0.96 s keeping none. TaskPrecompiler keeps the same
 * books over the same texts, so it knows which the worker keeps.
 */
class KeptTexts<V> {
  private readonly kept = new RecentlyUsed<V>(COMPILE_CACHE_SIZE);
  private readonly metOnce = new RecentlyUsed<true>(COMPILE_CACHE_SIZE);

  /** The value kept for `text` (now the most recently used), or undefined. */
  get(text: string): V | undefined {
    return this.kept.get(text);
  }

  /**
   * After a miss: keeps `value` when `text` was met lately, or while fewer
   * than COMPILE_CACHE_SIZE texts are kept (a batch's first functions are
   * compiled cold, at several times the cost of a warm compile: once only),
   * else remembers meeting it; returns `value`.
   */
  offer(text: string, value: V): V {
    if (this.kept.size < COMPILE_CACHE_SIZE || this.metOnce.get(text) !== undefined) this.kept.set(text, value);
    else this.metOnce.set(text, true);
    return value;
  }
}

/**
 * Code compiled in this process, by source text (KeptTexts): a dataset often
 * runs one function on many inputs (`expr`), and then only its first tasks
 * parse and compile it (and a repeated `expr` its wrapper). Code objects are
 * immutable, and their constants are numbered afresh in each run (object.ts
 * serialOf).
 */
class CompileCache {
  private readonly codes = new KeptTexts<CodeObject>();

  constructor(private readonly compileText: (text: string) => CodeObject) {}

  /**
   * The text's code: kept, else what another thread compiled of it, else
   * compiled here; undefined when the text does not compile: runSource then
   * reports the SyntaxError (or the compiler's error) itself, at its time.
   */
  get(text: string, compiled: TransferModule | undefined): CodeObject | undefined {
    const code = this.codes.get(text);
    if (code !== undefined) return code;
    if (compiled !== undefined) return this.codes.offer(text, moduleFromTransfer(compiled));
    try {
      return this.codes.offer(text, this.compileText(text));
    } catch {
      return undefined;
    }
  }
}

const compileSource = (source: string): CodeObject => compile(source, '<source>');
const compileExpr = (expr: string): CodeObject => compileExprLambda(expr, '<expr>');
export const programs = new CompileCache(compileSource);
export const exprWrappers = new CompileCache(compileExpr);

/**
 * A task's source and expr wrapper compiled by another thread, each only
 * when it compiled: the thread that runs the task compiles what is missing
 * (and reports its errors).
 */
export interface CompiledTask {
  source?: TransferModule;
  expr?: TransferModule;
}

/** Sources longer than this are compiled where they run, within the task's time limit. */
const MAX_PRECOMPILED_CHARS = 1 << 14;

/**
 * Compiles tasks for runTaskLine in other threads (`etpy batch`'s main thread,
 * while its workers run earlier tasks: compiling is about half of a small
 * task's time), except a text the worker keeps compiled (KeptTexts: the
 * books here follow the worker's, a text and its code for a text). With
 * several workers, another may get the task, and compiles the text itself.
 */
export class TaskPrecompiler {
  private readonly sources = new KeptTexts<true>();
  private readonly exprs = new KeptTexts<true>();

  compile(task: BatchTask): CompiledTask | undefined {
    if ((task.mode ?? 'run') !== 'run' || task.source.length > MAX_PRECOMPILED_CHARS) return undefined;
    const compiled: CompiledTask = {};
    const source = compileUnlessKept(this.sources, task.source, compileSource);
    if (source !== undefined) compiled.source = source;
    const expr = task.expr === undefined ? undefined : compileUnlessKept(this.exprs, task.expr, compileExpr);
    if (expr !== undefined) compiled.expr = expr;
    return source === undefined && expr === undefined ? undefined : compiled;
  }
}

/** The text's code for transfer, unless the worker keeps it compiled or it does not compile. */
function compileUnlessKept(books: KeptTexts<true>, text: string, compileText: (text: string) => CodeObject): TransferModule | undefined {
  if (books.get(text) !== undefined) return undefined;
  let code: CodeObject;
  try {
    code = compileText(text);
  } catch {
    return undefined;
  }
  books.offer(text, true);
  return moduleToTransfer(code);
}
