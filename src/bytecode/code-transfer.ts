// Code objects as structured-clone data, so that one thread can compile what
// another runs (`etpy batch`: the main thread compiles a task's source while
// its worker runs the task before). Unlike code-serial.ts's JSON form nothing
// is re-encoded: typed arrays, bigints and floats (-0 and NaN included) clone
// as they are, and the tables the assembler decoded travel along, so the
// receiving thread does not decode them again. Only the classes (constant
// tuples, bytes, complex, Ellipsis, nested code) are tagged.
import { CodeObject, ConstFrozenset, ConstTuple, type CodeObjectFields, type ConstValue, type DecodedTables } from './code.js';
import { PyBytes, PyComplex, PyEllipsis } from '../parser/constants.js';

export type TransferConst =
  | null | boolean | string | bigint | number
  | { t: TransferConst[] } | { z: TransferConst[] } | { b: Uint8Array } | { c: [number, number] } | { e: 1 }
  | { code: TransferCode };

export interface TransferCode extends Omit<CodeObjectFields, 'co_consts'> {
  readonly co_consts: TransferConst[];
  readonly decoded: DecodedTables | undefined;
}

function constOut(c: ConstValue): TransferConst {
  if (c === null || typeof c !== 'object') return c;
  if (c instanceof ConstTuple) return { t: c.items.map(constOut) };
  if (c instanceof ConstFrozenset) return { z: c.items.map(constOut) };
  if (c instanceof PyBytes) return { b: c.bytes };
  if (c instanceof PyComplex) return { c: [c.real, c.imag] };
  if (c instanceof CodeObject) return { code: codeToTransfer(c) };
  return { e: 1 }; // Ellipsis, the one constant left
}

function constIn(c: TransferConst): ConstValue {
  if (c === null || typeof c !== 'object') return c;
  if ('t' in c) return new ConstTuple(c.t.map(constIn));
  if ('z' in c) return new ConstFrozenset(c.z.map(constIn));
  if ('b' in c) return new PyBytes(c.b);
  if ('c' in c) return new PyComplex(c.c[0], c.c[1]);
  if ('e' in c) return PyEllipsis;
  return codeFromTransfer(c.code);
}

export function codeToTransfer(code: CodeObject): TransferCode {
  return {
    co_argcount: code.co_argcount,
    co_posonlyargcount: code.co_posonlyargcount,
    co_kwonlyargcount: code.co_kwonlyargcount,
    co_stacksize: code.co_stacksize,
    co_flags: code.co_flags,
    co_code: code.co_code,
    co_consts: code.co_consts.map(constOut),
    co_names: code.co_names,
    co_localsplusnames: code.co_localsplusnames,
    co_localspluskinds: code.co_localspluskinds,
    co_filename: code.co_filename,
    co_name: code.co_name,
    co_qualname: code.co_qualname,
    co_firstlineno: code.co_firstlineno,
    co_linetable: code.co_linetable,
    co_exceptiontable: code.co_exceptiontable,
    decoded: code.decoded,
  };
}

export function codeFromTransfer(t: TransferCode): CodeObject {
  const code = new CodeObject({ ...t, co_consts: t.co_consts.map(constIn) });
  code.decoded = t.decoded;
  return code;
}
