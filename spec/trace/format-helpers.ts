// etpy's trace in a `--format`, as `etpy trace` makes it (formatTrace over
// a run), for the format tests.
import type { PyTutorTrace } from '../../src/batch/schema.js';
import { formatTrace } from '../../src/trace/formats/index.js';
import type { TraceFormat } from '../../src/batch/schema.js';
import { runSource } from '../../src/vm/interpreter.js';

export function etpyFormatted(source: string, format: TraceFormat, level: 'line' | 'opcode', maxSteps: number, skip = 1): string {
  let text = '';
  const trace = formatTrace({ format, level, source, skip, write: (t) => { text += t; } });
  runSource(source, { filename: '<source>', countSteps: true, maxSteps, tracer: trace.hooks });
  trace.finish();
  return text;
}

export function etpyPyTutor(source: string, maxSteps: number): PyTutorTrace {
  return JSON.parse(etpyFormatted(source, 'pytutor', 'line', maxSteps)) as PyTutorTrace;
}
