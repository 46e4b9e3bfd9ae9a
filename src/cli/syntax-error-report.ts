// The text CPython 3.12 prints for an uncaught SyntaxError: the `File` line, the
// source line and the caret line, then `Type: message`. This follows the C
// printer CPython 3.12 uses for uncaught exceptions (print_exception_file_and_line
// and print_error_text in Python/pythonrun.c), not the `traceback` module, whose
// caret rules differ. The C printer measures the line in UTF-8 bytes but uses the
// exception's character offsets as they are, so on non-ASCII lines the caret is
// where CPython puts it, not necessarily under the offending character.
import type { PySyntaxError } from '../parser/syntax-error.js';

const utf8 = new TextEncoder();
const NEWLINE = 0x0a;

/** The caret-line fields CPython reads from a SyntaxError, 1-based like its attributes. */
export interface SyntaxErrorLocation {
  type: string;
  lineno: number;
  offset: number;
  /** The source line, with its newline if it had one; '' when CPython's `text` would be None. */
  text: string;
  endLineno: number;
  endOffset: number;
}

/**
 * Everything written to stderr, ending with a newline. `filename` is the name
 * the user gave, which the caller knows even when the error does not carry it.
 */
export function formatSyntaxErrorReport(error: PySyntaxError, filename = error.filename): string {
  // Errors without a line (RecursionError, MemoryError, null bytes) print only their last line.
  if (error.lineno === 0) return `${error.lastLine}\n`;
  return `  File "${filename}", line ${error.lineno}\n${formatSourceAndCaret(error)}${error.lastLine}\n`;
}

export function formatSourceAndCaret(location: SyntaxErrorLocation): string {
  if (location.text === '') return '';
  const bytes = utf8.encode(location.text);
  const lineSize = bytes.length;
  // Only SyntaxError itself carries an end position to the printer; its
  // subclasses (IndentationError, TabError) always get a single caret.
  let endOffset = location.type === 'SyntaxError' ? location.endOffset : -1;
  if (location.type === 'SyntaxError' && location.endLineno > location.lineno) endOffset = lineSize;
  if (endOffset > lineSize + 1) endOffset = lineSize + 1;
  return printErrorText(bytes, location.offset, endOffset);
}

function printErrorText(bytes: Uint8Array, offset1: number, endOffset: number): string {
  const caretCount = endOffset > 0 && endOffset > offset1 ? endOffset - offset1 : 1;
  let offset = offset1 - 1;
  let start = 0;
  while (start < bytes.length && isLeadingBlank(bytes[start])) {
    start += 1;
    offset -= 1;
  }
  let len = bytes.length - start;
  if (len > 0 && bytes[bytes.length - 1] === NEWLINE) len -= 1;
  if (offset > len) offset = len;
  // A text spanning several lines is shown from the line holding the offset.
  for (;;) {
    const nl = bytes.indexOf(NEWLINE, start);
    if (nl < 0) break;
    const lineLength = nl - start;
    if (lineLength >= offset) break;
    start = nl + 1;
    len -= lineLength + 1;
    offset -= lineLength + 1;
  }
  const shown = new TextDecoder().decode(bytes.subarray(start));
  let out = `    ${shown}`;
  if (bytes[start + len] !== NEWLINE) out += '\n';
  if (offset < 0) return out;
  return `${out}    ${' '.repeat(offset)}${'^'.repeat(caretCount)}\n`;
}

function isLeadingBlank(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0c;
}
