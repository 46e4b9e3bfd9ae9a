// Asks CPython 3.12 what compile() makes of many sources in one process, and
// turns its answer into etpy CodeObjects: the expected values of the
// bytecode, dis and (later) compiler tests. The JSON shape is code-dump.py's.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodeObject, ConstFrozenset, ConstTuple, type ConstValue } from '../bytecode/code.js';
import { PyBytes, PyComplex, PyEllipsis } from '../parser/constants.js';
import { runPythonJson } from './python-json.js';

/** A constant as code-dump.py types it. */
export type ConstDump =
  | { t: 'none' }
  | { t: 'ellipsis' }
  | { t: 'bool'; v: boolean }
  | { t: 'int'; v: string }
  | { t: 'float'; v: string }
  | { t: 'complex'; real: string; imag: string }
  | { t: 'str'; v: string }
  | { t: 'bytes'; hex: string }
  | { t: 'tuple'; items: ConstDump[] }
  /**
   * `items` in CPython's iteration order; `written` the display as written
   * in the source (or another insertion order) that CPython's `builds`
   * builds of a frozenset constant turn into that order (`exact` false when
   * none was found). See frozensetConstOrder in bytecode/dis.ts.
   */
  | { t: 'frozenset'; items: ConstDump[]; written: ConstDump[]; exact: boolean; builds: 2 | 3 }
  | { t: 'code'; code: CodeDump };

/** One code object with its co_* fields and what CPython derives from its tables. */
export interface CodeDump {
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  stacksize: number;
  flags: number;
  /** Hex of co_code. */
  code: string;
  consts: ConstDump[];
  names: string[];
  localsplusnames: string[];
  localspluskinds: number[];
  filename: string;
  name: string;
  qualname: string;
  firstlineno: number;
  /** Hex of co_linetable. */
  linetable: string;
  /** Hex of co_exceptiontable. */
  exceptiontable: string;
  /** list(co_positions()). */
  positions: [number | null, number | null, number | null, number | null][];
  /** list(co_lines()). */
  lines: [number, number, number | null][];
  /** list(dis.findlinestarts(co)). */
  linestarts: [number, number][];
  /** dis._parse_exception_table: [start, end, target, depth, lasti], offsets in bytes. */
  exceptions: [number, number, number, number, boolean][];
}

export type CodeDumpResult =
  /**
   * `interned`: the name-like str constants already interned, as other
   * objects, when compile() started (identifiers, startup strings); they
   * make _PyCode_New rebuild frozensets holding them.
   */
  | { code: CodeDump; dis: string; interned: string[] }
  | { error: { type: string; msg: string; lineno: number | null; offset: number | null } };

export interface CodeDumpJob {
  readonly source: string;
  /** co_filename; `<string>` when omitted. */
  readonly filename?: string;
}

function scriptPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'code-dump.py'), join(here, '..', '..', '..', 'src', 'testing', 'code-dump.py')];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`code-dump.py not found; looked at ${candidates.join(', ')}`);
  return found;
}

/** compile(source, filename, 'exec') in CPython 3.12 for every job, one process for all. */
export function dumpCodeWithCPython(jobs: readonly CodeDumpJob[]): CodeDumpResult[] {
  return runPythonJson<CodeDumpResult[]>([scriptPath()], jobs);
}

export function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** A dumped constant as etpy's value; frozensets keep their written order, as the compiler does. */
export function constFromDump(c: ConstDump): ConstValue {
  switch (c.t) {
    case 'none': return null;
    case 'ellipsis': return PyEllipsis;
    case 'bool': return c.v;
    case 'int': return BigInt(c.v);
    case 'float': return Number(c.v);
    case 'complex': return new PyComplex(Number(c.real), Number(c.imag));
    case 'str': return c.v;
    case 'bytes': return new PyBytes(hexToBytes(c.hex));
    case 'tuple': return new ConstTuple(c.items.map(constFromDump));
    case 'frozenset': return new ConstFrozenset(c.written.map(constFromDump));
    case 'code': return codeFromDump(c.code);
  }
}

/** The CodeObject CPython made, nested code objects included. */
export function codeFromDump(d: CodeDump): CodeObject {
  return new CodeObject({
    co_argcount: d.argcount,
    co_posonlyargcount: d.posonlyargcount,
    co_kwonlyargcount: d.kwonlyargcount,
    co_stacksize: d.stacksize,
    co_flags: d.flags,
    co_code: hexToBytes(d.code),
    co_consts: d.consts.map(constFromDump),
    co_names: d.names,
    co_localsplusnames: d.localsplusnames,
    co_localspluskinds: Uint8Array.from(d.localspluskinds),
    co_filename: d.filename,
    co_name: d.name,
    co_qualname: d.qualname,
    co_firstlineno: d.firstlineno,
    co_linetable: hexToBytes(d.linetable),
    co_exceptiontable: hexToBytes(d.exceptiontable),
  });
}

/** Every code object in the dump, depth first in co_consts order (the order dis prints them). */
export function allCodeDumps(d: CodeDump): CodeDump[] {
  const out: CodeDump[] = [d];
  for (const c of d.consts) if (c.t === 'code') out.push(...allCodeDumps(c.code));
  return out;
}
