// The 3.11+ exception table (`co_exceptiontable`, InternalDocs/
// exception_handling_notes): which code-unit ranges are protected, where their
// handler starts and how deep the stack is there. Encoded as assemble.c's
// assemble_emit_exception_table_item does; decoded as dis._parse_exception_table.

/** One protected range; offsets in code units (dis prints them doubled, as bytes). */
export interface ExceptionTableEntry {
  /** First protected code unit. */
  readonly start: number;
  /** One past the last protected code unit. */
  readonly end: number;
  /** The handler's first code unit. */
  readonly target: number;
  /** Stack depth the handler starts from (before pushing lasti and the exception). */
  readonly depth: number;
  /** Whether the handler also gets the offset of the raising instruction pushed. */
  readonly lasti: boolean;
}

/** Bit 6 of each byte: another 6-bit group follows. */
const CONTINUATION = 64;
/** Bit 7: this byte starts an entry (only ever on the `start` field's first byte). */
const ENTRY_START = 128;

/**
 * `co_exceptiontable` for entries in order. Each field is a big-endian
 * varint of 6-bit groups; the fields are start, length, target and
 * depth << 1 | lasti. The bytes as a list: the assembler lays them out with
 * the code object's other tables.
 */
export function exceptionTableBytes(entries: readonly ExceptionTableEntry[]): number[] {
  const out: number[] = [];
  const item = (value: number, startBit: number): void => {
    if (!(value >= 0 && value < 1 << 30)) throw new RangeError(`exception table value out of range: ${value}`);
    let flag = startBit;
    // Most significant group first, so a reader can shift left as it goes.
    for (const shift of [24, 18, 12, 6]) {
      if (value >= 1 << shift) {
        out.push(((value >> shift) & 63) | CONTINUATION | flag);
        flag = 0;
      }
    }
    out.push((value & 63) | flag);
  };
  for (const e of entries) {
    if (e.end <= e.start) throw new RangeError(`empty exception table range ${e.start}..${e.end}`);
    item(e.start, ENTRY_START);
    item(e.end - e.start, 0);
    item(e.target, 0);
    item((e.depth << 1) | (e.lasti ? 1 : 0), 0);
  }
  return out;
}

/** The entries of a `co_exceptiontable`; a truncated last entry is dropped, as dis does. */
export function decodeExceptionTable(table: Uint8Array): ExceptionTableEntry[] {
  const entries: ExceptionTableEntry[] = [];
  let pos = 0;
  /** undefined once the bytes run out, like dis's StopIteration. */
  const varint = (): number | undefined => {
    if (pos >= table.length) return undefined;
    let b = table[pos++]!;
    let value = b & 63;
    while (b & CONTINUATION) {
      if (pos >= table.length) return undefined;
      b = table[pos++]!;
      value = value * 64 + (b & 63);
    }
    return value;
  };
  for (;;) {
    const start = varint();
    const length = varint();
    const target = varint();
    const depthLasti = varint();
    if (start === undefined || length === undefined || target === undefined || depthLasti === undefined) break;
    entries.push({ start, end: start + length, target, depth: Math.floor(depthLasti / 2), lasti: (depthLasti & 1) === 1 });
  }
  return entries;
}
