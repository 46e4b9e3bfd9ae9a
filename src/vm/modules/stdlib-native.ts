// _etpy_stdlib: small native helpers for the stdlib modules written in Python
// (array, datetime, time): IEEE float packing, float32 rounding, and giving a
// Python class the tp_name CPython's C type has ('array.array').
import { PyBytesValue, PyFloat, PyList, PyType, type PyValue } from '../object.js';
import { listType } from '../types.js';
import { normInt } from '../int-ops.js';
import { bytesType, floatType, None } from '../types.js';
import { pyErr, typeError } from '../errors.js';
import { makeNativeModule, floatArg } from './native.js';
import { PyException } from '../object.js';
import { formatException } from '../traceback.js';
import { interpState } from '../state.js';

/**
 * The traceback text of an exception as traceback.format_exception gives it,
 * without the frames of etpy's own module files named in `hide` (unittest's,
 * whose frames CPython's runner drops).
 */
function formatWithout(exc: PyException, hide: string): string {
  const saved = new Map<PyException, PyException['traceback']>();
  const strip = (e: PyException | null): void => {
    if (e === null || saved.has(e)) return;
    saved.set(e, e.traceback);
    e.traceback = e.traceback.filter((t) => t.filename !== hide);
    strip(e.cause);
    strip(e.context);
  };
  strip(exc);
  try {
    return formatException(exc, interpState.sourceLine ?? (() => undefined));
  } finally {
    for (const [e, tb] of saved) e.traceback = tb;
  }
}

const ITEM_SIZES: Record<string, number> = { b: 1, B: 1, u: 4, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, f: 4, d: 8 };

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
    /** The little-endian image of a list of already-checked array items (typecode args[1]). */
    pack_items: (args) => {
      const items = (args[0] as PyList).items;
      const tc = args[1] as string;
      const size = ITEM_SIZES[tc]!;
      const view = new DataView(new ArrayBuffer(items.length * size));
      items.forEach((v, k) => {
        const at = k * size;
        if (tc === 'f') view.setFloat32(at, (v as PyFloat).value, true);
        else if (tc === 'd') view.setFloat64(at, (v as PyFloat).value, true);
        else if (tc === 'u') view.setUint32(at, (v as string).codePointAt(0)!, true);
        else if (size === 8) view.setBigUint64(at, BigInt.asUintN(64, BigInt(v as number | bigint)), true);
        else if (size === 4) view.setUint32(at, Number(v) >>> 0, true);
        else if (size === 2) view.setUint16(at, Number(v) & 0xffff, true);
        else view.setUint8(at, Number(v) & 0xff);
      });
      return new PyBytesValue(bytesType, new Uint8Array(view.buffer));
    },
    /** The items of a little-endian image (its length a multiple of the item size). */
    unpack_items: (args) => {
      const b = bytesArg(args[0]!);
      const tc = args[1] as string;
      const size = ITEM_SIZES[tc]!;
      const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
      const out: PyValue[] = [];
      const signed = 'bhilq'.includes(tc);
      for (let at = 0; at + size <= b.byteLength; at += size) {
        if (tc === 'f') out.push(new PyFloat(view.getFloat32(at, true), floatType));
        else if (tc === 'd') out.push(new PyFloat(view.getFloat64(at, true), floatType));
        else if (tc === 'u') {
          const cp = view.getUint32(at, true);
          if (cp > 0x10ffff) throw pyErr('ValueError', `character U+${cp.toString(16)} is not in range [U+0000; U+10ffff]`);
          out.push(String.fromCodePoint(cp));
        }
        else if (size === 8) out.push(normInt(signed ? view.getBigInt64(at, true) : view.getBigUint64(at, true)));
        else if (size === 4) out.push(signed ? view.getInt32(at, true) : view.getUint32(at, true));
        else if (size === 2) out.push(signed ? view.getInt16(at, true) : view.getUint16(at, true));
        else out.push(signed ? view.getInt8(at) : view.getUint8(at));
      }
      return new PyList(listType, out);
    },
    format_exception: (args) => {
      const e = args[0];
      if (!(e instanceof PyException)) throw typeError('format_exception(exc, str)');
      return formatWithout(e, typeof args[1] === 'string' ? args[1] : '');
    },
    main_module: () => interpState.modules.get('__main__') ?? None,
    set_tp_name: (args) => {
      const t = args[0];
      if (!(t instanceof PyType) || typeof args[1] !== 'string') throw typeError('set_tp_name(type, str)');
      t.tpNameOverride = args[1];
      return None;
    },
  });
}
