// Code objects as JSON and back, so that modules etpy writes in Python can be
// compiled when etpy is built instead of on every start (what .pyc files do
// for CPython). Every field round-trips exactly: byte strings as hex, ints as
// decimal strings, floats with their sign of zero, NaN and infinities.
import { CodeObject, ConstFrozenset, ConstTuple, type ConstValue } from './code.js';
import { PyBytes, PyComplex, PyEllipsis } from '../parser/constants.js';

export type SerialConst =
  | null | boolean | string
  | { i: string } | { f: number | 'inf' | '-inf' | 'nan' | '-0' } | { b: string } | { c: [SerialFloat, SerialFloat] }
  | { e: 1 } | { t: SerialConst[] } | { z: SerialConst[] } | { code: SerialCode };

type SerialFloat = number | 'inf' | '-inf' | 'nan' | '-0';

export interface SerialCode {
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  stacksize: number;
  flags: number;
  code: string;
  consts: SerialConst[];
  names: string[];
  localsplusnames: string[];
  localspluskinds: string;
  filename: string;
  name: string;
  qualname: string;
  firstlineno: number;
  linetable: string;
  exceptiontable: string;
}

const HEX = '0123456789abcdef';

function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += HEX[b >> 4]! + HEX[b & 15]!;
  return s;
}

function fromHex(s: string): Uint8Array {
  const out = new Uint8Array(s.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function floatOut(x: number): SerialFloat {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (Object.is(x, -0)) return '-0';
  return x;
}

function floatIn(x: SerialFloat): number {
  switch (x) {
    case 'nan': return NaN;
    case 'inf': return Infinity;
    case '-inf': return -Infinity;
    case '-0': return -0;
    default: return x;
  }
}

function constOut(c: ConstValue): SerialConst {
  if (c === null || typeof c === 'boolean' || typeof c === 'string') return c;
  if (typeof c === 'bigint') return { i: c.toString() };
  if (typeof c === 'number') return { f: floatOut(c) };
  if (c instanceof PyBytes) return { b: toHex(c.bytes) };
  if (c instanceof PyComplex) return { c: [floatOut(c.real), floatOut(c.imag)] };
  if (c === PyEllipsis) return { e: 1 };
  if (c instanceof ConstTuple) return { t: c.items.map(constOut) };
  if (c instanceof ConstFrozenset) return { z: c.items.map(constOut) };
  return { code: serializeCode(c as CodeObject) };
}

function constIn(c: SerialConst): ConstValue {
  if (c === null || typeof c === 'boolean' || typeof c === 'string') return c;
  if ('i' in c) return BigInt(c.i);
  if ('f' in c) return floatIn(c.f);
  if ('b' in c) return new PyBytes(fromHex(c.b));
  if ('c' in c) return new PyComplex(floatIn(c.c[0]), floatIn(c.c[1]));
  if ('e' in c) return PyEllipsis;
  if ('t' in c) return new ConstTuple(c.t.map(constIn));
  if ('z' in c) return new ConstFrozenset(c.z.map(constIn));
  return deserializeCode(c.code);
}

export function serializeCode(code: CodeObject): SerialCode {
  return {
    argcount: code.co_argcount,
    posonlyargcount: code.co_posonlyargcount,
    kwonlyargcount: code.co_kwonlyargcount,
    stacksize: code.co_stacksize,
    flags: code.co_flags,
    code: toHex(code.co_code),
    consts: code.co_consts.map(constOut),
    names: code.co_names.slice(),
    localsplusnames: code.co_localsplusnames.slice(),
    localspluskinds: toHex(code.co_localspluskinds),
    filename: code.co_filename,
    name: code.co_name,
    qualname: code.co_qualname,
    firstlineno: code.co_firstlineno,
    linetable: toHex(code.co_linetable),
    exceptiontable: toHex(code.co_exceptiontable),
  };
}

export function deserializeCode(s: SerialCode): CodeObject {
  return new CodeObject({
    co_argcount: s.argcount,
    co_posonlyargcount: s.posonlyargcount,
    co_kwonlyargcount: s.kwonlyargcount,
    co_stacksize: s.stacksize,
    co_flags: s.flags,
    co_code: fromHex(s.code),
    co_consts: s.consts.map(constIn),
    co_names: s.names,
    co_localsplusnames: s.localsplusnames,
    co_localspluskinds: fromHex(s.localspluskinds),
    co_filename: s.filename,
    co_name: s.name,
    co_qualname: s.qualname,
    co_firstlineno: s.firstlineno,
    co_linetable: fromHex(s.linetable),
    co_exceptiontable: fromHex(s.exceptiontable),
  });
}

/** FNV-1a over the UTF-16 units: tells a precompiled module from a changed source. */
export function sourceHash(source: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    h ^= source.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${h.toString(16)}:${source.length}`;
}
