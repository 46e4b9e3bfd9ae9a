// `--format pytutor`: Python Tutor's execution-trace JSON, the document its
// front ends draw (pg_logger's output: {"code": source, "trace": [entry, …]}).
// It needs the live objects (aliasing, object identity), so it is its own
// TraceHooks consumer rather than a writer over the event records.
//
// Entries, one per settrace event of `<source>` code, fields in pg_logger's order:
//   line, event ("call", "step_line", "return", "exception"), func_name
//   (co_name), globals (name → encoded value; the module's globals minus
//   `__` names and modules, as trace.md's locals), ordered_globals (names in
//   order of first appearance), stack_to_render (the active function frames
//   sorted by frame_id: func_name, is_parent, frame_id, parent_frame_id_list,
//   encoded_locals, ordered_varnames, is_zombie, is_highlighted (the
//   innermost), unique_hash `func_f<id>`; a returning frame's locals get
//   `__return__`), heap (id → encoding of every object reachable from this
//   entry's values, in the order encoded), stdout (the output so far), and
//   exception_msg (`Type: str(exc)`) on exceptions. As pg_logger: the
//   module's `call` event is not an entry, class bodies (and what they call)
//   are not traced, `__repr__`/`__new__` frames give no entries, a frame id
//   is given at each `call` event (a resumed generator gets a new one), and
//   a final `return` of `<module>` right after an `exception` is dropped.
//
// Values (pg_encoder): int, str, bool, None as JSON; a float as
// ["SPECIAL_FLOAT", "Infinity" | "-Infinity" | "NaN" | "%.1f" of an integral
// value] or rounded to 4 digits; anything else ["REF", id] with the heap
// entry ["LIST", …], ["TUPLE", …], ["SET", …], ["DICT", [k, v], …],
// ["FUNCTION", "f(a, *b, c, **d)", null, [[name, default], …]?] (lambdas
// "<lambda>(x) <line N>"), ["FUNCTION", "len(...)", null] for builtins,
// ["CLASS", name, [base names but object], [attr, v]…] (attributes of the
// class dict, sorted, for classes of the program), ["INSTANCE", name,
// [attr, v]…] for an instance of a program's class without __str__ or
// __repr__, else ["INSTANCE_PPRINT", name, str(obj), [attr, v]…]. Ids are
// small integers given by first appearance over the whole trace (the
// innermost frame's locals first, then outer frames, then globals), so
// aliasing shows as equal ids.
//
// Simplifications against pg_logger (etpy and src/testing/pytutor_oracle.py
// agree on them): parent_frame_id_list is always [] and no zombie frames are
// kept (no closure parents), no IMPORTED_FAUX_PRIMITIVE, builtin classes
// carry no attributes. --max-repr does not apply (there are no reprs).
import { CO_FAST_LOCAL, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS } from '../../bytecode/code.js';
import type { Frame } from '../../vm/frame.js';
import {
  PyBuiltin, PyDict, PyException, PyFloat, PyFunction, PyList, PyMethod, PyModule, PyObject, PySet, PyTuple,
  PyType, type PyValue,
} from '../../vm/object.js';
import { StopExecution } from '../../vm/errors.js';
import { str } from '../../vm/protocols.js';
import { interpState } from '../../vm/state.js';
import {
  builtinFunctionType, dictType, listType, None, objectType, setType, tupleType, typeOf,
} from '../../vm/types.js';
import { floatRepr } from '../../runtime/float-repr.js';
import { roundFloat } from '../../runtime/round.js';
import type { TraceHooks } from '../hooks.js';
import { FrameLocals, runQuietly } from '../frame-state.js';
import { nameRecord } from '../../batch/schema.js';

const HIDDEN_ATTRS = new Set(['__doc__', '__module__', '__return__', '__dict__', '__locals__', '__weakref__', '__qualname__']);
const HIDDEN_KEYS = new Set(['__module__', '__return__', '__locals__']);

/** A JSON value whose text is given (a Python float's repr). */
class RawJson {
  constructor(readonly text: string) {}
}
type Enc = null | boolean | string | RawJson | Enc[] | EncObject;
interface EncObject { readonly [key: string]: Enc | Map<number, Enc[]> }

/** JSON text; a heap is a Map so that its keys keep their insertion order. */
function toJson(v: Enc | Map<number, Enc[]>): string {
  if (v === null) return 'null';
  if (v instanceof RawJson) return v.text;
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return `[${v.map(toJson).join(', ')}]`;
  if (v instanceof Map) return `{${[...v].map(([k, x]) => `"${k}": ${toJson(x)}`).join(', ')}}`;
  return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${toJson(x)}`).join(', ')}}`;
}

function encodeFloat(x: number): Enc {
  if (x === Infinity) return ['SPECIAL_FLOAT', 'Infinity'];
  if (x === -Infinity) return ['SPECIAL_FLOAT', '-Infinity'];
  if (Number.isNaN(x)) return ['SPECIAL_FLOAT', 'NaN'];
  if (Number.isInteger(x)) return ['SPECIAL_FLOAT', `${x < 0 || Object.is(x, -0) ? '-' : ''}${BigInt(Math.abs(x)).toString()}.0`];
  return new RawJson(floatRepr(roundFloat(x, 4)));
}

class Encoder {
  /** Small ids by object (weak: the trace is streamed, memory must not grow with it). */
  private readonly ids = new WeakMap<PyObject, number>();
  private count = 0;
  readonly lambdas = new Set<unknown>();
  heap = new Map<number, Enc[]>();
  /** The file name of the program's code objects (its functions are not "imported"). */
  programFile = '<source>';

  constructor(private readonly quiet: <T>(fn: () => T) => T) {}

  encode(v: PyValue): Enc {
    if (typeof v === 'number' || typeof v === 'bigint') return new RawJson(v.toString());
    if (typeof v === 'string') return v;
    if (typeof v === 'boolean') return v;
    if (v === None) return null;
    if (v instanceof PyFunction || (v instanceof PyMethod && v.func instanceof PyFunction)) {
      const f = v instanceof PyFunction ? v : (v as PyMethod).func as PyFunction;
      if (f.code.co_filename !== this.programFile) return ['IMPORTED_FAUX_PRIMITIVE', 'imported object'];
    } else if (v instanceof PyType && !isProgramClass(v) && classModule(v) !== 'builtins') {
      return ['IMPORTED_FAUX_PRIMITIVE', 'imported class'];
    }
    if (v instanceof PyFloat && v.cls === typeOf(v) && v.cls.name === 'float' && v.cls.builtin) return encodeFloat(v.value);
    let small = this.ids.get(v);
    if (small === undefined) {
      small = ++this.count;
      this.ids.set(v, small);
    }
    const ref: Enc = ['REF', new RawJson(String(small))];
    if (this.heap.has(small)) return ref;
    const out: Enc[] = [];
    this.heap.set(small, out);
    const t = typeOf(v);
    if (v instanceof PyList && t === listType) out.push('LIST', ...v.items.map((e) => this.encode(e)));
    else if (v instanceof PyTuple && t === tupleType) out.push('TUPLE', ...v.items.map((e) => this.encode(e)));
    else if (v instanceof PySet && t === setType) {
      out.push('SET');
      for (const e of [...v.table]) out.push(this.encode(e));
    } else if (v instanceof PyDict && t === dictType) {
      out.push('DICT');
      for (const [k, x] of [...v.entries()]) {
        if (typeof k === 'string' && HIDDEN_KEYS.has(k)) continue;
        out.push([this.encode(k), this.encode(x)]);
      }
    } else if (v instanceof PyFunction) this.encodeFunction(v, v.name, out);
    else if (v instanceof PyMethod && v.func instanceof PyFunction) this.encodeFunction(v.func, v.func.name, out);
    else if (t === builtinFunctionType) out.push('FUNCTION', `${this.name(v)}(...)`, null);
    else if (v instanceof PyType) {
      out.push('CLASS', v.name, v.bases.filter((b) => b !== objectType).map((b) => b.name));
      if (isProgramClass(v)) this.encodeAttrs(v.dict, out);
    } else {
      const plain = isProgramClass(t) && t.lookup('__str__') === objectType.dict.getStr('__str__')
        && t.lookup('__repr__') === objectType.dict.getStr('__repr__');
      const text = plain ? null : this.quiet(() => {
        try {
          return str(v);
        } catch (e) {
          if (e instanceof StopExecution) throw e;
          return null;
        }
      });
      if (text === null) out.push('INSTANCE', t.name);
      else out.push('INSTANCE_PPRINT', t.name, text);
      if (isProgramClass(t) && v.dict !== null) this.encodeAttrs(v.dict, out);
    }
    return ref;
  }

  private name(v: PyValue): string {
    return v instanceof PyBuiltin ? v.name : '';
  }

  private encodeAttrs(dict: PyDict, out: Enc[]): void {
    const keys = [...dict.entries()].map(([k]) => k).filter((k): k is string => typeof k === 'string' && !HIDDEN_ATTRS.has(k));
    keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const k of keys) out.push([this.encode(k), this.encode(dict.getStr(k)!)]);
  }

  private encodeFunction(f: PyFunction, name: string, out: Enc[]): void {
    const code = f.code;
    const n = code.co_argcount;
    const k = code.co_kwonlyargcount;
    const varnames = code.co_localsplusnames.filter((_, i) => (code.co_localspluskinds[i]! & CO_FAST_LOCAL) !== 0);
    const positional = varnames.slice(0, n);
    const args = [...positional];
    let i = n + k;
    if (code.co_flags & CO_VARARGS) args.push(`*${varnames[i++]}`);
    const kwonly = varnames.slice(n, n + k);
    args.push(...kwonly);
    if (code.co_flags & CO_VARKEYWORDS) args.push(`**${varnames[i]}`);
    const defaults: Enc[] = [];
    const pos = f.defaults ?? [];
    pos.forEach((d, j) => defaults.push([positional[n - pos.length + j]!, this.encode(d)]));
    if (f.kwdefaults !== null) {
      for (const kw of kwonly) {
        const d = f.kwdefaults.getStr(kw);
        if (d !== undefined) defaults.push([kw, this.encode(d)]);
      }
    }
    let pretty = `${name}(${args.join(', ')})`;
    if (name === '<lambda>') {
      this.lambdas.add(code);
      pretty += ` <line ${code.co_firstlineno}>`;
    }
    out.push('FUNCTION', pretty, null);
    if (defaults.length > 0) out.push(defaults);
  }
}

function classModule(t: PyType): string {
  const m = t.dict.getStr('__module__');
  return typeof m === 'string' ? m : t.module;
}

/** A class of the program (`__module__` is `__main__`). */
function isProgramClass(t: PyType): boolean {
  return classModule(t) === '__main__';
}

const EVENT_NAMES = { call: 'call', line: 'step_line', return: 'return', exception: 'exception' } as const;

export class PyTutorRecorder implements TraceHooks {
  readonly opcodes = false;
  private readonly encoder = new Encoder((fn) => this.quiet(fn));
  /** Active recorded frames, outermost first. */
  private readonly stack: Frame[] = [];
  private readonly frameIds = new WeakMap<Frame, number>();
  private nextId = 1;
  private readonly allGlobals: string[] = [];
  private readonly globalsSeen = new Set<string>();
  private waitFor: Frame | null = null;
  private moduleFrame: Frame | null = null;
  /** A function frame's f_locals order (names keep their first position; unbound names leave). */
  private readonly frameLocals = new FrameLocals();
  /** The last entry is held back: pg_logger drops a final `<module>` return after an exception. */
  private held: { event: string; func: string; text: string } | null = null;
  private beforeHeld: string | null = null;
  private written = 0;
  private stdoutParts = 0;
  private stdoutText = '';

  constructor(private readonly source: string, private readonly write: (text: string) => void, maxRepr?: number) {
    void maxRepr;
    this.write(`{"code": ${JSON.stringify(source)}, "trace": [`);
  }

  call(frame: Frame): void {
    this.record(frame, 'call', null, lineAt(frame));
  }

  line(frame: Frame, line: number): void {
    this.record(frame, 'line', null, line);
  }

  ret(frame: Frame, value: PyValue | null): void {
    this.record(frame, 'return', value ?? None, lineAt(frame));
  }

  exception(frame: Frame, exc: PyException): void {
    this.record(frame, 'exception', exc, lineAt(frame));
  }

  opcode(): void {
    // Python Tutor steps by line.
  }

  finish(): void {
    if (this.held !== null && !(this.held.event === 'return' && this.held.func === '<module>' && this.beforeHeld === 'exception')) {
      this.emit(this.held.text);
    }
    this.held = null;
    this.write(']}');
  }

  private emit(text: string): void {
    this.write((this.written++ === 0 ? '' : ', ') + text);
  }

  private record(frame: Frame, event: 'call' | 'line' | 'return' | 'exception', arg: PyValue | null, line: number | null): void {
    if (!frame.info.traced) return;
    const code = frame.code;
    if (this.moduleFrame === null && code.co_name === '<module>') this.encoder.programFile = code.co_filename;
    if (this.waitFor !== null) {
      if (event === 'return' && frame === this.waitFor) this.waitFor = null;
      return;
    }
    const isModule = code.co_name === '<module>';
    if (event === 'call' && !isModule && (code.co_flags & CO_OPTIMIZED) === 0) {
      this.waitFor = frame;
      return;
    }
    if (isModule) {
      this.moduleFrame = frame;
      if (event === 'call') return;
    }
    if (event === 'call') {
      this.frameIds.set(frame, this.nextId++);
      this.stack.push(frame);
    }
    if (code.co_name !== '__repr__' && code.co_name !== '__new__') this.entry(frame, event, arg, line);
    if (event === 'return' && this.stack[this.stack.length - 1] === frame) this.stack.pop();
  }

  private entry(frame: Frame, event: 'call' | 'line' | 'return' | 'exception', arg: PyValue | null, line: number | null): void {
    const enc = this.encoder;
    enc.heap = new Map();
    const frames = this.stack.filter((f) => f.code.co_name !== '<module>');
    const entries: Record<string, Enc>[] = [];
    for (let i = frames.length - 1; i >= 0; i--) {
      const f = frames[i]!;
      entries.push(this.frameEntry(f, event === 'return' && f === frame ? arg ?? None : undefined));
    }
    if (entries.length > 0) entries[0]!.is_highlighted = true;
    entries.sort((a, b) => Number((a.frame_id as RawJson).text) - Number((b.frame_id as RawJson).text));
    const globals = nameRecord<Enc>();
    const gdict = (this.moduleFrame ?? frame).globals;
    for (const [k, v] of [...gdict.entries()]) {
      const name = typeof k === 'string' ? k : '';
      if (name === '' || name.startsWith('__') || v instanceof PyModule) continue;
      globals[name] = enc.encode(v);
      if (!this.globalsSeen.has(name)) {
        this.globalsSeen.add(name);
        this.allGlobals.push(name);
      }
    }
    const e: Record<string, Enc | Map<number, Enc[]>> = {
      line: line === null ? null : new RawJson(String(line)),
      event: EVENT_NAMES[event],
      func_name: frame.code.co_name,
      globals,
      ordered_globals: this.allGlobals.filter((k) => k in globals),
      stack_to_render: entries,
      heap: enc.heap,
      stdout: this.stdoutSoFar(),
    };
    if (event === 'exception' && arg instanceof PyException) {
      e.exception_msg = `${arg.cls.name}: ${this.quiet(() => {
        try {
          return str(arg);
        } catch (err) {
          if (err instanceof StopExecution) throw err;
          return '';
        }
      })}`;
    }
    const text = toJson(e as EncObject);
    if (this.held !== null) {
      this.emit(this.held.text);
      this.beforeHeld = this.held.event;
    }
    this.held = { event: EVENT_NAMES[event], func: frame.code.co_name, text };
  }

  private frameEntry(f: Frame, returning: PyValue | undefined): Record<string, Enc> {
    const enc = this.encoder;
    const code = f.code;
    const locals = nameRecord<Enc>();
    const names: string[] = [];
    for (const [k, v] of this.localsOf(f)) locals[k] = enc.encode(v);
    if (returning !== undefined) locals.__return__ = enc.encode(returning);
    code.co_localsplusnames.forEach((n, i) => {
      if ((code.co_localspluskinds[i]! & CO_FAST_LOCAL) !== 0 && n in locals && n !== '__return__') names.push(n);
    });
    const rest = Object.keys(locals).filter((n) => n !== '__return__' && !names.includes(n)).sort();
    names.push(...rest);
    if ('__return__' in locals) names.push('__return__');
    let name = code.co_name;
    if (name === '<lambda>' && enc.lambdas.has(code)) name += ` <line ${code.co_firstlineno}>`;
    const id = this.frameIds.get(f) ?? 0;
    return {
      func_name: name, is_parent: false, frame_id: new RawJson(String(id)), parent_frame_id_list: [],
      encoded_locals: locals, ordered_varnames: names, is_zombie: false, is_highlighted: false,
      unique_hash: `${name}_f${id}`,
    };
  }

  /** frame.f_locals of a function frame, in CPython's order (as the tracer reads it). */
  private localsOf(frame: Frame): Map<string, PyValue> {
    if (frame.locals !== null) {
      const out = new Map<string, PyValue>();
      for (const [k, v] of [...frame.locals.entries()]) if (typeof k === 'string') out.set(k, v);
      return out;
    }
    return new Map(this.frameLocals.of(frame));
  }

  private stdoutSoFar(): string {
    const parts = interpState.stdout;
    if (parts.length < this.stdoutParts) {
      this.stdoutParts = 0;
      this.stdoutText = '';
    }
    for (; this.stdoutParts < parts.length; this.stdoutParts++) this.stdoutText += parts[this.stdoutParts]!;
    return this.stdoutText;
  }

  private quiet<T>(fn: () => T): T {
    return runQuietly(fn);
  }
}

function lineAt(frame: Frame): number | null {
  const unit = frame.lasti < 0 ? 0 : frame.lasti;
  const line = frame.info.lines[unit] ?? -1;
  return line < 0 ? null : line;
}
