import type { TraceHooks } from '../hooks.js';
import type { Frame } from '../../vm/frame.js';
import type { PyException, PyValue } from '../../vm/object.js';
export class PyTutorRecorder implements TraceHooks {
  readonly opcodes = false;
  constructor(private readonly source: string, private readonly write: (text: string) => void, private readonly maxRepr?: number) {}
  call(_f: Frame): void {}
  line(_f: Frame, _l: number): void {}
  ret(_f: Frame, _v: PyValue | null): void {}
  exception(_f: Frame, _e: PyException): void {}
  opcode(): void {}
  finish(): void { this.write(JSON.stringify({ code: this.source, trace: [] })); void this.maxRepr; }
}
