// Source positions carried by instructions and stored in the location table.

/** A source span; lines 1-based, columns 0-based UTF-8 byte offsets as in the AST. */
export interface Location {
  readonly lineno: number;
  readonly endLineno: number;
  readonly colOffset: number;
  readonly endColOffset: number;
}

/** CPython's NO_LOCATION: the instruction has no line of its own. */
export const NO_LOCATION: Location = Object.freeze({ lineno: -1, endLineno: -1, colOffset: -1, endColOffset: -1 });

export function sameLocation(a: Location, b: Location): boolean {
  return a.lineno === b.lineno && a.endLineno === b.endLineno &&
    a.colOffset === b.colOffset && a.endColOffset === b.endColOffset;
}
