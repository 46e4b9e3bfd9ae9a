// _etpy_stdlib: small native helpers for the stdlib modules written in Python
// (array, datetime, time): IEEE float packing, float32 rounding, and giving a
// Python class the tp_name CPython's C type has ('array.array').
import { PyBytesValue, PyFloat, PyType, type PyValue } from '../object.js';
import { bytesType, floatType, None } from '../types.js';
import { typeError } from '../errors.js';
import { makeNativeModule, floatArg } from './native.js';

function bytesArg(v: PyValue): Uint8Array {
  if (v instanceof PyBytesValue) return v.bytes;
  throw typeError('bytes expected');
}

export function makeStdlibNative() {
  return makeNativeModule('_etpy_stdlib', {
    fround: (args) => new PyFloat(Math.fround(floatArg(args[0]!)), floatType),
    pack_float: (args) => {
      const size = args[1] as number;
      const buf = new ArrayBuffer(size);
      const view = new DataView(buf);
      if (size === 4) view.setFloat32(0, floatArg(args[0]!), true);
      else view.setFloat64(0, floatArg(args[0]!), true);
      return new PyBytesValue(bytesType, new Uint8Array(buf));
    },
    unpack_float: (args) => {
      const b = bytesArg(args[0]!);
      const size = args[1] as number;
      const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
      return new PyFloat(size === 4 ? view.getFloat32(0, true) : view.getFloat64(0, true), floatType);
    },
    set_tp_name: (args) => {
      const t = args[0];
      if (!(t instanceof PyType) || typeof args[1] !== 'string') throw typeError('set_tp_name(type, str)');
      t.tpNameOverride = args[1];
      return None;
    },
  });
}
