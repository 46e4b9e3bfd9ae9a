// `str % args`: printf-style formatting as CPython 3.12 does it
// (Objects/unicodeobject.c PyUnicode_Format and its helpers). The parser
// follows the C state machine closely, because the order in which it consumes
// arguments and detects errors decides which error a bad format raises.
// The conversions themselves live in percent-convert.ts.
// `bytes % args` (_PyBytes_FormatEx) runs the same machine on latin-1 text
// with its own conversions for %s %b %r %a %c and its own wording.
import {
  F_ALT, F_BLANK, F_LJUST, F_SIGN, F_ZERO, INT_MAX, SSIZE_MAX, asDouble, bytesOf, cpLength, formatByteChar, formatChar, formatLong, isTuple,
  pad, strOf,
  type PercentArg, type PercentArgs, type PercentObject, type Spec,
} from './percent-convert.js';
import { doubleToString } from './float-format.js';
import { PythonError } from './python-error.js';

export type { PercentArg, PercentArgs, PercentObject } from './percent-convert.js';

class Formatter {
  private pos = 0; // UTF-16 index into the format
  private exhausted = false; // C's fmtcnt < 0: a read found the format's end
  private args: PercentArgs;
  private arglen: number;
  private argidx: number;
  private readonly dict: PercentObject | null;

  constructor(private readonly fmt: string, args: PercentArgs, private readonly bytesMode = false) {
    this.args = args;
    // A tuple supplies its items in turn; anything else is the one argument
    // (arglen -1, argidx -2 lets exactly one fetch succeed).
    this.arglen = isTuple(args) ? args.length : -1;
    this.argidx = isTuple(args) ? 0 : -2;
    this.dict = !isTuple(args) && args.kind === 'other' && args.getItem ? args : null;
  }

  run(): string {
    const out: string[] = [];
    const { fmt } = this;
    while (this.pos < fmt.length) {
      const next = fmt.indexOf('%', this.pos);
      if (next < 0) {
        out.push(fmt.slice(this.pos));
        break;
      }
      out.push(fmt.slice(this.pos, next));
      this.pos = next + 1;
      out.push(this.formatArg());
    }
    if (this.argidx < this.arglen && !this.dict) throw this.notAllConverted();
    return out.join('');
  }

  private notAllConverted(): PythonError {
    return new PythonError('TypeError', `not all arguments converted during ${this.bytesMode ? 'bytes' : 'string'} formatting`);
  }

  /** The next format code point (C: `if (--fmtcnt >= 0) ch = FORMAT_READ(); fmtpos++`), or null at the end. */
  private read(): number | null {
    if (this.pos >= this.fmt.length) {
      this.exhausted = true;
      return null;
    }
    const c = this.fmt.codePointAt(this.pos)!;
    this.pos += c > 0xffff ? 2 : 1;
    return c;
  }

  private nextArg(): PercentArg {
    if (this.argidx < this.arglen) {
      const i = this.argidx++;
      return isTuple(this.args) ? this.args[i]! : this.args;
    }
    throw new PythonError('TypeError', 'not enough arguments for format string');
  }

  /** One conversion, the format positioned just after its '%'. */
  private formatArg(): string {
    const first = this.pos < this.fmt.length ? this.fmt.codePointAt(this.pos)! : 0;
    if (first === 0x25) {
      this.pos++;
      return '%';
    }
    const spec = this.parse(first);
    const v = this.nextArg();
    const conv = String.fromCodePoint(spec.ch);
    let str: string;
    switch (this.bytesMode && conv === 'b' ? 's' : conv) {
      case 's':
      case 'r':
      case 'a':
        if (this.bytesMode) str = conv === 's' || conv === 'b' ? bytesOf(v) : strOf(v, 'a');
        else str = strOf(v, conv as 's' | 'r' | 'a');
        break;
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X':
        str = formatLong(v, spec, this.bytesMode && conv === 'i' ? 'd' : conv);
        spec.sign = true;
        break;
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        // As PyUnicode_Format: PyOS_double_to_string with only Py_DTSF_ALT (the sign is added here).
        str = doubleToString(asDouble(v, this.bytesMode), conv as 'e' | 'E' | 'f' | 'F' | 'g' | 'G', spec.prec < 0 ? 6 : spec.prec, { alt: (spec.flags & F_ALT) !== 0 });
        spec.sign = true;
        break;
      case 'c':
        str = this.bytesMode ? formatByteChar(v) : formatChar(v);
        break;
      default: {
        const ch = spec.ch;
        const shown = ch >= 31 && ch <= 126 ? conv : '?';
        const index = cpLength(this.fmt.slice(0, this.pos - (ch > 0xffff ? 2 : 1)));
        throw new PythonError('ValueError', `unsupported format character '${shown}' (0x${ch.toString(16)}) at index ${index}`);
      }
    }
    const result = pad(spec, str);
    if (this.dict && this.argidx < this.arglen) throw this.notAllConverted();
    return result;
  }

  /** unicode_format_arg_parse: mapping key, flags, width, precision, length modifier. */
  private parse(first: number): Spec {
    const spec: Spec = { ch: first, flags: 0, width: -1, prec: -1, sign: false };
    if (first === 0x28 /* ( */) this.lookUpKey(spec);

    for (let c = this.read(); c !== null; c = this.read()) {
      spec.ch = c;
      const flag = FLAGS.get(c);
      if (flag === undefined) break;
      spec.flags |= flag;
    }

    if (spec.ch === 0x2a /* * */) {
      spec.width = this.starArg(SSIZE_MAX, 'ssize_t');
      if (spec.width < 0) {
        spec.flags |= F_LJUST;
        spec.width = -spec.width;
      }
      this.advance(spec);
    } else if (isDigit(spec.ch)) {
      spec.width = this.digits(spec, SSIZE_MAX, 'width too big');
    }

    if (spec.ch === 0x2e /* . */) {
      spec.prec = 0;
      const c = this.advance(spec);
      if (c === 0x2a) {
        spec.prec = Math.max(this.starArg(BigInt(INT_MAX), 'int'), 0);
        this.advance(spec);
      } else if (isDigit(c)) {
        spec.prec = this.digits(spec, BigInt(INT_MAX), this.bytesMode ? 'prec too big' : 'precision too big');
      }
    }

    // "h", "l" and "L" (as in "%ld") are accepted and ignored.
    if (!this.exhausted && (spec.ch === 0x68 || spec.ch === 0x6c || spec.ch === 0x4c)) this.advance(spec);
    if (this.exhausted) throw new PythonError('ValueError', 'incomplete format');
    return spec;
  }

  /** Reads one more character into spec.ch if there is one; returns spec.ch. */
  private advance(spec: Spec): number {
    const c = this.read();
    if (c !== null) spec.ch = c;
    return spec.ch;
  }

  /** `%(key)`: the value for key becomes the one argument of this and later conversions. */
  private lookUpKey(spec: Spec): void {
    if (!this.dict) throw new PythonError('TypeError', 'format requires a mapping');
    this.pos++;
    const start = this.pos;
    let depth = 1; // keys may hold balanced parentheses
    while (depth > 0) {
      const c = this.read();
      if (c === null) break;
      spec.ch = c;
      if (c === 0x29) depth--;
      else if (c === 0x28) depth++;
    }
    if (depth > 0) throw new PythonError('ValueError', 'incomplete format key');
    this.args = this.dict.getItem!(this.fmt.slice(start, this.pos - 1));
    this.arglen = -1;
    this.argidx = -2;
  }

  /** A `*` width or precision: the next argument, an int within a C integer type. */
  private starArg(max: bigint, cType: string): number {
    const v = this.nextArg();
    if (v.kind !== 'int' && v.kind !== 'bool') throw new PythonError('TypeError', '* wants int');
    const n = v.kind === 'int' ? v.value : BigInt(v.value);
    if (n > max || n < -max - 1n) {
      throw new PythonError('OverflowError', `Python int too large to convert to C ${cType}`);
    }
    return Number(n);
  }

  /** A decimal width or precision whose first digit is spec.ch; leaves spec.ch on the next character. */
  private digits(spec: Spec, max: bigint, tooBig: string): number {
    let n = BigInt(spec.ch - 0x30);
    for (let c = this.read(); c !== null; c = this.read()) {
      spec.ch = c;
      if (!isDigit(c)) break;
      const d = BigInt(c - 0x30);
      if (n > (max - d) / 10n) throw new PythonError('ValueError', tooBig);
      n = n * 10n + d;
    }
    return Number(n);
  }
}

const FLAGS = new Map<number, number>([
  [0x2d, F_LJUST], // -
  [0x2b, F_SIGN], // +
  [0x20, F_BLANK], // space
  [0x23, F_ALT], // #
  [0x30, F_ZERO], // 0
]);

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** `format % args` for a str format (PyUnicode_Format). Throws PythonError as CPython raises. */
export function percentFormat(format: string, args: PercentArgs): string {
  return new Formatter(format, args).run();
}

/** `format % args` for a bytes format given as latin-1 text; the result is latin-1 text too. */
export function percentFormatBytes(format: string, args: PercentArgs): string {
  return new Formatter(format, args, true).run();
}
