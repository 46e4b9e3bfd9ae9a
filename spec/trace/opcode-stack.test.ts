// The etpy-only `stack` field of opcode events: the value stack's reprs,
// bottom first, before the instruction runs (CPython cannot show it, so these
// expectations are written by hand from the bytecode `etpy dis` prints).
import { describe, expect, it } from 'vitest';
import { runSource } from '../../src/vm/interpreter.js';
import { Tracer } from '../../src/trace/tracer.js';
import type { OpcodeEvent } from '../../src/batch/schema.js';

function opcodes(source: string, maxRepr?: number): OpcodeEvent[] {
  const tracer = new Tracer({ level: 'opcode', ...(maxRepr === undefined ? {} : { maxRepr }) });
  runSource(source, { filename: '<source>', tracer });
  return tracer.events.filter((e): e is OpcodeEvent => e.event === 'opcode');
}

describe('opcode events carry the value stack', () => {
  it('shows the operands of BINARY_OP and the result before STORE_NAME', () => {
    const ev = opcodes('a = 20\nb = a + 22\n');
    const binary = ev.find((e) => e.opname === 'BINARY_OP')!;
    expect(binary.stack).toEqual(['20', '22']);
    const store = ev.filter((e) => e.opname === 'STORE_NAME').at(-1)!;
    expect(store.stack).toEqual(['42']);
    expect(ev[0]!.stack).toEqual([]);
  });

  it('shows the iterator of a for loop and cuts reprs with --max-repr', () => {
    const ev = opcodes('for s in ["abcdef"]:\n    pass\n', 3);
    const forIter = ev.find((e) => e.opname === 'FOR_ITER')!;
    expect(forIter.stack).toEqual(['<tu...']); // the constant list is compiled as a tuple
    const store = ev.find((e) => e.opname === 'STORE_NAME')!;
    expect(store.stack!.at(-1)).toBe("'ab...");
  });

  it('writes a NULL slot (PUSH_NULL before a call) as <NULL>', () => {
    const ev = opcodes('len("ab")\n');
    const call = ev.find((e) => e.opname === 'CALL')!;
    expect(call.stack).toEqual(['<NULL>', '<built-in function len>', "'ab'"]);
  });
});
