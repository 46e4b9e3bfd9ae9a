// Running a program: compile, make a fresh interpreter state (builtins, sys,
// module table), execute the module as __main__, and report what happened.
// Nothing here touches the host: output is buffered or streamed to a sink.
import { compile, compileExprLambda, compileWarnings } from '../compiler/index.js';
import type { CodeObject } from '../bytecode/code.js';
import { PySyntaxError } from '../parser/syntax-error.js';
import { PyException, PyModule, type PyValue, resetSerials } from './object.js';
import { None, moduleType, newDict, excType } from './types.js';
import { Frame, dropInlineCaches, shareConstants } from './frame.js';
import { clearCallSite } from './eval-ops.js';
import { execute } from './eval.js';
import { releaseException, releaseModule } from './release.js';
import { interpState, resetState } from './state.js';
import { MAX_ITEMS, StopExecution, toPyException } from './errors.js';
import { makeBuiltins, makeBuiltinsModule, resetBuiltinState } from './builtins.js';
import { exceptionLine, formatException, hookSyntaxErrorLines } from './traceback.js';
import { repr } from './protocols.js';
import { callValue } from './call.js';
import { takeStdout, writeStderr } from './output.js';
import './runtime-types.js';
import { builtinsWithClasses } from './type-object.js';
import { setJitMode } from './jit-runtime.js';
import type { TraceHooks } from '../trace/hooks.js';

export interface RunOptions {
  filename?: string;
  stdin?: string;
  /** Stop with StepLimitExceeded after this many line events. */
  maxSteps?: number;
  /** Count line events even without a limit (batch `steps`). */
  countSteps?: boolean;
  /** Wall-clock limit in ms (needs `now`). */
  timeoutMs?: number;
  now?: () => number;
  argv?: string[];
  /** An expression evaluated in the module's globals afterwards (batch `expr`). */
  expr?: string;
  onStdout?: (text: string) => void;
  onStderr?: (text: string) => void;
  /** The most items a list may hold before MemoryError (default 2**25; V8 aborts a little past 2**27). */
  maxItems?: number;
  /** Reads the whole standard input on the first input() (the CLI's stdin); `stdin` wins when given. */
  readStdin?: () => string;
  /** Receives the trace events of the program's frames (src/trace/tracer.ts). */
  tracer?: TraceHooks;
  /**
   * Whether `__main__` gets `__file__` (the filename) and `__cached__` (None),
   * as python3 gives a script or stdin (default); false: none, as for
   * `python3 -c` and the batch oracle.
   */
  mainFile?: boolean;
  /** The module already compiled from `source` with this filename (reused across runs; bench/ times runs without compiling). */
  code?: CodeObject;
  /** `expr`'s wrapper already compiled by compileExprLambda(expr, '<expr>') (reused across runs, as `code`). */
  exprCode?: CodeObject;
  /**
   * Compile hot code objects to JavaScript functions while the run is
   * untraced (src/vm/jit.ts; default true). False runs everything in the eval
   * loop: the output is the same, only the speed differs. 'eager' compiles
   * every code object at its first entry or loop (tests run programs so).
   */
  jit?: boolean | 'eager';
}

export interface RunResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  /** `Type: message`, or StepLimitExceeded / TimeoutError. */
  error?: string;
  /** The full traceback text CPython would print (uncaught exceptions). */
  traceback?: string;
  /** repr() of `expr`'s value. */
  value?: string;
  steps: number;
  /** SystemExit's exit status when the program raised it. */
  exitCode?: number;
}

export function runSource(source: string, options: RunOptions = {}): RunResult {
  const filename = options.filename ?? '<string>';
  resetState();
  resetSerials();
  forgetClasses();
  resetBuiltinState();
  interpState.stdin = options.stdin ?? '';
  interpState.readStdin = options.stdin === undefined ? (options.readStdin ?? null) : null;
  interpState.maxSteps = options.maxSteps ?? Infinity;
  interpState.countSteps = options.countSteps ?? false;
  setJitMode(options.jit ?? true);
  if (options.maxItems !== undefined) interpState.maxItems = Math.min(options.maxItems, MAX_ITEMS);
  interpState.tracer = options.tracer ?? null;
  interpState.argv = options.argv ?? [filename];
  interpState.onStdout = options.onStdout ?? null;
  interpState.onStderr = options.onStderr ?? null;
  if (options.timeoutMs !== undefined && options.now !== undefined) {
    interpState.now = options.now;
    interpState.deadline = options.now() + options.timeoutMs;
  }
  // CPython reads a traceback's source lines from the file; `<string>` (-c), `<stdin>` and the
  // like name none (linecache skips names in angle brackets), so their tracebacks show no source.
  // The lines are split when one is first read (a batch task's `<source>` never is).
  const pseudo = filename.startsWith('<') && filename.endsWith('>');
  let lines: string[] | null = null;
  const sourceLine = (file: string, line: number): string | undefined =>
    (file === filename && !pseudo ? (lines ??= source.split('\n'))[line - 1] : undefined);
  interpState.sourceLine = sourceLine;
  const finish = (partial: Partial<RunResult>): RunResult => {
    interpState.tracer = null;
    // What outlives the run (code objects, the eval loop's call site) lets go of its objects.
    dropInlineCaches();
    clearCallSite();
    return {
    ok: partial.ok ?? true,
    stdout: takeStdout(),
    stderr: interpState.stderr.join(''),
    steps: interpState.steps,
    ...partial,
    };
  };
  let code = options.code;
  try {
    // A code object run again keeps its constants: they are numbered afresh in each run (object.ts serialOf).
    code ??= compile(source, filename);
    shareConstants(code);
  } catch (e) {
    if (e instanceof PySyntaxError) return finish({ ok: false, error: e.lastLine, traceback: syntaxTraceback(e, filename) });
    const exc = toPyException(e);
    return finish({ ok: false, error: exceptionLine(exc), traceback: exceptionLine(exc) + '\n' });
  }
  // The parser's and compiler's SyntaxWarnings, as the warnings module shows them: `file:line: SyntaxWarning: msg`
  // and the stripped source line when there is one to read.
  for (const w of compileWarnings(code)) {
    const line = sourceLine(filename, w.lineno)?.trim();
    writeStderr(`${filename}:${w.lineno}: SyntaxWarning: ${w.msg}\n${line === undefined || line === '' ? '' : `  ${line}\n`}`);
  }
  const builtins = makeBuiltins();
  interpState.builtins = builtins;
  interpState.modules.set('builtins', makeBuiltinsModule(builtins));
  const globals = newDict();
  globals.setStr('__name__', '__main__');
  globals.setStr('__doc__', None);
  globals.setStr('__package__', None);
  globals.setStr('__loader__', None);
  globals.setStr('__spec__', None);
  globals.setStr('__annotations__', newDict());
  globals.setStr('__builtins__', interpState.modules.get('builtins')!);
  if (options.mainFile ?? true) {
    globals.setStr('__file__', filename);
    globals.setStr('__cached__', None);
  }
  const main = new PyModule(moduleType, '__main__', globals);
  interpState.modules.set('__main__', main);
  const moduleFrame = new Frame(code, globals, builtins, globals, null);
  /**
   * After the program, generators that only an uncaught exception's traceback
   * or the module's globals hold are closed, as freeing them does in CPython
   * (release.ts).
   */
  const atExit = (uncaught: PyException | null): void => {
    if (interpState.openGenerators === 0) return;
    try {
      if (uncaught !== null) releaseException(uncaught, moduleFrame);
      releaseModule(main, moduleFrame);
    } catch {
      // As in a finalizer at exit: nothing more is reported.
    }
  };
  try {
    execute(moduleFrame);
    let value: string | undefined;
    if (options.expr !== undefined) {
      // The expression runs as a lambda defined with the module's globals, so
      // its frame (file `<expr>`) is separate from the program's.
      const exprCode = options.exprCode ?? compileExprLambda(options.expr, '<expr>');
      shareConstants(exprCode);
      const scratch = newDict();
      execute(new Frame(exprCode, globals, builtins, scratch, null));
      const v: PyValue = callValue(scratch.getStr('__etpy_expr__')!, [], null);
      value = repr(v);
    }
    atExit(null);
    return finish(value === undefined ? {} : { value });
  } catch (e) {
    if (e instanceof StopExecution) {
      atExit(null);
      return finish({ ok: false, error: e.reason });
    }
    if (e instanceof PySyntaxError) return finish({ ok: false, error: e.lastLine, traceback: syntaxTraceback(e, filename) });
    const exc = toPyException(e);
    let traceback: string;
    try {
      traceback = formatException(exc, sourceLine);
    } catch {
      traceback = exceptionLine(exc) + '\n';
    }
    atExit(exc);
    const exitCode = exc.cls === excType('SystemExit') ? systemExitCode(exc) : undefined;
    return finish({ ok: false, error: exceptionLine(exc), traceback, ...(exitCode === undefined ? {} : { exitCode }) });
  }
}

function syntaxTraceback(e: PySyntaxError, filename: string): string {
  if (e.lineno === 0) return `${e.lastLine}\n`;
  return hookSyntaxErrorLines({
    type: e.type, msg: e.msg, filename, lineno: String(e.lineno), text: e.shownText,
    offset: e.offset, endOffset: e.endOffset,
  }).join('');
}

function systemExitCode(exc: PyException): number {
  const a = exc.args.items;
  if (a.length === 0 || a[0] === None) return 0;
  const v = a[0]!;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  try {
    writeStderr(String(repr(v)) + '\n');
  } catch {
    // ignore
  }
  return 1;
}


/**
 * Drops the classes earlier runs created from the builtin types' subclass
 * lists (CPython keeps them weakly): a run never sees another run's classes,
 * and without this every class of every run stays reachable.
 */
function forgetClasses(): void {
  for (const t of builtinsWithClasses) t.subclasses = t.subclasses.filter((s) => s.builtin);
  builtinsWithClasses.clear();
}
