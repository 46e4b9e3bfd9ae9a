// The command line → one `Command` value. Pure: no I/O, so every usage error is
// a `UsageError` the caller turns into one `etpy: …` line and exit status 2.

import { DEFAULT_BATCH_OPTIONS, TRACE_FORMATS, type BatchOptions, type TraceFormat } from '../batch/schema.js';

export class UsageError extends Error {}

/** The options `trace` shares with `batch` (cli.md). */
export type ExecutionOptions = Pick<BatchOptions, 'state' | 'maxSteps' | 'maxRepr' | 'format' | 'skip'>;

export interface TraceCliOptions extends ExecutionOptions {
  level: 'line' | 'opcode';
  /** null: the program's output goes to stderr. */
  stdoutFile: string | null;
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'run'; file: string; programArgs: string[] }
  | { kind: 'code'; code: string; programArgs: string[] }
  /** The program from standard input: `etpy - ARGS…`, or `etpy` alone when stdin is not a terminal (`bare`). */
  | { kind: 'stdin'; programArgs: string[]; bare: boolean }
  | { kind: 'ast'; file: string }
  | { kind: 'dis'; file: string }
  | { kind: 'trace'; file: string; options: TraceCliOptions }
  | { kind: 'batch'; options: BatchOptions; jobs: number }
  | { kind: 'diff'; file: string };

export { TRACE_FORMATS };

const HELP_FLAGS = new Set(['-h', '--help']);

/**
 * `defaultJobs` is passed in rather than read from `os` so this module stays
 * free of Node imports and trivially testable; it is called only by `batch`
 * without --jobs (loading `os` costs every other command's start-up).
 */
export function parseArgs(argv: readonly string[], defaultJobs: () => number): Command {
  const [first, ...rest] = argv;
  // As python3: no arguments (the caller checks that stdin is not a terminal) or `-` run standard input.
  if (first === undefined) return { kind: 'stdin', programArgs: [], bare: true };
  if (first === '-') return { kind: 'stdin', programArgs: rest, bare: false };
  if (HELP_FLAGS.has(first)) return { kind: 'help' };
  if (first === '--version' || first === '-V') return { kind: 'version' };
  if (first === '-c') {
    const [code, ...programArgs] = rest;
    if (code === undefined) throw new UsageError("option -c requires an argument");
    return { kind: 'code', code, programArgs };
  }
  // Like `python3 FILE ARGS…`: everything after the program file belongs to it.
  if (first === 'run') {
    const [file, ...programArgs] = rest;
    if (file === undefined) throw new UsageError('run: missing FILE');
    if (HELP_FLAGS.has(file)) return { kind: 'help' };
    return { kind: 'run', file, programArgs };
  }
  if (first === 'ast' || first === 'dis' || first === 'diff') {
    const file = singleFile(first, rest);
    return file === null ? { kind: 'help' } : { kind: first, file };
  }
  if (first === 'trace') return parseTrace(rest);
  if (first === 'batch') return parseBatch(rest, defaultJobs);
  if (first.startsWith('-')) throw new UsageError(`unknown option '${first}' (see etpy --help)`);
  return { kind: 'run', file: first, programArgs: rest };
}

/** The FILE of a one-file command, or null when help was asked for. */
function singleFile(command: string, args: readonly string[]): string | null {
  if (args.some((a) => HELP_FLAGS.has(a))) return null;
  const unknownFlag = args.find((a) => a.startsWith('-') && a !== '-');
  if (unknownFlag !== undefined) throw new UsageError(`${command}: unknown option '${unknownFlag}'`);
  if (args.length === 0) throw new UsageError(`${command}: missing FILE`);
  if (args.length > 1) throw new UsageError(`${command}: unexpected argument '${args[1]}'`);
  return args[0] ?? null;
}

/** The value of `--name=value` or `--name value`, and the index of the next argument. */
function optionValue(args: readonly string[], index: number, command: string): { value: string; next: number } {
  const arg = args[index] ?? '';
  const eq = arg.indexOf('=');
  if (eq >= 0) return { value: arg.slice(eq + 1), next: index + 1 };
  const value = args[index + 1];
  if (value === undefined) throw new UsageError(`${command}: option ${arg} requires a value`);
  return { value, next: index + 2 };
}

function choice<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) {
    throw new UsageError(`option ${option}: invalid value '${value}' (choose from ${allowed.join(', ')})`);
  }
  return found;
}

/** Digits only: Number() would also accept '1e3', ' 5', '0x10' and '' (as 0). */
function integerAtLeast(min: 0 | 1, option: string, value: string): number {
  const n = /^[0-9]+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min) {
    const kind = min === 1 ? 'a positive' : 'a non-negative';
    throw new UsageError(`option ${option}: expected ${kind} integer, got '${value}'`);
  }
  return n;
}

/** Applies one option common to `trace` and `batch`; false when it is not one of them. */
function applyExecutionOption(options: ExecutionOptions, name: string, value: string): boolean {
  switch (name) {
    case '--state': options.state = choice(name, value, ['full', 'delta'] as const); return true;
    case '--max-steps': options.maxSteps = integerAtLeast(0, name, value); return true;
    case '--max-repr': options.maxRepr = integerAtLeast(0, name, value); return true;
    case '--format': options.format = choice(name, value, TRACE_FORMATS); return true;
    case '--skip': options.skip = integerAtLeast(1, name, value); return true;
    default: return false;
  }
}

const EXECUTION_OPTION_NAMES = ['--state', '--max-steps', '--max-repr', '--format', '--skip'];

/** Combinations of trace options that mean nothing. */
function checkFormat(options: ExecutionOptions & { format: TraceFormat }, seen: ReadonlySet<string>): void {
  if (seen.has('--skip') && options.format !== 'dynamic') throw new UsageError('option --skip: only with --format dynamic');
  if (options.maxRepr !== undefined && options.format === 'pytutor') {
    throw new UsageError('option --max-repr: not with --format pytutor (it encodes objects, not reprs)');
  }
  if (options.state === 'delta' && options.format !== 'jsonl') {
    throw new UsageError(`option --state delta: only with --format jsonl (${options.format} has its own convention)`);
  }
}

function parseBatch(args: readonly string[], defaultJobs: () => number): Command {
  const options: BatchOptions = { ...DEFAULT_BATCH_OPTIONS };
  let jobs: number | undefined;
  const known = [...EXECUTION_OPTION_NAMES, '--trace', '--timeout-ms', '--jobs'];
  const seen = new Set<string>();
  for (let i = 0; i < args.length;) {
    const arg = args[i] ?? '';
    if (HELP_FLAGS.has(arg)) return { kind: 'help' };
    if (!arg.startsWith('-')) throw new UsageError(`batch: unexpected argument '${arg}' (tasks are read from stdin)`);
    const name = arg.split('=')[0] ?? arg;
    if (!known.includes(name)) throw new UsageError(`batch: unknown option '${name}'`);
    seen.add(name);
    const { value, next } = optionValue(args, i, 'batch');
    i = next;
    if (applyExecutionOption(options, name, value)) continue;
    if (name === '--trace') options.trace = choice(name, value, ['none', 'line', 'opcode'] as const);
    else if (name === '--timeout-ms') options.timeoutMs = integerAtLeast(1, name, value);
    else jobs = integerAtLeast(1, name, value);
  }
  checkFormat(options, seen);
  if (seen.has('--format') && options.trace === 'none') throw new UsageError('option --format: only with --trace line|opcode');
  return { kind: 'batch', options, jobs: jobs ?? defaultJobs() };
}

function parseTrace(args: readonly string[]): Command {
  const options: TraceCliOptions = {
    level: 'line', format: 'jsonl', skip: 1, state: DEFAULT_BATCH_OPTIONS.state, maxSteps: DEFAULT_BATCH_OPTIONS.maxSteps,
    stdoutFile: null,
  };
  const known = [...EXECUTION_OPTION_NAMES, '--level', '--stdout'];
  const seen = new Set<string>();
  let file: string | null = null;
  for (let i = 0; i < args.length;) {
    const arg = args[i] ?? '';
    if (HELP_FLAGS.has(arg)) return { kind: 'help' };
    if (!arg.startsWith('-') || arg === '-') {
      if (file !== null) throw new UsageError(`trace: unexpected argument '${arg}'`);
      file = arg;
      i += 1;
      continue;
    }
    const name = arg.split('=')[0] ?? arg;
    if (!known.includes(name)) throw new UsageError(`trace: unknown option '${name}'`);
    seen.add(name);
    const { value, next } = optionValue(args, i, 'trace');
    i = next;
    if (applyExecutionOption(options, name, value)) continue;
    if (name === '--level') options.level = choice(name, value, ['line', 'opcode'] as const);
    else options.stdoutFile = value;
  }
  if (file === null) throw new UsageError('trace: missing FILE');
  checkFormat(options, seen);
  return { kind: 'trace', file, options };
}
