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

  /**
   * Raised by the compiler (symtable, codegen, __future__), not the parser:
   * CPython then reads `text` from the file named `filename`, so a source
   * without a file (`<string>`, compile() of a str) has none.
   */
  fromCompiler = false;

  /**
   * Whether the location is in `args` (msg, (filename, lineno, ...)): not for
   * the symtable's and future.c's errors, which CPython raises with the
   * message alone and then sets the location attributes.
   */
  locationInArgs = true;

  /** The line of the token the parser failed at, when the error's range starts on an earlier one. */
  failLine: number | undefined = undefined;

  /** The text a traceback or SyntaxError.text shows: none for a compiler error without a file. */
  get shownText(): string | null {
    if (this.fromCompiler && (this.filename === '' || this.filename.startsWith('<'))) return null;
    return this.text === '' ? null : this.text;
  }

  /** The last line of the traceback CPython prints: `Type: message`. */
  get lastLine(): string {
    return `${this.type}: ${this.msg}`;
  }
}

/** Marks `e` as raised by the compiler (see PySyntaxError.fromCompiler). */
export function compilerError(e: PySyntaxError): PySyntaxError {
  e.fromCompiler = true;
  return e;
}

/** Marks `e` as a compiler error whose args hold only the message (symtable, future.c). */
export function locatedAfter(e: PySyntaxError): PySyntaxError {
  e.fromCompiler = true;
  e.locationInArgs = false;
  return e;
}
