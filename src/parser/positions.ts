// Maps offsets in the laid-out text (what ohm parses) back to the source:
// 1-based line numbers and CPython's column offsets, which count UTF-8 bytes
// from the start of the line.

/** Offsets where `\n`, `\r\n` or a lone `\r` start a new line, as CPython's tokenizer sees them. */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (source.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n += 4; i++; continue; }
      n += 3;
    } else n += 3;
  }
  return n;
}

export class SourceMap {
  private readonly starts: number[];
  private readonly ascii: boolean;

  /** `inserted` holds, sorted, the laid-out offsets of characters the layout pass added. */
  constructor(readonly source: string, private readonly inserted: readonly number[]) {
    this.starts = lineStarts(source);
    this.ascii = !/[^\x00-\x7f]/.test(source);
  }

  /** Source offset of a laid-out offset. */
  original(laidOut: number): number {
    const ins = this.inserted;
    let lo = 0, hi = ins.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ins[mid]! < laidOut) lo = mid + 1; else hi = mid;
    }
    return laidOut - lo;
  }

  /** 0-based index of the line holding source offset `offset`. */
  lineIndex(offset: number): number {
    const s = this.starts;
    let lo = 0, hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /** 1-based line and UTF-8 byte column of a source offset. */
  lineCol(offset: number): { line: number; col: number } {
    const li = this.lineIndex(offset);
    const start = this.starts[li]!;
    const col = this.ascii ? offset - start : utf8Length(this.source.slice(start, offset));
    return { line: li + 1, col };
  }

  /** 1-based line and 0-based column in code points (what SyntaxError.offset counts, minus one). */
  lineChar(offset: number): { line: number; char: number } {
    const li = this.lineIndex(offset);
    const start = this.starts[li]!;
    return { line: li + 1, char: [...this.source.slice(start, offset)].length };
  }

  /** The text of 1-based line `line`, without its line ending. */
  lineText(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return '';
    const end = this.starts[line] ?? this.source.length;
    return this.source.slice(start, end).replace(/\r?\n$|\r$/, '');
  }

  get lineCount(): number {
    return this.starts.length;
  }
}
