// Writes trace events as JSONL bytes (shared/spec/trace.md), byte for byte
// what `JSON.stringify(event) + '\n'` gives, but fast for full-state traces:
// the tracer hands over (EncodedReprs) the JSON bytes its repr cache already
// holds for long container reprs, which are copied instead of escaped and
// encoded again at every event. Output goes through one reusable buffer to
// `sink`, which must consume the bytes before returning; each chunk ends
// where a piece of an event ends (a flush comes before a piece that does not
// fit), so it is valid UTF-8 on its own. Uses only TextEncoder, so it runs in
// any JS host.
import type { TraceEvent } from '../batch/schema.js';
import type { EncodedReprs } from './tracer.js';

const CHUNK = 1 << 17;

const UTF8 = new TextEncoder();
const ascii = (s: string): Uint8Array => UTF8.encode(s);
const STEP = ascii('{"step":');
const EVENT: Readonly<Record<TraceEvent['event'], Uint8Array>> = {
  call: ascii(',"event":"call","func":'),
  line: ascii(',"event":"line","func":'),
  return: ascii(',"event":"return","func":'),
  exception: ascii(',"event":"exception","func":'),
  opcode: ascii(',"event":"opcode","func":'),
};
const LINE = ascii(',"line":');
const NULL = ascii('null');
const DEPTH = ascii(',"depth":');
const LOCALS = ascii(',"locals":{');
const COMMA = ascii(',');
const COLON = ascii(':');

export interface JsonlEncoderOptions {
  /** What follows each event (default a newline: JSONL; runTaskLine's array of events takes a comma). */
  separator?: ',' | '\n';
}

export class JsonlEncoder {
  private readonly buf = new Uint8Array(CHUNK);
  private pos = 0;
  private readonly names = new Map<string, Uint8Array>();
  private readonly end: string;

  constructor(private readonly sink: (bytes: Uint8Array) => void, options: JsonlEncoderOptions = {}) {
    this.end = `}${options.separator ?? '\n'}`;
  }

  write(ev: TraceEvent, encoded?: EncodedReprs): void {
    // The fixed keys as bytes made once, the numbers digit by digit: no string is built per event.
    this.bytes(STEP);
    this.uint(ev.step);
    this.bytes(EVENT[ev.event]);
    this.bytes(this.quotedBytes(ev.func));
    this.bytes(LINE);
    if (ev.line === null) this.bytes(NULL);
    else this.uint(ev.line);
    this.bytes(DEPTH);
    this.uint(ev.depth);
    this.bytes(LOCALS);
    if (encoded !== undefined) {
      const { names, texts, locals } = encoded;
      for (let i = 0; i < encoded.count; i++) {
        if (i > 0) this.bytes(COMMA);
        this.bytes(this.quotedBytes(names[i]!));
        this.bytes(COLON);
        this.value(texts[i]!, locals[i]);
      }
    } else {
      let first = true;
      for (const name in ev.locals) {
        if (!first) this.bytes(COMMA);
        first = false;
        this.bytes(this.quotedBytes(name));
        this.bytes(COLON);
        this.value(ev.locals[name]!, undefined);
      }
    }
    this.text('}');
    switch (ev.event) {
      case 'return':
        this.text(',"value":');
        if (ev.value === null) this.text('null');
        else this.value(ev.value, encoded?.value);
        break;
      case 'exception':
        this.text(`,"exception":${JSON.stringify(ev.exception)}`);
        break;
      case 'opcode':
        this.text(`,"offset":${ev.offset},"opname":"${ev.opname}"`);
        if (ev.stack !== undefined) {
          this.text(',"stack":[');
          for (let j = 0; j < ev.stack.length; j++) {
            if (j > 0) this.text(',');
            this.value(ev.stack[j]!, encoded?.stack?.[j]);
          }
          this.text(']');
        }
        break;
    }
    this.text(this.end);
  }

  /** Drops the buffered bytes (a writer reused for another trace after one that ended abnormally). */
  discard(): void {
    this.pos = 0;
  }

  /** Hands the buffered bytes to the sink. */
  flush(): void {
    if (this.pos === 0) return;
    this.sink(this.buf.subarray(0, this.pos));
    this.pos = 0;
  }

  /** A name as a JSON string in UTF-8 (names repeat at every event). */
  private quotedBytes(name: string): Uint8Array {
    let q = this.names.get(name);
    if (q === undefined) {
      q = UTF8.encode(JSON.stringify(name));
      if (this.names.size < 10_000) this.names.set(name, q);
    }
    return q;
  }

  /** A non-negative integer's decimal digits. */
  private uint(n: number): void {
    if (n < 0 || !Number.isSafeInteger(n)) {
      this.text(String(n));
      return;
    }
    if (this.pos + 16 > this.buf.length) this.flush();
    const buf = this.buf;
    if (n < 10) {
      buf[this.pos++] = 48 + n;
      return;
    }
    let digits = 0;
    for (let m = n; m > 0; m = Math.floor(m / 10)) digits++;
    let at = this.pos + digits;
    this.pos = at;
    for (let m = n; m > 0; m = Math.floor(m / 10)) buf[--at] = 48 + (m % 10);
  }

  private value(s: string, json: Uint8Array | undefined): void {
    if (json !== undefined) this.bytes(json);
    else if (!this.plainString(s)) this.text(JSON.stringify(s));
  }

  /** Writes `s` as a JSON string when it needs no escapes and is short ASCII; false otherwise. */
  private plainString(s: string): boolean {
    const n = s.length;
    if (n > 128) return false;
    if (this.pos + n + 2 > this.buf.length) this.flush();
    const buf = this.buf;
    let pos = this.pos;
    buf[pos++] = 0x22;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x20 || c >= 0x7f || c === 0x22 || c === 0x5c) return false;
      buf[pos++] = c;
    }
    buf[pos++] = 0x22;
    this.pos = pos;
    return true;
  }

  private text(s: string): void {
    // UTF-8 needs at most 3 bytes per UTF-16 code unit.
    if (this.pos + s.length * 3 > this.buf.length) {
      this.flush();
      if (s.length * 3 > this.buf.length) {
        this.sink(UTF8.encode(s));
        return;
      }
    }
    // Most pieces are short and ASCII: copying them is cheaper than a call to encodeInto.
    if (s.length <= 128) {
      const buf = this.buf;
      let pos = this.pos;
      let i = 0;
      for (; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) break;
        buf[pos++] = c;
      }
      if (i === s.length) {
        this.pos = pos;
        return;
      }
    }
    this.pos += UTF8.encodeInto(s, this.buf.subarray(this.pos)).written;
  }

  private bytes(b: Uint8Array): void {
    if (this.pos + b.length > this.buf.length) {
      this.flush();
      if (b.length > this.buf.length) {
        this.sink(b);
        return;
      }
    }
    const n = b.length;
    if (n <= 32) {
      // Short pieces: a loop is cheaper than TypedArray.set's call.
      const buf = this.buf;
      let pos = this.pos;
      for (let i = 0; i < n; i++) buf[pos++] = b[i]!;
      this.pos = pos;
      return;
    }
    this.buf.set(b, this.pos);
    this.pos += n;
  }
}
