// The 3.11+ location table (`co_linetable`, Objects/locations.md): the encoder
// the assembler uses, and the decoders behind `co_positions()`, `co_lines()`
// and `dis.findlinestarts`. Encoding follows Python/assemble.c of 3.12 choice
// for choice, so the bytes equal CPython's; decoding follows
// Objects/codeobject.c, quirks included (a column of -1 reads back as None).
import type { CodeObject } from './code.js';
import { NO_LOCATION, sameLocation, type Location } from './location.js';

/** A run of consecutive code units (opcode + oparg + caches) sharing one location. */
export interface LocationRun {
  readonly units: number;
  readonly loc: Location;
}

/** One `co_positions()` tuple: (lineno, end_lineno, col_offset, end_col_offset), null for None. */
export type Positions = readonly [number | null, number | null, number | null, number | null];

/** One `co_lines()` triple: byte offsets [start, end) and the line (null for None). */
export type LineRange = readonly [start: number, end: number, line: number | null];

// Entry kinds: the 4-bit code in bits 3..6 of an entry's first byte.
const ONE_LINE0 = 10;
const NO_COLUMNS = 13;
const LONG = 14;
const NONE = 15;
/** assemble.c splits longer runs: the first byte holds length - 1 in 3 bits. */
const MAX_UNITS_PER_ENTRY = 8;

/** The bytes the table needs: code/line/column fields read only by `decode*` below. */
type LineTableSource = Pick<CodeObject, 'co_linetable' | 'co_firstlineno'>;

/**
 * `co_linetable` for runs of code units in order. Adjacent runs with the same
 * location are merged first, as assemble_location_info does per instruction,
 * so callers may pass one run per instruction. The bytes as a list: the
 * assembler lays them out with the code object's other tables.
 */
export function locationTableBytes(firstlineno: number, entries: readonly LocationRun[]): number[] {
  const out: number[] = [];
  let prevLine = firstlineno;

  const writeVarint = (value: number): void => {
    // Little-endian 6-bit groups, bit 6 says "more follows" (pycore_code.h write_varint).
    let v = value >>> 0;
    while (v >= 64) {
      out.push(64 | (v & 63));
      v >>>= 6;
    }
    out.push(v);
  };
  const writeSignedVarint = (value: number): void => {
    writeVarint(value < 0 ? ((-value) << 1) | 1 : value << 1);
  };
  const start = (code: number, units: number): void => {
    out.push(0x80 | (code << 3) | (units - 1));
  };

  const writeEntry = (loc: Location, units: number): void => {
    if (loc.lineno < 0) {
      start(NONE, units);
      return;
    }
    const lineDelta = loc.lineno - prevLine;
    const col = loc.colOffset;
    const endCol = loc.endColOffset;
    if (col < 0 || endCol < 0) {
      if (loc.endLineno === loc.lineno || loc.endLineno === -1) {
        start(NO_COLUMNS, units);
        writeSignedVarint(lineDelta);
        prevLine = loc.lineno;
        return;
      }
      // Columns unknown but several lines: only the long form can say that.
    } else if (loc.endLineno === loc.lineno) {
      if (lineDelta === 0 && col < 80 && endCol - col < 16 && endCol >= col) {
        // Short form: the code is the column's group of 8, the second byte the
        // low 3 bits and the width. The line is unchanged, so prevLine stays.
        start(col >> 3, units);
        out.push(((col & 7) << 4) | (endCol - col));
        return;
      }
      if (lineDelta >= 0 && lineDelta < 3 && col < 128 && endCol < 128) {
        start(ONE_LINE0 + lineDelta, units);
        out.push(col, endCol);
        prevLine = loc.lineno;
        return;
      }
    }
    start(LONG, units);
    writeSignedVarint(lineDelta);
    writeVarint(loc.endLineno - loc.lineno);
    writeVarint(col + 1);
    writeVarint(endCol + 1);
    prevLine = loc.lineno;
  };

  const emit = (loc: Location, units: number): void => {
    let left = units;
    while (left > MAX_UNITS_PER_ENTRY) {
      writeEntry(loc, MAX_UNITS_PER_ENTRY);
      left -= MAX_UNITS_PER_ENTRY;
    }
    if (left > 0) writeEntry(loc, left);
  };

  let loc: Location = NO_LOCATION;
  let units = 0;
  for (const entry of entries) {
    if (!sameLocation(loc, entry.loc)) {
      emit(loc, units);
      loc = entry.loc;
      units = 0;
    }
    units += entry.units;
  }
  emit(loc, units);
  return out;
}

/** One decoded table entry: its length in code units, the line co_lines sees, and its positions. */
export interface LocationEntry {
  readonly units: number;
  /** `ar_line`: the computed line, or -1 for a no-location entry. */
  readonly line: number;
  /** Columns and end line, -1 where CPython stores "unknown". */
  readonly loc: Location;
}

/** Decodes every entry of a location table (advance_with_locations of codeobject.c). */
export function decodeLocationEntries(firstlineno: number, table: Uint8Array): LocationEntry[] {
  const entries: LocationEntry[] = [];
  forEachLocation(firstlineno, table, (units, line, endLine, col, endCol) => {
    entries.push({ units, line, loc: { lineno: line, endLineno: endLine, colOffset: col, endColOffset: endCol } });
  });
  return entries;
}

/**
 * The line of each of `n` code units (-1 where there is none), straight from
 * the table: what the eval loop reads at every instruction, made for every
 * code object that runs (without decodeLocationEntries' objects).
 */
export function unitLines(firstlineno: number, table: Uint8Array, n: number): Int32Array {
  const lines = new Int32Array(n).fill(-1);
  let unit = 0;
  forEachLocation(firstlineno, table, (units, line) => {
    const end = Math.min(unit + units, n);
    if (line !== -1) lines.fill(line, unit, end);
    unit = end;
  });
  return lines;
}

/** Calls `visit` with each entry of a location table: its length in code units, its line (-1: none) and positions. */
function forEachLocation(
  firstlineno: number, table: Uint8Array,
  visit: (units: number, line: number, endLine: number, col: number, endCol: number) => void,
): void {
  let pos = 0;
  let computedLine = firstlineno;
  const byte = (): number => table[pos++] ?? 0;
  const varint = (): number => {
    let read = byte();
    let value = read & 63;
    let shift = 0;
    while (read & 64) {
      read = byte();
      shift += 6;
      value |= (read & 63) << shift;
    }
    return value >>> 0;
  };
  const signedVarint = (): number => {
    const u = varint();
    return u & 1 ? -(u >>> 1) : u >>> 1;
  };

  while (pos < table.length) {
    const first = byte();
    const code = (first >> 3) & 15;
    const units = (first & 7) + 1;
    let line: number;
    let endLine: number;
    let col: number;
    let endCol: number;
    if (code === NONE) {
      line = endLine = col = endCol = -1;
    } else if (code === LONG) {
      computedLine += signedVarint();
      line = computedLine;
      endLine = line + varint();
      col = varint() - 1;
      endCol = varint() - 1;
    } else if (code === NO_COLUMNS) {
      computedLine += signedVarint();
      line = endLine = computedLine;
      col = endCol = -1;
    } else if (code >= ONE_LINE0) {
      computedLine += code - ONE_LINE0;
      line = endLine = computedLine;
      col = byte();
      endCol = byte();
    } else {
      const second = byte();
      line = endLine = computedLine;
      col = (code << 3) | (second >> 4);
      endCol = col + (second & 15);
    }
    visit(units, line, endLine, col, endCol);
    // Trailing bytes of a malformed entry are skipped like codeobject.c does:
    // the next entry starts at the next byte with the top bit set.
    while (pos < table.length && (table[pos]! & 0x80) === 0) pos++;
  }
}

/** CPython turns -1 into None when it hands a location field to Python. */
const field = (n: number): number | null => (n === -1 ? null : n);

/** `list(code.co_positions())`: one tuple per code unit the table covers. */
export function decodePositions(code: LineTableSource): Positions[] {
  const out: Positions[] = [];
  for (const entry of decodeLocationEntries(code.co_firstlineno, code.co_linetable)) {
    const { loc } = entry;
    const tuple: Positions = [field(loc.lineno), field(loc.endLineno), field(loc.colOffset), field(loc.endColOffset)];
    for (let i = 0; i < entry.units; i++) out.push(tuple);
  }
  return out;
}

/** `list(code.co_lines())`: byte ranges, adjacent entries with the same line merged. */
export function decodeLines(code: LineTableSource): LineRange[] {
  const out: [number, number, number | null][] = [];
  let offset = 0;
  let last: [number, number, number | null] | undefined;
  let lastLine = Number.NaN;
  for (const entry of decodeLocationEntries(code.co_firstlineno, code.co_linetable)) {
    const end = offset + entry.units * 2;
    if (last !== undefined && entry.line === lastLine) {
      last[1] = end;
    } else {
      last = [offset, end, field(entry.line)];
      lastLine = entry.line;
      out.push(last);
    }
    offset = end;
  }
  return out;
}

/**
 * `list(dis.findlinestarts(code))`: [byte offset, line] where a new line
 * begins; ranges without a line are skipped and do not reset the last line.
 */
export function lineStarts(code: LineTableSource): [offset: number, line: number][] {
  const out: [number, number][] = [];
  let lastLine: number | null = null;
  for (const [start, , line] of decodeLines(code)) {
    if (line !== null && line !== lastLine) {
      lastLine = line;
      out.push([start, line]);
    }
  }
  return out;
}
