// The error every parse failure becomes: CPython's SyntaxError family with the
// fields a traceback needs (1-based line, 1-based column offset like CPython's
// `SyntaxError.offset`, and the source line text).

/**
 * What `ast.parse` can raise for a source: the SyntaxError family, plus
 * CPython's RecursionError (AST nested too deeply) and MemoryError (parser
 * stack overflow), which carry no meaningful line.
 */
export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError' | 'RecursionError' | 'MemoryError';

export class PySyntaxError extends Error {
  constructor(
    readonly type: SyntaxErrorType,
    readonly msg: string,
    /** 0 where CPython's `lineno` is None (null bytes, RecursionError, MemoryError). */
    readonly lineno: number,
    readonly offset: number,
    readonly text: string,
    readonly filename: string = '<unknown>',
    readonly endLineno: number = lineno,
    readonly endOffset: number = offset,
  ) {
    super(`${type}: ${msg} (line ${lineno})`);
  }

  /** Set when the parser ran into the end of the input. */
  atEnd = false;

  /** The text is what CPython gives, newline or not (the tokenizer's errors read the line without it). */
  textAsIs = false;

  /** The line of the token the parser failed at, when the error's range starts on an earlier one. */
  failLine: number | undefined = undefined;

  /** The last line of the traceback CPython prints: `Type: message`. */
  get lastLine(): string {
    return `${this.type}: ${this.msg}`;
  }
}
