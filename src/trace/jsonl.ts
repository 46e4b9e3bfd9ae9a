// Writes trace events as JSONL bytes (shared/spec/trace.md), byte for byte
// what `JSON.stringify(event) + '\n'` gives, but fast for full-state traces:
// the tracer hands over (EncodedReprs) the JSON bytes its repr cache already
// holds for long container reprs, which are copied instead of escaped and
// encoded again at every event. Output goes through one reusable buffer to
// `sink`, which must consume the bytes before returning. Uses only
// TextEncoder, so it runs in any JS host.
import type { TraceEvent } from '../batch/schema.js';
import type { EncodedReprs } from './tracer.js';

const CHUNK = 1 << 17;

export class JsonlEncoder {
  private readonly buf = new Uint8Array(CHUNK);
  private pos = 0;
  private readonly utf8 = new TextEncoder();
  private readonly names = new Map<string, string>();

  constructor(private readonly sink: (bytes: Uint8Array) => void) {}

  write(ev: TraceEvent, encoded?: EncodedReprs): void {
    this.text(`{"step":${ev.step},"event":"${ev.event}","func":${this.quoted(ev.func)},"line":${ev.line === null ? 'null' : ev.line},"depth":${ev.depth},"locals":{`);
    const hints = encoded?.locals;
    let i = 0;
    for (const name in ev.locals) {
      if (i > 0) this.text(',');
      this.text(this.quoted(name));
      this.text(':');
      this.value(ev.locals[name]!, hints?.[i]);
      i++;
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
    this.text('}\n');
  }

  /** Hands the buffered bytes to the sink. */
  flush(): void {
    if (this.pos === 0) return;
    this.sink(this.buf.subarray(0, this.pos));
    this.pos = 0;
  }

  /** A name as a JSON string (names repeat at every event). */
  private quoted(name: string): string {
    let q = this.names.get(name);
    if (q === undefined) {
      q = JSON.stringify(name);
      if (this.names.size < 10_000) this.names.set(name, q);
    }
    return q;
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
        this.sink(this.utf8.encode(s));
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
    this.pos += this.utf8.encodeInto(s, this.buf.subarray(this.pos)).written;
  }

  private bytes(b: Uint8Array): void {
    if (this.pos + b.length > this.buf.length) {
      this.flush();
      if (b.length > this.buf.length) {
        this.sink(b);
        return;
      }
    }
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }
}
