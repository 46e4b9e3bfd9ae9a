// The `etpy` command (shared/spec/cli.md). Start-up time is measured, so this
// module imports only what every command needs; the parser, the batch driver
// and the help text are loaded by the commands that use them.
import { readFileSync } from 'node:fs';
import { onStdoutError, stdout } from './stdout.js';
import { parseArgs, UsageError, type Command, type TraceCliOptions } from './args.js';
import { readSourceFile, SourceReadError } from './source-file.js';

const EXIT_OK = 0;
const EXIT_PYTHON_EXCEPTION = 1;
const EXIT_USAGE = 2;
/** `etpy diff` compares this many line events at most (both sides stop there). */
const DIFF_MAX_STEPS = 100_000;
const DIFF_TIMEOUT_MS = 60_000;


function writeErr(text: string): void {
  process.stderr.write(text);
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}

/** Runs one command line and returns the exit status; never throws. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    // node:os only for batch's --jobs default, the number of cores: each builtin module loaded costs start-up.
    const os = argv.includes('batch') ? await import('node:os') : null;
    return await execute(parseArgs(argv, () => os?.availableParallelism() ?? 1));
  } catch (error) {
    if (error instanceof UsageError) {
      writeErr(`etpy: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof SourceReadError) {
      writeErr(`${error.lastLine}\n`);
      return EXIT_PYTHON_EXCEPTION;
    }
    // A bug in etpy, not in the user's program: one line, no JS stack trace.
    writeErr(`etpy: internal error: ${describeError(error)}\n`);
    return EXIT_PYTHON_EXCEPTION;
  }
}

async function execute(command: Command): Promise<number> {
  switch (command.kind) {
    case 'help': {
      const { HELP_TEXT } = await import('./help.js');
      stdout().write(HELP_TEXT);
      return EXIT_OK;
    }
    case 'version': {
      const { versionLine } = await import('./help.js');
      stdout().write(`${versionLine()}\n`);
      return EXIT_OK;
    }
    case 'ast':
      return printAst(command.file);
    case 'batch': {
      const { runBatch } = await import('./batch.js');
      return runBatch(command.options, command.jobs);
    }
    case 'run': {
      // As python3 3.9+: the main script's code (and __file__) has its absolute path; argv[0] stays as given.
      const { resolve } = await import('node:path');
      return runProgram(readSourceFile(command.file), resolve(command.file), [command.file, ...command.programArgs]);
    }
    case 'code':
      // python3 -c gives __main__ no __file__.
      return runProgram(command.code, '<string>', ['-c', ...command.programArgs], false);
    case 'stdin': {
      // `etpy` alone at a terminal has nothing to run (python3 would start its REPL).
      const { isatty } = await import('node:tty');
      if (command.bare && isatty(0)) throw new UsageError('missing FILE or command (see etpy --help)');
      const { readFileSync } = await import('node:fs');
      let source = '';
      try {
        source = readFileSync(0, 'utf8');
      } catch {
        source = '';
      }
      return runProgram(source, '<stdin>', [command.bare ? '' : '-', ...command.programArgs]);
    }
    case 'dis':
      return printDis(command.file);
    case 'trace':
      return traceProgram(readSourceFile(command.file), command.file, command.options);
    case 'diff':
      return diffProgram(command.file);
  }
}

/**
 * `etpy diff FILE`: runs FILE in etpy and in CPython 3.12 (the oracle) and
 * compares output, error, line-event count and line trace; exit 0 when they
 * agree, 1 with the first difference on stdout.
 */
async function diffProgram(file: string): Promise<number> {
  const source = readSourceFile(file);
  const { diffSource, describeDifference } = await import('../testing/differential.js');
  let verdict: ReturnType<typeof diffSource>;
  try {
    verdict = diffSource(source, { trace: 'line', maxSteps: DIFF_MAX_STEPS, timeoutMs: DIFF_TIMEOUT_MS });
  } catch (error) {
    // No CPython 3.12 on this machine: the environment, like a missing file (exit 2), not an internal error.
    if (error instanceof Error && error.name === 'PythonNotFoundError') {
      writeErr(`etpy diff: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
  if (verdict.skipped !== undefined) {
    writeErr(`etpy diff: cannot compare ${file}: ${verdict.skipped}\n`);
    return EXIT_PYTHON_EXCEPTION;
  }
  const c = verdict.cpython;
  if (verdict.difference === null) {
    const ending = c.ok ? 'no error' : c.error;
    stdout().write(`same: etpy and CPython 3.12 agree on ${file} (output, ${ending}, ${c.steps} line events, ${c.trace?.length ?? 0} trace events)\n`);
    return EXIT_OK;
  }
  stdout().write(`different: etpy and CPython 3.12 disagree on ${file}\n${describeDifference(verdict.difference)}\n`);
  return EXIT_PYTHON_EXCEPTION;
}

/** `etpy FILE` / `etpy -c CODE`: output streamed as the program runs, traceback on stderr. */
async function runProgram(source: string, filename: string, argv: string[], mainFile = true): Promise<number> {
  const { runSource } = await import('../vm/interpreter.js');
  const { readFileSync } = await import('node:fs');
  const result = runSource(source, {
    filename,
    argv,
    mainFile,
    onStdout: (text) => stdout().write(text),
    onStderr: (text) => process.stderr.write(text),
    readStdin: () => {
      try {
        return readFileSync(0, 'utf8');
      } catch {
        return '';
      }
    },
  });
  if (result.ok) return EXIT_OK;
  if (result.exitCode !== undefined) return result.exitCode;
  writeErr(result.traceback ?? `${result.error ?? 'SystemError'}\n`);
  return EXIT_PYTHON_EXCEPTION;
}

/**
 * `etpy trace FILE`: the trace as JSONL on stdout (written as it is made),
 * the program's output on stderr or in --stdout FILE; exit status as `etpy FILE`.
 */
async function traceProgram(source: string, filename: string, options: TraceCliOptions): Promise<number> {
  const [{ runSource }, { formatTrace }, { writeSync, openSync, closeSync }] = await Promise.all([
    import('../vm/interpreter.js'),
    import('../trace/formats/index.js'),
    import('node:fs'),
  ]);
  let pending = '';
  let closed = false;
  const writeOut = (bytes: Uint8Array): void => {
    if (closed) return;
    try {
      writeBytes(writeSync, 1, bytes);
    } catch (error) {
      // A reader that went away (`etpy trace f.py | head`): stop writing, keep running quietly.
      if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
      closed = true;
    }
  };
  const flush = (): void => {
    if (pending === '') return;
    writeOut(Buffer.from(pending, 'utf8'));
    pending = '';
  };
  const trace = formatTrace({
    format: options.format, level: options.level, state: options.state, skip: options.skip, source,
    ...(options.maxRepr === undefined ? {} : { maxRepr: options.maxRepr }),
    write: (text) => {
      pending += text;
      if (pending.length >= 1 << 16) flush();
    },
    writeBytes: writeOut,
  });
  const outFd = options.stdoutFile === null ? 2 : openSync(options.stdoutFile, 'w');
  try {
    const result = runSource(source, {
      filename,
      argv: [filename],
      maxSteps: options.maxSteps,
      tracer: trace.hooks,
      onStdout: (text) => writeAll(writeSync, outFd, text),
      onStderr: (text) => writeAll(writeSync, 2, text),
      readStdin: () => {
        try {
          return readFileSyncStdin();
        } catch {
          return '';
        }
      },
    });
    trace.finish();
    flush();
    if (result.ok) return EXIT_OK;
    if (result.exitCode !== undefined) return result.exitCode;
    writeErr(result.traceback ?? `${result.error ?? 'SystemError'}\n`);
    return EXIT_PYTHON_EXCEPTION;
  } finally {
    flush();
    if (outFd !== 2) closeSync(outFd);
  }
}

function writeAll(write: (fd: number, data: Uint8Array) => number, fd: number, text: string): void {
  writeBytes(write, fd, Buffer.from(text, 'utf8'));
}

function writeBytes(write: (fd: number, data: Uint8Array) => number, fd: number, bytes: Uint8Array): void {
  let off = 0;
  while (off < bytes.length) {
    try {
      off += write(fd, bytes.subarray(off));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      throw error;
    }
  }
}

let stdinText: string | null = null;
function readFileSyncStdin(): string {
  stdinText ??= readFileSync(0, 'utf8');
  return stdinText;
}

/** `etpy ast FILE`: what `print(ast.dump(ast.parse(open(FILE).read())))` prints. */
async function printAst(file: string): Promise<number> {
  const source = readSourceFile(file);
  const [{ parse, dump, PySyntaxError }, { formatSyntaxErrorReport }] = await Promise.all([
    import('../parser/index.js'),
    import('./syntax-error-report.js'),
  ]);
  let text: string;
  try {
    text = dump(parse(source, file));
  } catch (error) {
    if (!(error instanceof PySyntaxError)) throw error;
    writeErr(formatSyntaxErrorReport(error, file));
    return EXIT_PYTHON_EXCEPTION;
  }
  stdout().write(`${text}\n`);
  return EXIT_OK;
}

/** `etpy dis FILE`: what `python3.12 -m dis FILE` prints. */
async function printDis(file: string): Promise<number> {
  const source = readSourceFile(file);
  const [{ compile, DIS_MODULE_START_DEPTH }, { disassemble }, { PySyntaxError }, { formatSyntaxErrorReport }] = await Promise.all([
    import('../compiler/index.js'),
    import('../bytecode/dis.js'),
    import('../parser/index.js'),
    import('./syntax-error-report.js'),
  ]);
  let text: string;
  try {
    // As deep as `python3 -m dis` compiles (its RecursionError threshold depends on that).
    text = disassemble(compile(source, file, { startDepth: DIS_MODULE_START_DEPTH }));
  } catch (error) {
    if (!(error instanceof PySyntaxError)) throw error;
    writeErr(formatSyntaxErrorReport(error, file));
    return EXIT_PYTHON_EXCEPTION;
  }
  stdout().write(text);
  return EXIT_OK;
}

/** The entry point of an `etpy batch` worker thread (bin/etpy-loader.cjs starts it); batch-worker.ts says when it is warm. */
export async function serveBatchWorker(warm?: () => void): Promise<void> {
  await (await import('./batch-worker.js')).serveBatchWorker(warm);
}

/** The entry point of bin/etpy: sets the exit status and keeps stack traces off the terminal. */
export async function runFromCommandLine(): Promise<void> {
  const bail = (error: unknown): void => {
    writeErr(`etpy: internal error: ${describeError(error)}\n`);
    process.exit(EXIT_PYTHON_EXCEPTION);
  };
  process.on('uncaughtException', bail);
  process.on('unhandledRejection', bail);
  // A reader that goes away (`etpy batch | head`) is not an error worth a trace.
  onStdoutError((error: unknown) => {
    if (error instanceof Error && 'code' in error && error.code === 'EPIPE') process.exit(EXIT_PYTHON_EXCEPTION);
    bail(error);
  });
  process.exitCode = await main(process.argv.slice(2));
}
