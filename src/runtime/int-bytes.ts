// int.to_bytes and int.from_bytes as CPython 3.12 (int_to_bytes_impl,
// _PyLong_AsByteArray, _PyLong_FromByteArray): two's complement when signed,
// with CPython's checks in CPython's order.
import { PythonError } from './python-error.js';

export type ByteOrder = 'little' | 'big';

function checkByteOrder(byteorder: string): ByteOrder {
  if (byteorder === 'little' || byteorder === 'big') return byteorder;
  throw new PythonError('ValueError', "byteorder must be either 'little' or 'big'");
}

/** int.to_bytes(length=1, byteorder='big', *, signed=False). */
export function intToBytes(n: bigint, length: bigint = 1n, byteorder: string = 'big', signed = false): Uint8Array {
  const order = checkByteOrder(byteorder);
  if (length < 0n) throw new PythonError('ValueError', 'length argument must be non-negative');
  if (n < 0n && !signed) throw new PythonError('OverflowError', "can't convert negative int to unsigned");
  // Fits when -2**(8L-1) <= n < 2**(8L-1) (signed) or n < 2**(8L) (unsigned).
  // Compare bit lengths first so a huge length never builds a huge power of two.
  const magnitude = n < 0n ? -n - 1n : n;
  const bitsNeeded = BigInt(magnitude === 0n ? 0 : magnitude.toString(2).length) + (signed ? 1n : 0n);
  // CPython quirk: _PyLong_AsByteArray accepts -1 into zero signed bytes
  // (its sign check only runs when at least one byte was written).
  const fits = n === 0n || (n === -1n && signed) || bitsNeeded <= 8n * length;
  if (!fits) throw new PythonError('OverflowError', 'int too big to convert');
  const len = Number(length);
  const out = new Uint8Array(len);
  // Two's complement: the low 8L bits of n, which BigInt.asUintN gives for negatives too.
  let v = BigInt.asUintN(8 * len, n);
  for (let i = 0; i < len; i++) {
    out[order === 'little' ? i : len - 1 - i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False). */
export function intFromBytes(bytes: Uint8Array, byteorder: string = 'big', signed = false): bigint {
  const order = checkByteOrder(byteorder);
  let v = 0n;
  const n = bytes.length;
  // Hex text then one BigInt: linear, where repeated shifting would be quadratic.
  let hex = '';
  for (let i = 0; i < n; i++) {
    const b = bytes[order === 'big' ? i : n - 1 - i]!;
    hex += b.toString(16).padStart(2, '0');
  }
  if (n > 0) v = BigInt('0x' + hex);
  return signed && n > 0 ? BigInt.asIntN(8 * n, v) : v;
}
