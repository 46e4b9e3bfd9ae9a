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

  constructor(private readonly sink: (bytes: Uint8Array) => void) {}

  write(ev: TraceEvent, encoded?: EncodedReprs): void {
    this.text(`{"step":${ev.step},"event":"${ev.event}","func":${JSON.stringify(ev.func)},"line":${ev.line === null ? 'null' : ev.line},"depth":${ev.depth},"locals":{`);
    const hints = encoded?.locals;
    let i = 0;
    for (const name in ev.locals) {
      this.text(i === 0 ? `${JSON.stringify(name)}:` : `,${JSON.stringify(name)}:`);
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

  private value(s: string, json: Uint8Array | undefined): void {
    if (json === undefined) this.text(JSON.stringify(s));
    else this.bytes(json);
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
