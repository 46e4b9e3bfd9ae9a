// Floats as their IEEE-754 bit patterns: how the runtime tests hand doubles
// to CPython (float.fromhex would lose NaN payloads) and build edge values.
const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

export function fromBits(bits: bigint): number {
  u64[0] = bits;
  return f64[0]!;
}

export function toBitsHex(x: number): string {
  f64[0] = x;
  return u64[0]!.toString(16).padStart(16, '0');
}

export function bitsOf(x: number): bigint {
  f64[0] = x;
  return u64[0]!;
}
