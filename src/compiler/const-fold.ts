// The value side of CPython 3.12's AST optimizer (Python/ast_opt.c): what
// `-1`, `2 ** 10`, `"ab" * 3`, `(1, 2)[0]` evaluate to at compile time, with
// its size guards (safe_multiply, safe_power, safe_lshift, safe_mod). A
// result of `undefined` means CPython leaves the expression alone: the
// operation raised, was unsupported, or would build too large a constant.
import type * as ast from '../parser/ast-nodes.js';
import { PyBytes, PyComplex } from '../parser/constants.js';
import { ConstFrozenset, ConstTuple, CodeObject, type ConstValue } from '../bytecode/code.js';
import * as num from '../runtime/numeric.js';
import { bitLength } from '../runtime/libm.js';

const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256; // items
const MAX_STR_SIZE = 4096; // characters
const MAX_TOTAL_ITEMS = 1024; // including nested collections
const SSIZE_MAX = 2n ** 63n - 1n;

type Num = bigint | number | PyComplex;

/** int and bool as a bigint; null for anything else. */
function asInt(v: ConstValue): bigint | null {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return null;
}

/** A number in the tower (bool → int), or null. */
function asNumber(v: ConstValue): Num | null {
  if (typeof v === 'number' || v instanceof PyComplex) return v;
  return asInt(v);
}

function toFloat(v: bigint | number): number {
  return typeof v === 'number' ? v : num.intToFloat(v);
}

function toComplex(v: Num): PyComplex {
  return v instanceof PyComplex ? v : new PyComplex(toFloat(v), 0);
}

/** Python truthiness of a constant. */
export function isTrue(v: ConstValue): boolean {
  if (v === null) return false;
  switch (typeof v) {
    case 'boolean': return v;
    case 'bigint': return v !== 0n;
    case 'number': return v !== 0;
    case 'string': return v.length > 0;
  }
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof PyBytes) return v.bytes.length > 0;
  if (v instanceof ConstTuple || v instanceof ConstFrozenset) return v.items.length > 0;
  return true; // Ellipsis, code objects
}

export type UnaryOpName = ast.unaryop['_type'];
export type BinaryOpName = ast.operator['_type'];

export function foldUnary(op: UnaryOpName, v: ConstValue): ConstValue | undefined {
  if (op === 'Not') return !isTrue(v);
  const n = asNumber(v);
  if (n === null) return undefined;
  switch (op) {
    case 'USub':
      if (n instanceof PyComplex) return new PyComplex(-n.real, -n.imag);
      return typeof n === 'number' ? -n : -n;
    case 'UAdd':
      return n;
    case 'Invert':
      return typeof n === 'bigint' ? ~n : undefined;
  }
}

export function foldBinary(op: BinaryOpName, l: ConstValue, r: ConstValue): ConstValue | undefined {
  try {
    return binary(op, l, r);
  } catch (err) {
    if (err instanceof num.NumericError) return undefined;
    throw err;
  }
}

function binary(op: BinaryOpName, l: ConstValue, r: ConstValue): ConstValue | undefined {
  const a = asNumber(l), b = asNumber(r);
  if (a !== null && b !== null) return numeric(op, a, b, typeof l === 'boolean' && typeof r === 'boolean');
  switch (op) {
    case 'Add': return concat(l, r);
    case 'Mult': return asInt(r) !== null ? repeat(l, r) : asInt(l) !== null ? repeat(r, l) : undefined;
    default: return undefined; // str % x is left to run time (safe_mod), the rest are TypeErrors
  }
}

function numeric(op: BinaryOpName, a: Num, b: Num, bothBool: boolean): ConstValue | undefined {
  if (typeof a === 'bigint' && typeof b === 'bigint') return intOp(op, a, b, bothBool);
  if (a instanceof PyComplex || b instanceof PyComplex) {
    const x = toComplex(a), y = toComplex(b);
    switch (op) {
      case 'Add': return num.complexAdd(x, y);
      case 'Sub': return num.complexSub(x, y);
      case 'Mult': return num.complexMul(x, y);
      case 'Div': return num.complexDiv(x, y);
      case 'Pow': return num.complexPow(x, y);
      default: return undefined;
    }
  }
  const x = toFloat(a), y = toFloat(b);
  switch (op) {
    case 'Add': return x + y;
    case 'Sub': return x - y;
    case 'Mult': return x * y;
    case 'Div': return num.floatTrueDivide(x, y);
    case 'FloorDiv': return num.floatFloorDiv(x, y);
    case 'Mod': return num.floatMod(x, y);
    case 'Pow': return num.floatPow(x, y);
    default: return undefined;
  }
}

function intOp(op: BinaryOpName, a: bigint, b: bigint, bothBool: boolean): ConstValue | undefined {
  switch (op) {
    case 'Add': return a + b;
    case 'Sub': return a - b;
    case 'Mult':
      if (a !== 0n && b !== 0n && bitLength(a) + bitLength(b) > MAX_INT_SIZE) return undefined;
      return a * b;
    case 'Div': return num.intTrueDivide(a, b);
    case 'FloorDiv': return num.intFloorDiv(a, b);
    case 'Mod': return num.intMod(a, b);
    case 'Pow':
      if (a !== 0n && b > 0n) {
        if (b > SSIZE_MAX * 2n) return undefined;
        if (bitLength(a) > Math.floor(MAX_INT_SIZE / Number(b))) return undefined;
      }
      return num.intPow(a, b);
    case 'LShift':
      if (a !== 0n && b !== 0n) {
        if (b < 0n || b > MAX_INT_SIZE || bitLength(a) > MAX_INT_SIZE - Number(b)) return undefined;
      }
      return num.intLShift(a, b);
    case 'RShift': return num.intRShift(a, b);
    case 'BitAnd': return bothBool ? (a & b) !== 0n : a & b;
    case 'BitOr': return bothBool ? (a | b) !== 0n : a | b;
    case 'BitXor': return bothBool ? (a ^ b) !== 0n : a ^ b;
    case 'MatMult': return undefined;
  }
}

function concat(l: ConstValue, r: ConstValue): ConstValue | undefined {
  if (typeof l === 'string' && typeof r === 'string') return l + r;
  if (l instanceof PyBytes && r instanceof PyBytes) {
    const out = new Uint8Array(l.bytes.length + r.bytes.length);
    out.set(l.bytes);
    out.set(r.bytes, l.bytes.length);
    return new PyBytes(out);
  }
  if (l instanceof ConstTuple && r instanceof ConstTuple) return new ConstTuple([...l.items, ...r.items]);
  return undefined;
}

/** Number of code points: Python's len(str). */
function strLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
    n++;
  }
  return n;
}

/** How many items remain of `limit` after counting a constant's nested tuple and frozenset items. */
function checkComplexity(v: ConstValue, limit: number): number {
  if (v instanceof ConstTuple || v instanceof ConstFrozenset) {
    limit -= v.items.length;
    for (let i = 0; limit >= 0 && i < v.items.length; i++) limit = checkComplexity(v.items[i]!, limit);
  }
  return limit;
}

/** `seq * count` (count an int or bool) for str, bytes and tuples, under safe_multiply's limits. */
function repeat(seq: ConstValue, countValue: ConstValue): ConstValue | undefined {
  const count = asInt(countValue)!;
  let size: number;
  if (typeof seq === 'string') size = strLength(seq);
  else if (seq instanceof PyBytes) size = seq.bytes.length;
  else if (seq instanceof ConstTuple) size = seq.items.length;
  else return undefined;
  if (size !== 0) {
    if (count < 0n) return undefined;
    const limit = typeof seq === 'string' || seq instanceof PyBytes ? MAX_STR_SIZE : MAX_COLLECTION_SIZE;
    if (count > BigInt(Math.floor(limit / size))) return undefined;
    if (seq instanceof ConstTuple && count !== 0n && checkComplexity(seq, Math.floor(MAX_TOTAL_ITEMS / Number(count))) < 0) {
      return undefined;
    }
  } else if (count > SSIZE_MAX) {
    return undefined; // OverflowError: cannot fit 'int' into an index-sized integer
  }
  const n = count > 0n ? Number(count) : 0;
  if (typeof seq === 'string') return seq.repeat(n);
  if (seq instanceof PyBytes) {
    const out = new Uint8Array(seq.bytes.length * n);
    for (let i = 0; i < n; i++) out.set(seq.bytes, i * seq.bytes.length);
    return new PyBytes(out);
  }
  const items: ConstValue[] = [];
  for (let i = 0; i < n; i++) items.push(...(seq as ConstTuple).items);
  return new ConstTuple(items);
}

/** `value[index]` for a constant str, bytes or tuple and an int index. */
export function foldSubscript(value: ConstValue, indexValue: ConstValue): ConstValue | undefined {
  const index = asInt(indexValue);
  if (index === null) return undefined;
  let items: readonly ConstValue[];
  if (typeof value === 'string') items = Array.from(value);
  else if (value instanceof PyBytes) items = Array.from(value.bytes, (b) => BigInt(b));
  else if (value instanceof ConstTuple) items = value.items;
  else return undefined;
  const i = index < 0n ? index + BigInt(items.length) : index;
  if (i < 0n || i >= BigInt(items.length)) return undefined;
  return items[Number(i)];
}

/** Python `==` between two hashable constants, for building frozensets. */
export function constEquals(a: ConstValue, b: ConstValue): boolean {
  const x = asNumber(a), y = asNumber(b);
  if (x !== null || y !== null) {
    if (x === null || y === null) return false;
    const cx = x instanceof PyComplex ? x : null, cy = y instanceof PyComplex ? y : null;
    if (cx || cy) {
      const p = toComplexExact(x), q = toComplexExact(y);
      return numEquals(p[0], q[0]) && numEquals(p[1], q[1]);
    }
    return numEquals(x as bigint | number, y as bigint | number);
  }
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (a instanceof PyBytes && b instanceof PyBytes) {
    return a.bytes.length === b.bytes.length && a.bytes.every((v, i) => v === b.bytes[i]);
  }
  if (a instanceof ConstTuple && b instanceof ConstTuple) {
    return a.items.length === b.items.length && a.items.every((v, i) => constEquals(v, b.items[i]!));
  }
  if (a instanceof ConstFrozenset && b instanceof ConstFrozenset) {
    return a.items.length === b.items.length && a.items.every((v) => b.items.some((w) => constEquals(v, w)));
  }
  if (a instanceof CodeObject || b instanceof CodeObject) return a === b;
  return a === b || (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && 'kind' in a && 'kind' in b);
}

function toComplexExact(v: Num): [bigint | number, bigint | number] {
  return v instanceof PyComplex ? [v.real, v.imag] : [v, 0n];
}

/** int/float equality, exact as CPython compares them (no rounding of the int). */
function numEquals(a: bigint | number, b: bigint | number): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (typeof a === 'bigint' && typeof b === 'bigint') return a === b;
  const f = (typeof a === 'number' ? a : b) as number;
  const i = (typeof a === 'bigint' ? a : b) as bigint;
  return Number.isInteger(f) && BigInt(f) === i;
}

/** frozenset(items): duplicates dropped, the first of equal items kept. */
export function makeFrozenset(items: readonly ConstValue[]): ConstFrozenset {
  const kept: ConstValue[] = [];
  for (const v of items) if (!kept.some((k) => constEquals(k, v))) kept.push(v);
  return new ConstFrozenset(kept);
}
