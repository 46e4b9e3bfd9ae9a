// Repr caching for full-state tracing. A trace with `--state full` writes
// every local's repr at every event, so a loop that grows a list would cost
// O(steps × size) in repr work alone. This cache keeps, for each builtin
// container whose repr runs no Python code, the reprs of its items and the
// joined text; an event re-checks the items by identity (a pointer compare
// each, no repr), reuses the text when nothing changed and, when items were
// only added at the end (append, a new dict key, a new set element placed
// last), reprs just the new ones.
//
// Only "pure" values are cached: exact int (within the int-to-str digit
// limit), bool, None, str, float, functions, and exact
// list/tuple/dict/set/frozenset of pure values. Their repr is a function of
// their contents and calls no Python code, so skipping the call is invisible
// to the program. Anything else (instances, a user __repr__, subclasses, an
// int past the limit, cycles, nesting deeper than MAX_DEPTH) answers
// undefined, and the caller runs the real repr, which handles recursion,
// errors and side effects as CPython does. A change of the limit
// (sys.set_int_max_str_digits) empties the cache.
import { DELETED, PyDict, PyFloat, type PyFunction, PyList, PySet, PyTuple, type PyObject, type PyValue } from '../vm/object.js';
import { dictType, floatType, frozensetType, functionType, listType, None, setType, tupleType } from '../vm/types.js';
import { hexAddress } from '../vm/protocols.js';
import { floatRepr } from '../runtime/float-repr.js';
import { strRepr } from '../runtime/str-repr.js';
import { intToStrWithin } from '../runtime/number-text.js';
import { interpState } from '../vm/state.js';

/** Strings at least this long have their reprs cached. */
const LONG_STR = 256;

/** Container reprs up to this long get no cached JSON bytes (jsonl.ts writes short ASCII text as fast). */
const SHORT_TEXT = 128;

/** Deeper structures take the real repr (it raises RecursionError where CPython would). */
const MAX_DEPTH = 64;

type Kind = 'list' | 'tuple' | 'dict' | 'set' | 'frozenset';

interface Entry {
  /** The values the text was made from, in repr order (a dict's keys and values interleaved). */
  slots: PyValue[];
  /** Each slot's repr. */
  parts: string[];
  /** The parts joined as the container writes them (without the brackets). */
  body: string;
  text: string;
  /** `text` as a JSON string in UTF-8, made when first asked for (jsonOf). */
  json?: Uint8Array;
  /** The buffer `json` starts, with room for the text to grow in place (made by jsonOf for a grown text). */
  room?: Uint8Array;
  /** Set when the text grew at the end: the previous text's JSON (and its room) and what was added before the closing bracket. */
  grownFrom?: { json: Uint8Array; room: Uint8Array | undefined; added: string; close: string };
  /** Slots that are objects other than None and floats (containers, whose insides may change). */
  nested: number;
  /** A dict's `rewrites` and entry count when the text was made (otherwise -1). */
  rewrites: number;
  length: number;
}

export class ReprCache {
  private entries = new WeakMap<PyObject, Entry>();
  /** The int-to-str digit limit the entries were made under. */
  private maxStrDigits = -1;
  /**
   * Containers being checked, outermost first: a cycle is left to the real
   * repr ('[...]'). An array, not a Set: it is searched at most MAX_DEPTH
   * long, and a Set emptied after each container re-allocated its table
   * (~5% of a traced task's garbage).
   */
  private readonly active: PyObject[] = [];
  private readonly utf8 = new TextEncoder();
  /** Reprs of long strings (and their JSON once asked for): a string shown at several events is escaped once. */
  private readonly strings = new Map<string, { text: string; json?: Uint8Array }>();
  /** Function reprs (`__qualname__` may be reassigned). */
  private readonly functions = new WeakMap<PyFunction, { qualname: string; text: string }>();

  /** The repr of `v` when it is pure (see the header), else undefined. */
  get(v: PyValue, depth = 0): string | undefined {
    switch (typeof v) {
      case 'number': return String(v);
      case 'boolean': return v ? 'True' : 'False';
      case 'string': return v.length < LONG_STR ? strRepr(v) : this.longString(v).text;
      case 'bigint': return intToStrWithin(v, interpState.maxStrDigits);
    }
    if (v === None) return 'None';
    const cls = v.cls;
    if (cls === floatType) return floatRepr((v as PyFloat).value);
    // A function's repr (its type cannot be changed or subclassed) runs no Python code either.
    if (cls === functionType) return this.functionRepr(v as PyFunction);
    let kind: Kind;
    if (cls === listType) kind = 'list';
    else if (cls === tupleType) kind = 'tuple';
    else if (cls === dictType) kind = 'dict';
    else if (cls === setType) kind = 'set';
    else if (cls === frozensetType) kind = 'frozenset';
    else return undefined;
    const active = this.active;
    if (depth >= MAX_DEPTH || active.includes(v)) return undefined;
    active.push(v);
    try {
      return this.container(v, kind, depth + 1);
    } finally {
      active.pop();
    }
  }

  private longString(s: string): { text: string; json?: Uint8Array } {
    let e = this.strings.get(s);
    if (e === undefined) {
      // A small cache: a loop that builds a string shows each version at a few events.
      if (this.strings.size >= 16) this.strings.clear();
      e = { text: strRepr(s) };
      this.strings.set(s, e);
    }
    return e;
  }

  private functionRepr(f: PyFunction): string {
    const known = this.functions.get(f);
    if (known !== undefined && known.qualname === f.qualname) return known.text;
    const text = `<function ${f.qualname} at ${hexAddress(f)}>`;
    this.functions.set(f, { qualname: f.qualname, text });
    return text;
  }

  /**
   * `text`, which get(v) just returned, as a JSON string in UTF-8. A list,
   * dict or set that grew at the end costs only its new items: the previous
   * JSON is copied up to its closing bracket. Undefined when `v` has no entry
   * for this text (atoms: the caller escapes those itself).
   */
  jsonOf(v: PyValue, text: string): Uint8Array | undefined {
    if (typeof v === 'string' && v.length >= LONG_STR) {
      const e = this.strings.get(v);
      if (e === undefined || e.text !== text) return undefined;
      return (e.json ??= this.utf8.encode(JSON.stringify(text)));
    }
    if (typeof v !== 'object') return undefined;
    const entry = this.entries.get(v);
    if (entry === undefined || entry.text !== text) return undefined;
    if (entry.json !== undefined) return entry.json;
    // A short text is cheaper for the writer to copy as it escapes it than to encode into bytes kept here.
    if (text.length <= SHORT_TEXT) return undefined;
    const from = entry.grownFrom;
    if (from === undefined) return (entry.json = this.utf8.encode(JSON.stringify(text)));
    // JSON escapes code unit by code unit (reprs never end in half a surrogate
    // pair), so the escaped text splits where the text does.
    const tail = JSON.stringify(`, ${from.added}${from.close}`).slice(1);
    const head = from.json.length - 1 - from.close.length;
    // The new JSON is written over the previous one's closing bytes, in a buffer
    // that doubles when full: a container growing at every event costs its new
    // items, not a copy of all its bytes (which, allocated per event, made most
    // of the garbage of tracing a growing list). The previous bytes are dead:
    // onEvent's encoded reprs are valid only during the call.
    let room = from.room;
    const need = head + tail.length * 3; // UTF-8 takes at most 3 bytes per UTF-16 code unit
    if (room === undefined || room.length < need) {
      const bigger = new Uint8Array(Math.max(need, 2 * head) + 64);
      bigger.set(from.json.subarray(0, head), 0);
      room = bigger;
    }
    const length = head + this.utf8.encodeInto(tail, room.subarray(head)).written;
    entry.grownFrom = undefined;
    entry.room = room;
    return (entry.json = room.subarray(0, length));
  }

  private container(v: PyObject, kind: Kind, depth: number): string | undefined {
    if (interpState.maxStrDigits !== this.maxStrDigits) {
      // Ints kept in entries were checked against the old limit.
      this.entries = new WeakMap();
      this.maxStrDigits = interpState.maxStrDigits;
    }
    const entry = this.entries.get(v);
    // A dict says whether it changed other than by growing: then only its new entries are looked at.
    if (kind === 'dict' && entry !== undefined && entry.nested === 0) {
      const d = v as PyDict;
      if (d.rewrites === entry.rewrites) {
        if (d.keys.length === entry.length) return entry.text;
        const kept = entry.slots.length;
        for (const x of slotsOf(v, kind, entry.length)) entry.slots.push(x);
        return this.grow(v, kind, depth, entry, entry.slots, kept);
      }
    }
    const slots = slotsOf(v, kind);
    let kept = 0;
    if (entry !== undefined && slots.length >= entry.slots.length) {
      const old = entry.slots;
      const parts = entry.parts;
      // Atoms cannot change inside: an identity scan (the hot loop of a growing container) finds the first replaced one.
      if (entry.nested === 0) kept = sameItems(slots, old, old.length);
      for (; kept < old.length; kept++) {
        const item = slots[kept]!;
        if (item !== old[kept]) break;
        // A nested container may have changed inside: its own entry answers.
        if (mayChangeInside(item) && this.get(item, depth) !== parts[kept]) break;
      }
      if (kept === old.length && kept === slots.length) {
        if (kind === 'dict') {
          entry.rewrites = (v as PyDict).rewrites;
          entry.length = (v as PyDict).keys.length;
        }
        return entry.text;
      }
    }
    return this.grow(v, kind, depth, entry, slots, kept);
  }

  /** The text of `v` whose `slots` start with the `kept` slots `entry` made its text from. */
  private grow(v: PyObject, kind: Kind, depth: number, entry: Entry | undefined, slots: PyValue[], kept: number): string | undefined {
    const reuse = entry !== undefined && kept === entry.parts.length;
    const parts = reuse ? entry.parts : [];
    const start = reuse ? kept : 0;
    for (let i = start; i < slots.length; i++) {
      const r = this.get(slots[i]!, depth);
      if (r === undefined) {
        this.entries.delete(v);
        return undefined;
      }
      parts.push(r);
    }
    const added = joinParts(parts, start, kind);
    const body = !reuse || start === 0 ? added : added === '' ? entry.body : `${entry.body}, ${added}`;
    const text = wrap(body, kind, slots.length);
    // Lists and tuples hand out their live item arrays: keep a copy (extended in place when items were added).
    let keptSlots: PyValue[];
    if (kind !== 'list' && kind !== 'tuple') keptSlots = slots;
    else if (reuse) {
      keptSlots = entry.slots;
      for (let i = start; i < slots.length; i++) keptSlots.push(slots[i]!);
    } else keptSlots = slots.slice();
    let nested = reuse ? entry.nested : 0;
    for (let i = start; i < slots.length; i++) if (mayChangeInside(slots[i]!)) nested++;
    const next: Entry = {
      slots: keptSlots, parts, body, text, nested,
      rewrites: kind === 'dict' ? (v as PyDict).rewrites : -1, length: kind === 'dict' ? (v as PyDict).keys.length : -1,
    };
    if (reuse && start > 0 && added !== '' && entry.json !== undefined) {
      next.grownFrom = { json: entry.json, room: entry.room, added, close: closeOf(kind) };
    }
    this.entries.set(v, next);
    return text;
  }
}

/** Whether a pure value's repr can change without it being replaced: a container's (or a function's, by __qualname__). */
function mayChangeInside(v: PyValue): boolean {
  return typeof v === 'object' && v !== None && v.cls !== floatType;
}

/**
 * How many of the first `n` items of `a` and `b` are the same values (by
 * identity). Unrolled by four: a growing list is scanned at every event, and
 * this measured ~25% faster than the one-at-a-time loop in V8.
 */
function sameItems(a: readonly PyValue[], b: readonly PyValue[], n: number): number {
  let k = 0;
  const fours = n - 3;
  while (k < fours && a[k] === b[k] && a[k + 1] === b[k + 1] && a[k + 2] === b[k + 2] && a[k + 3] === b[k + 3]) k += 4;
  while (k < n && a[k] === b[k]) k++;
  return k;
}

/** The values a container's repr shows, in order (a dict's from its entry `from` on). */
function slotsOf(v: PyObject, kind: Kind, from = 0): PyValue[] {
  if (kind === 'list') return (v as PyList).items;
  if (kind === 'tuple') return (v as PyTuple).items;
  if (kind === 'dict') {
    const d = v as PyDict;
    const out: PyValue[] = [];
    const keys = d.keys;
    for (let i = from; i < keys.length; i++) {
      const k = keys[i]!;
      if (k === DELETED) continue;
      out.push(k, d.values[i]!);
    }
    return out;
  }
  return [...(v as PySet).table];
}

/** parts[start..] joined as the container writes its items. */
function joinParts(parts: string[], start: number, kind: Kind): string {
  if (kind !== 'dict') return start === 0 ? parts.join(', ') : parts.slice(start).join(', ');
  const pairs: string[] = [];
  for (let i = start; i + 1 < parts.length; i += 2) pairs.push(`${parts[i]}: ${parts[i + 1]}`);
  return pairs.join(', ');
}

/** The text after the items of a non-empty list, dict, set or frozenset (tuples never grow). */
function closeOf(kind: Kind): string {
  return kind === 'list' ? ']' : kind === 'frozenset' ? '})' : '}';
}

function wrap(body: string, kind: Kind, count: number): string {
  switch (kind) {
    case 'list': return `[${body}]`;
    case 'tuple': return count === 1 ? `(${body},)` : `(${body})`;
    case 'dict': return `{${body}}`;
    case 'set': return count === 0 ? 'set()' : `{${body}}`;
    case 'frozenset': return count === 0 ? 'frozenset()' : `frozenset({${body}})`;
  }
}
