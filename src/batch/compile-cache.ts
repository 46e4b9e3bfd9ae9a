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

/** How many sources (and expr wrappers) a thread keeps compiled. */
const COMPILE_CACHE_SIZE = 64;

/**
 * Code compiled in this process, by source text, the most recently used last:
 * a dataset often runs one function on many inputs (`expr`), and then only
 * the first task parses and compiles it (and a repeated `expr` its wrapper).
 * Code objects are immutable, and their constants are numbered afresh in
 * each run (object.ts serialOf).
 */
class CompileCache {
  private readonly codes = new RecentlyUsed<CodeObject>(COMPILE_CACHE_SIZE);

  constructor(private readonly compileText: (text: string) => CodeObject) {}

  /** undefined when the text does not compile: runSource then reports the SyntaxError (or the compiler's error) itself, at its time. */
  get(text: string, compiled: TransferModule | undefined): CodeObject | undefined {
    if (compiled !== undefined) return this.codes.set(text, moduleFromTransfer(compiled));
    const code = this.codes.get(text);
    if (code !== undefined) return code;
    try {
      return this.codes.set(text, this.compileText(text));
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
 * task's time). A text compiled for the last COMPILE_CACHE_SIZE tasks is not
 * compiled again: the thread that ran that task keeps its code (with several
 * workers, another may get the task, and compiles the text itself).
 */
export class TaskPrecompiler {
  private readonly sent = new RecentlyUsed<true>(COMPILE_CACHE_SIZE);

  compile(task: BatchTask): CompiledTask | undefined {
    if ((task.mode ?? 'run') !== 'run' || task.source.length > MAX_PRECOMPILED_CHARS) return undefined;
    const compiled: CompiledTask = {};
    const source = this.compileNew(task.source, compileSource);
    if (source !== undefined) compiled.source = source;
    const expr = task.expr === undefined ? undefined : this.compileNew(task.expr, compileExpr);
    if (expr !== undefined) compiled.expr = expr;
    return source === undefined && expr === undefined ? undefined : compiled;
  }

  /** The text's code for transfer, unless it was sent lately or does not compile. */
  private compileNew(text: string, compileText: (text: string) => CodeObject): TransferModule | undefined {
    if (this.sent.get(text) !== undefined) return undefined;
    this.sent.set(text, true);
    try {
      return moduleToTransfer(compileText(text));
    } catch {
      return undefined;
    }
  }
}
