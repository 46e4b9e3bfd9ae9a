// A Python exception raised by runtime code that has no VM at hand (number
// arithmetic, formatting, parsing of numbers): the exception's type name and
// its message, exactly as CPython words them. The VM turns it into the real
// exception object; tests compare `type: message` with CPython.
export class PythonError extends Error {
  constructor(readonly pyType: string, message: string) {
    super(message);
  }

  /** The last line of CPython's traceback: `Type: message`. */
  get lastLine(): string {
    return this.message === '' ? this.pyType : `${this.pyType}: ${this.message}`;
  }
}
