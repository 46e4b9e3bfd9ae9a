// Converting objects to bytes as bytes(x) and int.from_bytes take them
// (PyBytes_FromObject, PyObject_Bytes); a leaf module so that int.ts can use it.
import { PyBytesValue, PyList, PyTuple, type PyValue } from './object.js';
import { bytesType } from './types.js';
import { pyErr, typeError } from './errors.js';
import { asStr, callDescriptor, getIterOrUndefined, iterNext, lookupSpecial, typeName } from './protocols.js';
import { indexOf } from './slice.js';
import { checkLength } from './str-args.js';

function bufferOf(v: PyValue): Uint8Array | undefined {
  return v instanceof PyBytesValue ? v.bytes : undefined;
}

/** A byte value 0..255 from an int-like (the item of bytes(iterable), bytearray.append...). */
export function byteValue(v: PyValue, message = 'byte must be in range(0, 256)'): number {
  const i = indexOf(v);
  if (typeof i !== 'number' || i < 0 || i > 255) throw pyErr('ValueError', message);
  return i;
}

/** Bytes from any object as bytes(x) takes it (PyBytes_FromObject): buffer, iterable of ints. */
export function bytesFromObject(x: PyValue, what: 'bytes' | 'bytearray'): Uint8Array {
  const b = bufferOf(x);
  if (b !== undefined) return b.slice();
  if (asStr(x) !== undefined && what === 'bytes') throw typeError(`cannot convert '${typeName(x)}' object to bytes`);
  const items = x instanceof PyList || x instanceof PyTuple ? x.items : null;
  const range = what === 'bytes' ? 'bytes must be in range(0, 256)' : 'byte must be in range(0, 256)';
  if (items !== null) {
    const out = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++) out[i] = byteValue(items[i]!, range);
    return out;
  }
  const it = getIterOrUndefined(x);
  if (it === undefined) throw typeError(`cannot convert '${typeName(x)}' object to ${what}`);
  const out: number[] = [];
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) {
    out.push(byteValue(v, range));
    checkLength(out.length);
  }
  return Uint8Array.from(out);
}

/** PyObject_Bytes: __bytes__, else PyBytes_FromObject. */
export function objectBytes(x: PyValue): Uint8Array {
  const m = lookupSpecial(x, '__bytes__');
  if (m !== undefined) {
    const r = callDescriptor(m, x, []);
    if (!(r instanceof PyBytesValue) || !r.cls.isSubtypeOf(bytesType)) throw typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
    return r.bytes;
  }
  return bytesFromObject(x, 'bytes');
}
