// Tracebacks: each frame an exception passes through adds its line, and
// `formatException` prints them as CPython's default excepthook does
// (chained exceptions first, then the header, one entry per frame and the
// final `Type: message` line).
import { PyException, type PyValue } from './object.js';
import type { Frame } from './frame.js';
import { None } from './types.js';
import { str } from './protocols.js';

export function addTraceback(exc: PyException, frame: Frame): void {
  exc.traceback.push({ filename: frame.code.co_filename, lineno: frame.lineno, name: frame.code.co_name });
}

/** `Type: message` as the last line of a traceback (and the batch result's `error`). */
export function exceptionLine(exc: PyException): string {
  const t = exc.cls;
  const mod = t.module;
  const name = mod === 'builtins' || mod === '__main__' ? t.qualname : `${mod}.${t.qualname}`;
  let message: string;
  try {
    message = exceptionMessage(exc);
  } catch {
    message = '<exception str() failed>';
  }
  return message === '' ? name : `${name}: ${message}`;
}

function exceptionMessage(exc: PyException): string {
  return str(exc);
}

/** The whole traceback text, given a way to read source lines of a file. */
export function formatException(exc: PyException, sourceLine: (filename: string, line: number) => string | undefined): string {
  const out: string[] = [];
  const seen = new Set<PyException>();
  const emit = (e: PyException): void => {
    seen.add(e);
    if (e.cause !== null && !seen.has(e.cause)) {
      emit(e.cause);
      out.push('\nThe above exception was the direct cause of the following exception:\n\n');
    } else if (e.context !== null && !e.suppressContext && !seen.has(e.context)) {
      emit(e.context);
      out.push('\nDuring handling of the above exception, another exception occurred:\n\n');
    }
    if (e.traceback.length > 0) {
      out.push('Traceback (most recent call last):\n');
      for (let i = e.traceback.length - 1; i >= 0; i--) {
        const tb = e.traceback[i]!;
        out.push(`  File "${tb.filename}", line ${tb.lineno}, in ${tb.name}\n`);
        const src = sourceLine(tb.filename, tb.lineno);
        if (src !== undefined && src.trim() !== '') out.push(`    ${src.trim()}\n`);
      }
    }
    out.push(exceptionLine(e) + '\n');
  };
  emit(exc);
  return out.join('');
}

export function isNone(v: PyValue): boolean {
  return v === None;
}
