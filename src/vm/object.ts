// The shapes of Python values in etpy. Everything here is data: behaviour
// lives in the protocol files (protocols.ts, call.ts) and in one file per
// type that fills the type's dictionary with its methods.
//
// Representation (invisible to programs):
//   int    → JS number when it is a safe integer, bigint otherwise (never both
//            for one value: `normInt` keeps the canonical form)
//   bool   → JS boolean
//   str    → JS string (UTF-16; indexing by code point is done by the str type)
//   float  → PyFloat (boxed, so that 1 and 1.0 stay distinct)
//   others → an instance of a PyObject subclass, whose `cls` is its type.
import type { CodeObject } from '../bytecode/code.js';
import type { SetTable } from '../runtime/set-order.js';
import type { Frame } from './frame.js';

export type PyValue = number | bigint | boolean | string | PyObject;

/**
 * Identities: objects made while etpy loads (types, None, builtins) are
 * numbered as they are created, so they never take a number from a program;
 * a program's objects are numbered on first use (id(), a default repr) from a
 * counter every run restarts. So each run prints the same ids and addresses.
 * A run's numbers carry the run (run × RUN_STRIDE + number), so an object
 * numbered in an earlier run and reached again (a constant of a cached code
 * object, a builtin shared by runs) counts as not numbered yet: it takes a
 * number in this run's order, and never one a new object of this run has.
 */
const RUN_SERIAL_BASE = 1 << 16;
const RUN_STRIDE = 2 ** 28;
const MAX_RUN = 2 ** 24;
let loading = true;
let nextStaticSerial = 1;
let nextSerial = RUN_SERIAL_BASE;
/** run × RUN_STRIDE for the current run (runs count from 1). */
let runBase = 0;

export class PyObject {
  /** Instance dictionary (user classes, functions, modules); null when the type has none. */
  dict: PyDict | null = null;
  /** Deterministic identity for id() and default reprs (0: not assigned yet). */
  serial = initialSerial();
  constructor(public cls: PyType) {}
}

/** A new object's serial: numbered now while etpy loads, else on first use (serialOf). */
function initialSerial(): number {
  return loading ? nextStaticSerial++ : 0;
}

/**
 * Makes `cls`, a class with PyObject's fields that does not `extend` it, a
 * PyObject for `instanceof` and methods. The values made most often (floats,
 * tuples, lists) are such classes: V8 did not inline the constructor every
 * PyObject subclass shares into their hot allocation sites (binaryOp spent
 * 15% of nbody in it).
 */
function asPyObjectClass(cls: abstract new (...args: never[]) => unknown): void {
  Object.setPrototypeOf(cls.prototype, PyObject.prototype);
}

/** The object's number in this run (or since loading): its id() and address follow from it. */
export function serialOf(o: PyObject): number {
  const s = o.serial;
  const inRun = s - runBase;
  if (inRun >= RUN_SERIAL_BASE && inRun < RUN_STRIDE) return inRun; // numbered in this run
  if (s !== 0 && s < RUN_SERIAL_BASE) return s; // numbered while etpy loaded
  if (nextSerial >= RUN_STRIDE) throw new RangeError('more objects numbered by id() in one run than etpy can number');
  o.serial = runBase + nextSerial;
  return nextSerial++;
}

/** Restarts identities so that every run gives the same id()s. */
export function resetSerials(): void {
  loading = false;
  nextSerial = RUN_SERIAL_BASE;
  // After MAX_RUN runs in one process the runs' numbers start over (an object untouched for that long could keep an old number).
  runBase = ((runBase / RUN_STRIDE) % MAX_RUN + 1) * RUN_STRIDE;
}

/** Native code behind a builtin function or method: positional args, keyword args or null. */
export type NativeFn = (args: PyValue[], kw: KwArgs | null) => PyValue;
export type KwArgs = Map<string, PyValue>;

const ABSENT: unique symbol = Symbol('absent');

export class PyType extends PyObject {
  mro: PyType[] = [];
  /** The type dictionary; str keys only in practice. */
  declare dict: PyDict;
  /** Bumped on any change to this type's or a base's dictionary (attribute caches). */
  version = 0;
  /** The C layout this type's instances share (the most derived builtin base). */
  base: PyType | null;
  subclasses: PyType[] = [];
  /** A builtin type (not created by a class statement). */
  readonly builtin: boolean;
  /** Instances may get attributes (a __dict__). */
  hasInstanceDict: boolean;
  /** The allocator for instances of this type (builtin bases provide one). */
  makeInstance: ((cls: PyType) => PyObject) | null = null;
  /**
   * A builtin type's call with one positional argument (`str(x)`, `int(x)`),
   * which its own __new__ and __init__ (no class statement can replace them)
   * would answer after parsing the arguments generically; null when not given.
   */
  callOne: ((arg: PyValue) => PyValue) | null = null;
  qualname: string;
  module: string;
  /** For builtin types: whether a class statement may derive from it. */
  acceptsSubclasses = true;
  /** False for a builtin type CPython gives no tp_new (its iterators, generators): calling it is "cannot create ... instances". */
  instantiable = true;
  /** lookup()'s results by name; ABSENT for a name no class in the MRO has (one Map read on a miss too). */
  attrCache: Map<string, PyValue | typeof ABSENT> = new Map();
  /**
   * For a class whose instances object.__new__ makes and a Python
   * __init__ initializes: that __init__, while
   * `version` is `plainInitVersion` (type-object.ts typeCallDefault skips
   * the lookups and the __new__ call then); null when not known so.
   */
  plainInit: PyFunction | null = null;
  plainInitVersion = -1;
  /** Instances have a `__weakref__` slot (tp_weaklistoffset): a subclass adds none. */
  hasWeakref = false;
  /** Instances vary in size (tp_itemsize: int, tuple, bytes, type): no nonempty __slots__ or `__weakref__` in a subclass. */
  varSized = false;
  /** Its __slots__ add members: its instances' layout is its own, which subclasses extend (solid_base). */
  ownSlots = false;
  /** Py_TPFLAGS_IS_ABSTRACT: the type's own `__abstractmethods__` is true (object.__new__ refuses it). */
  isAbstract = false;
  /** tp_name for stdlib classes written in Python that are C types in CPython ('datetime.date'). */
  tpNameOverride: string | null = null;

  constructor(
    meta: PyType | null,
    public name: string,
    public bases: PyType[],
    options: { builtin?: boolean; module?: string; instanceDict?: boolean } = {},
  ) {
    super(meta as PyType);
    this.dict = new PyDict();
    this.builtin = options.builtin ?? false;
    this.module = options.module ?? 'builtins';
    this.qualname = name;
    this.hasInstanceDict = options.instanceDict ?? !this.builtin;
    this.base = bases[0] ?? null;
  }

  /** Looks `name` up along the MRO without binding (CPython's _PyType_Lookup). */
  lookup(name: string): PyValue | undefined {
    const cached = this.attrCache.get(name);
    if (cached !== undefined) return cached === ABSENT ? undefined : cached;
    let found: PyValue | undefined;
    for (const t of this.mro) {
      const v = t.dict.getStr(name);
      if (v !== undefined) { found = v; break; }
    }
    this.attrCache.set(name, found ?? ABSENT);
    return found;
  }

  /** Clears attribute caches of this type and every subclass (a dict changed). */
  invalidate(): void {
    this.version++;
    // Most calls come while etpy loads (a method defined on a type at a time), when no cache holds anything yet.
    if (this.attrCache.size !== 0) this.attrCache.clear();
    for (const sub of this.subclasses) sub.invalidate();
  }

  /**
   * CPython's tp_name, used in error messages: builtin (C) types of other
   * modules carry the module ('re.Match', 'collections.deque'); classes and
   * builtins' own types do not.
   */
  get tpName(): string {
    if (this.tpNameOverride !== null) return this.tpNameOverride;
    return this.builtin && this.module !== 'builtins' ? `${this.module}.${this.name}` : this.name;
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

/**
 * A float: a PyObject without `extends` (asPyObjectClass), made by every
 * float operation. Its `dict` (null) and `serial` (0: numbered on first use)
 * live on the prototype until set: a float subclass's instance gets its own
 * dict, a float given to id() its own serial. Two fields fewer to allocate
 * and fill: nbody allocated 11% fewer bytes (3.96 -> 3.52 MB a run).
 */
export class PyFloat {
  declare dict: PyDict | null;
  declare serial: number;
  constructor(readonly value: number, public cls: PyType = floatTypeRef.type!) {}
}
asPyObjectClass(PyFloat);
PyFloat.prototype.dict = null;
PyFloat.prototype.serial = 0;

/** Filled by float.ts; lets PyFloat default its type without an import cycle. */
export const floatTypeRef: { type: PyType | null } = { type: null };

export class PyComplexValue extends PyObject {
  constructor(cls: PyType, readonly real: number, readonly imag: number) {
    super(cls);
  }
}

/** A subclass instance of int, str or another immutable builtin: the builtin value it wraps. */
export class PyBoxed extends PyObject {
  constructor(cls: PyType, public value: PyValue) {
    super(cls);
  }
}

/** A tuple: a PyObject without `extends` (asPyObjectClass). */
export class PyTuple {
  dict: PyDict | null = null;
  serial = initialSerial();
  hashCache: bigint | null = null;
  constructor(public cls: PyType, readonly items: PyValue[]) {}
}
asPyObjectClass(PyTuple);

/** A list: a PyObject without `extends` (asPyObjectClass). */
export class PyList {
  dict: PyDict | null = null;
  serial = initialSerial();
  constructor(public cls: PyType, public items: PyValue[]) {}
}
asPyObjectClass(PyList);

export class PyBytesValue extends PyObject {
  constructor(cls: PyType, public bytes: Uint8Array) {
    super(cls);
  }
}

/**
 * An empty array of V8's generic element kind, which pushes of any value
 * keep; only ever copied. (Not frozen: a frozen array's copy is made by a
 * slow path, measured 5x slower, and is of the small-int kind.)
 */
const EMPTY_OBJECTS: readonly unknown[] = (() => {
  const a: unknown[] = [undefined];
  a.length = 0;
  return a;
})();

/**
 * A new empty array with no allocation site. V8 tracks how many of the
 * arrays an array literal (`[]`) makes survive a minor GC and, when most do,
 * allocates all later ones in the old generation ("pretenuring"). A literal
 * shared by every dict of every run learns that from the long-lived ones
 * (globals, type dicts); then the short-lived instance dicts' arrays are
 * made old, hold young values, and keep them (and all they reach) alive
 * through every minor GC until a full one: measured, a run's objects
 * survived and were copied at each minor GC (float_kernel: 34% of the time
 * in GC). A copy of an array has no allocation site, so it starts young.
 */
export function emptyArray<T>(): T[] {
  return EMPTY_OBJECTS.slice() as T[];
}

/**
 * `items.map(fn)` as a packed array, for the items of a tuple or list. The
 * builtin map makes a packed array and TurboFan's inlined map a holey one, so
 * the values one call site made changed map once it was optimized, and every
 * optimized reader of `items` met a map it had not seen: a deopt (the eval
 * loop's KW_NAMES read deoptimized twice per batch on constant tuples).
 */
export function mapItems<T, U>(items: readonly T[], fn: (item: T, index: number) => U): U[] {
  const out = emptyArray<U>();
  for (let i = 0; i < items.length; i++) out.push(fn(items[i]!, i));
  return out;
}

/** A deleted entry's key in PyDict's arrays. */
export const DELETED: unique symbol = Symbol('deleted');

/** Keys that JS Maps can index by value with Python's equality (1 == 1.0 == True). */
type PrimKey = number | bigint | string;

/**
 * CPython's index-table sizes (Objects/dictobject.c). Entry positions, which
 * an iterator walks, move only when a resize compacts the entries; a resize
 * happens when an append finds no usable slot, and dict_merge and presized
 * literals choose the size. Emulating the sizes makes a dict changed while it
 * is iterated end, or raise, where CPython's does.
 */
const DICT_LOG_MINSIZE = 3;
/** Up to this many entries (deleted ones included) a dict finds primitive keys by scanning. */
const SMALL_DICT = 8;
/** USABLE_FRACTION: the entries a table of `size` slots holds. */
function usableFraction(size: number): number {
  return Math.floor((size * 2) / 3);
}
/** calculate_log2_keysize, with 3.12's rounding (a power of two from 16 up gets the next one). */
function log2KeySize(minsize: number): number {
  return 32 - Math.clz32((((minsize | 8) - 1) | 7) >>> 0);
}
/** estimate_log2_keysize: a table that holds `n` entries. */
export function estimateLog2KeySize(n: number): number {
  return log2KeySize(Math.floor((n * 3 + 1) / 2));
}

/**
 * dict: insertion-ordered entries in two arrays, indexed (past SMALL_DICT
 * entries) by a Map for str/int/bool/float keys (the common case, no Python
 * code runs) and by hash buckets for other keys. `hashKey`/`eqKey` come from
 * protocols.ts.
 */
export class PyDict extends PyObject {
  keys: (PyValue | typeof DELETED)[] = emptyArray();
  values: PyValue[] = emptyArray();
  size = 0;
  /** dk_log2_size of CPython's table. */
  logSize = DICT_LOG_MINSIZE;
  /** dk_usable: appends left before a resize; 0 for a new dict (CPython's shared empty keys). */
  usable = 0;
  /** Bumped on every insertion or deletion and whenever entries move (LOAD_GLOBAL's caches hold indexes). */
  version = 0;
  /**
   * Bumped on every change but an insertion at the end (a value replaced, a
   * deletion, clear): with the entry count, tells the tracer's repr cache
   * that a dict is unchanged or only grew.
   */
  rewrites = 0;
  /**
   * Entry index by primitive key; null while the dict has at most
   * SMALL_DICT entries, when a scan of `keys` is quicker than a Map and
   * saves allocating one per instance dict, kwargs dict or small literal.
   */
  private prim: Map<PrimKey, number> | null = null;
  private buckets: Map<number, number[]> | null = null;
  /** Whether a float key with a fractional part was ever stored (its hash is not its value). */
  private hasFractionalKeys = false;

  constructor(cls?: PyType) {
    super(cls ?? dictTypeRef.type!);
  }

  /** The entry index of str `key`, or -1 (instruction caches keep it as a hint: keys[hint] === key). */
  indexOfStr(key: string): number {
    return this.primGet(key) ?? -1;
  }

  /** setStr of a key present at index `hint` (keys[hint] === key), else of any key; the key's index after. */
  setStrHinted(key: string, value: PyValue, hint: number): number {
    if (this.keys[hint] === key) {
      this.replaceAt(hint, value);
      return hint;
    }
    this.setStr(key, value);
    return this.primGet(key)!;
  }

  getStr(key: string): PyValue | undefined {
    const i = this.primGet(key);
    return i === undefined ? undefined : this.values[i];
  }

  setStr(key: string, value: PyValue): void {
    const i = this.primGet(key);
    if (i !== undefined) {
      this.replaceAt(i, value);
      return;
    }
    this.makeRoom();
    this.primSet(key, this.keys.length);
    this.keys.push(key);
    this.values.push(value);
    this.size++;
    this.version++;
  }

  deleteStr(key: string): boolean {
    const i = this.primGet(key);
    if (i === undefined) return false;
    this.prim?.delete(key);
    this.removeAt(i);
    return true;
  }

  /** The index of `key`'s entry, or -1. */
  find(key: PyValue): number {
    const p = primKey(key);
    if (p !== undefined) {
      const i = this.primGet(p);
      if (i !== undefined || this.buckets === null) return i === undefined ? -1 : i;
      // An equal key of a subclass of int/str/float lives in the buckets.
      return this.findInBucket(key, Number(dictHooks.hash(key)));
    }
    // Hash first: an unhashable key raises even when the dict holds no such keys.
    const h = Number(dictHooks.hash(key));
    const j = this.buckets === null ? -1 : this.findInBucket(key, h);
    return j >= 0 ? j : this.findBoxedInPrim(key);
  }

  private findInBucket(key: PyValue, h: number): number {
    const bucket = this.buckets?.get(h);
    if (bucket === undefined) return -1;
    for (const i of bucket) {
      const k = this.keys[i]!;
      if (k !== DELETED && (k === key || dictHooks.eq(k, key))) return i;
    }
    return -1;
  }

  /**
   * A plain key in the primitive index equal to an object key: an int/str/float
   * subclass instance's own value, or (Fraction(1), Decimal) the int whose hash
   * is the object's, since equal numbers hash equal.
   */
  private findBoxedInPrim(key: PyValue): number {
    const p = key instanceof PyBoxed ? primKey(key.value) : key instanceof PyFloat ? primKey(new PyFloat(key.value)) : undefined;
    if (p !== undefined) {
      const i = this.primGet(p);
      return i !== undefined && dictHooks.eq(this.keys[i] as PyValue, key) ? i : -1;
    }
    if (this.size === 0) return -1;
    const h = dictHooks.hash(key);
    // hash(n) == n for ints below 2**61 - 1, except that -1 and -2 both hash to -2.
    const candidates: PyValue[] = h === -2n ? [-2, -1] : h >= -9007199254740991n && h <= 9007199254740991n ? [Number(h)] : [h];
    for (const c of candidates) {
      const i = this.primGet(c as number | bigint);
      if (i !== undefined && dictHooks.eq(this.keys[i] as PyValue, key)) return i;
    }
    if (this.hasFractionalKeys) {
      // Fraction(5, 2) == 2.5: look for a float key with the same hash.
      for (let i = 0; i < this.keys.length; i++) {
        const k = this.keys[i]!;
        if (k === DELETED) continue;
        const pk = primKey(k);
        if (typeof pk === 'number' && !Number.isInteger(pk) && dictHooks.hash(k) === h && dictHooks.eq(k, key)) return i;
      }
    }
    return -1;
  }

  get(key: PyValue): PyValue | undefined {
    const i = this.find(key);
    return i < 0 ? undefined : this.values[i];
  }

  set(key: PyValue, value: PyValue): void {
    const p = primKey(key);
    if (p !== undefined) {
      const i = this.primGet(p);
      if (i !== undefined) {
        this.replaceAt(i, value);
        return;
      }
      if (this.buckets !== null) {
        const j = this.findInBucket(key, Number(dictHooks.hash(key)));
        if (j >= 0) {
          this.replaceAt(j, value);
          return;
        }
      }
      this.makeRoom();
      this.primSet(p, this.keys.length);
      if (typeof p === 'number' && !Number.isInteger(p)) this.hasFractionalKeys = true;
    } else {
      const h = Number(dictHooks.hash(key));
      const j = this.buckets === null ? -1 : this.findInBucket(key, h);
      const found = j >= 0 ? j : this.findBoxedInPrim(key);
      if (found >= 0) {
        this.replaceAt(found, value);
        return;
      }
      this.makeRoom();
      this.buckets ??= new Map();
      let bucket = this.buckets.get(h);
      if (bucket === undefined) {
        bucket = [];
        this.buckets.set(h, bucket);
      }
      bucket.push(this.keys.length);
    }
    this.keys.push(key);
    this.values.push(value);
    this.size++;
    this.version++;
  }

  delete(key: PyValue): boolean {
    const p = primKey(key);
    if (p !== undefined) {
      const i = this.primGet(p);
      if (i !== undefined) {
        this.prim?.delete(p);
        this.removeAt(i);
        return true;
      }
      if (this.buckets === null) return false;
    }
    const i = this.find(key);
    if (i < 0) return false;
    const stored = this.keys[i] as PyValue;
    const sp = primKey(stored);
    if (sp !== undefined) {
      this.prim?.delete(sp);
    } else {
      const h = Number(dictHooks.hash(stored));
      const bucket = this.buckets!.get(h)!;
      bucket.splice(bucket.indexOf(i), 1);
      if (bucket.length === 0) this.buckets!.delete(h);
    }
    this.removeAt(i);
    return true;
  }

  /** A new value for an existing entry: a rewrite (the repr cache must look again). */
  private replaceAt(i: number, value: PyValue): void {
    this.values[i] = value;
    this.rewrites++;
  }

  private removeAt(i: number): void {
    this.keys[i] = DELETED;
    this.values[i] = undefined as unknown as PyValue;
    this.size--;
    this.version++;
    this.rewrites++;
  }

  /** The entry index of a primitive key: by the Map, or by a scan of a small dict's keys. */
  private primGet(p: PrimKey): number | undefined {
    const prim = this.prim;
    if (prim !== null) return prim.get(p);
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === p) return i;
      // True keys as 1, 1.0 as 1, a str subclass instance as its str.
      if ((typeof k === 'object' || typeof k === 'boolean') && primKey(k) === p) return i;
    }
    return undefined;
  }

  /** Records a primitive key about to be appended at `i`; past SMALL_DICT entries the Map is built. */
  private primSet(p: PrimKey, i: number): void {
    if (this.prim === null) {
      if (i < SMALL_DICT) return;
      const prim = new Map<PrimKey, number>();
      const keys = this.keys;
      for (let j = 0; j < keys.length; j++) {
        const k = keys[j]!;
        if (k === DELETED) continue;
        const pk = primKey(k);
        if (pk !== undefined) prim.set(pk, j);
      }
      this.prim = prim;
    }
    this.prim.set(p, i);
  }

  /** insertdict's check before an append: no usable slot means a resize to GROWTH_RATE (used * 3). */
  private makeRoom(): void {
    if (this.usable <= 0) this.resize(log2KeySize(this.size * 3));
    this.usable--;
  }

  /** dictresize: a table of 2**logSize slots; the entries are compacted (deleted ones dropped, order kept). */
  resize(logSize: number): void {
    this.logSize = logSize;
    if (this.keys.length !== this.size) this.compact();
    this.usable = usableFraction(1 << logSize) - this.size;
  }

  /** dict_new_presized for a literal of `n` entries: small ones start empty. */
  presize(n: number): void {
    if (n > usableFraction(1 << DICT_LOG_MINSIZE)) this.resize(estimateLog2KeySize(n));
  }

  /** Drops deleted entries; the indexes keep their keys (no hash is computed again) with the new positions. */
  private compact(): void {
    const keys = this.keys;
    const values = this.values;
    const moved = new Array<number>(keys.length);
    const newKeys: (PyValue | typeof DELETED)[] = emptyArray();
    const newValues: PyValue[] = emptyArray();
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (k === DELETED) continue;
      moved[i] = newKeys.length;
      newKeys.push(k);
      newValues.push(values[i]!);
    }
    this.keys = newKeys;
    this.values = newValues;
    // Entries moved: LOAD_GLOBAL caches (frame.ts GlobalCacheEntry) hold indexes.
    this.version++;
    this.rewrites++;
    if (this.prim !== null) for (const [p, i] of this.prim) this.prim.set(p, moved[i]!);
    if (this.buckets !== null) {
      for (const bucket of this.buckets.values()) {
        for (let j = 0; j < bucket.length; j++) bucket[j] = moved[bucket[j]!]!;
      }
    }
  }

  /**
   * clone_combined_dict_keys: this dict takes a copy of `other`'s table,
   * deleted entries, size and free slots included.
   */
  cloneFrom(other: PyDict): void {
    this.keys = other.keys.slice();
    this.values = other.values.slice();
    this.prim = other.prim === null ? null : new Map(other.prim);
    this.buckets = other.buckets === null ? null : new Map([...other.buckets].map(([h, b]) => [h, b.slice()]));
    this.hasFractionalKeys = other.hasFractionalKeys;
    this.size = other.size;
    this.logSize = other.logSize;
    this.usable = other.usable;
    this.version++;
    this.rewrites++;
  }

  /**
   * dict_merge from a dict that iterates as dict does: into an empty dict a
   * clean, not oversized source is cloned; otherwise one resize up front when
   * the table cannot hold the source, then the entries in order.
   */
  mergeFrom(other: PyDict): void {
    if (other === this || other.size === 0) return;
    if (this.size === 0 && other.size === other.keys.length
      && (other.logSize === DICT_LOG_MINSIZE || usableFraction(1 << (other.logSize - 1)) < other.size)) {
      this.cloneFrom(other);
      return;
    }
    if (usableFraction(1 << this.logSize) < other.size) this.resize(estimateLog2KeySize(this.size + other.size));
    for (const [k, v] of other.entries()) this.set(k, v);
  }

  clear(): void {
    this.keys = emptyArray();
    this.values = emptyArray();
    this.prim = null;
    this.buckets = null;
    this.size = 0;
    this.logSize = DICT_LOG_MINSIZE;
    this.usable = 0;
    this.version++;
    this.rewrites++;
  }

  /** Live entries in insertion order. */
  *entries(): IterableIterator<[PyValue, PyValue]> {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (k !== DELETED) yield [k, this.values[i]!];
    }
  }

  /** The index of the first live entry at or after `i`, or -1. */
  nextIndex(i: number): number {
    const keys = this.keys;
    while (i < keys.length) {
      if (keys[i] !== DELETED) return i;
      i++;
    }
    return -1;
  }

  /** The last live entry's index (popitem), or -1. */
  lastIndex(): number {
    for (let i = this.keys.length - 1; i >= 0; i--) if (this.keys[i] !== DELETED) return i;
    return -1;
  }

  /** Forgets the (deleted) entries from index `i` on: CPython's popitem sets dk_nentries so the next insertion reuses the slot. */
  truncate(i: number): void {
    this.keys.length = i;
    this.values.length = i;
  }
}

export const dictTypeRef: { type: PyType | null } = { type: null };

/** Whether `d`'s class keeps dict's own __iter__ (CPython's tp_iter == dict_iter test for its fast paths). */
export function iteratesAsDict(d: PyDict): boolean {
  const dictType = dictTypeRef.type!;
  return d.cls === dictType || d.cls.lookup('__iter__') === dictType.lookup('__iter__');
}

/** Hash and equality for non-primitive keys; installed by protocols.ts. */
export const dictHooks: {
  hash: (v: PyValue) => bigint;
  eq: (a: PyValue, b: PyValue) => boolean;
  /** A str/int/float subclass instance that keeps its base's __hash__ and __eq__ (it keys like its value). */
  plainBoxed: (b: PyObject) => boolean;
} = {
  hash: () => 0n,
  eq: (a, b) => a === b,
  plainBoxed: () => false,
};

/**
 * A Map key with Python's equality for values that need no Python code:
 * str, int and bool (True is 1), and floats (1.0 is 1; NaN keys go by hash
 * buckets since NaN only equals itself by identity).
 */
export function primKey(key: PyValue): PrimKey | undefined {
  switch (typeof key) {
    case 'string': return key;
    case 'number': return key;
    case 'bigint': return key;
    case 'boolean': return key ? 1 : 0;
    default:
      if (key instanceof PyFloat && (key.cls === floatTypeRef.type || dictHooks.plainBoxed(key))) {
        const v = key.value;
        if (v !== v) return undefined;
        if (Number.isInteger(v) && !Number.isSafeInteger(v)) return BigInt(v);
        return v;
      }
      if (key instanceof PyBoxed && typeof key.value !== 'object' && typeof key.value !== 'boolean' && dictHooks.plainBoxed(key)) {
        return key.value;
      }
      return undefined;
  }
}

export class PySet extends PyObject {
  hashCache: bigint | null = null;
  constructor(cls: PyType, public table: SetTable<PyValue>) {
    super(cls);
  }
}

export class PyCell extends PyObject {
  constructor(cls: PyType, public value: PyValue | undefined) {
    super(cls);
  }
}

export class PyFunction extends PyObject {
  qualname: string;
  name: string;
  defaults: PyValue[] | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyCell[] | null = null;
  annotations: PyValue | null = null;
  doc: PyValue;
  module: PyValue;
  typeParams: PyValue | null = null;
  constructor(cls: PyType, public code: CodeObject, public globals: PyDict, public builtins: PyDict) {
    super(cls);
    this.qualname = code.co_qualname;
    this.name = code.co_name;
    const first = code.co_consts[0];
    this.doc = noneRef.value!;
    this.module = globals.getStr('__name__') ?? noneRef.value!;
    void first;
  }
}

export const noneRef: { value: PyObject | null } = { value: null };

/** A builtin function, or a builtin method bound to `self`. */
export class PyBuiltin extends PyObject {
  /**
   * The builtin called with one positional argument, without its argument
   * parsing: for the calls CPython's CALL specializes (len); CALL uses it in
   * the eval loop and compiled code (eval.ts callAndDrop).
   */
  callOne: ((arg: PyValue) => PyValue) | null = null;
  constructor(cls: PyType, readonly name: string, readonly fn: NativeFn, readonly self: PyValue | undefined = undefined, public qualname = name) {
    super(cls);
  }
}

/** A builtin type's method as found in its dictionary; binds to instances of `owner`. */
export class PyMethodDescr extends PyObject {
  constructor(cls: PyType, readonly name: string, readonly owner: PyType, readonly fn: (self: PyValue, args: PyValue[], kw: KwArgs | null) => PyValue) {
    super(cls);
  }
}

/** A bound method: a function and the instance it was looked up on. */
export class PyMethod extends PyObject {
  constructor(cls: PyType, readonly func: PyValue, readonly self: PyValue) {
    super(cls);
  }
}

export class PyModule extends PyObject {
  declare dict: PyDict;
  constructor(cls: PyType, public name: string, dict?: PyDict) {
    super(cls);
    this.dict = dict ?? new PyDict();
  }
}

export class PyException extends PyObject {
  args: PyTuple;
  traceback: TracebackEntry[] = [];
  context: PyException | null = null;
  cause: PyException | null = null;
  suppressContext = false;
  /**
   * The frames this exception left (innermost first) while generators were
   * open: its traceback keeps their variables alive in CPython until the
   * exception is freed (release.ts).
   */
  unwound: Frame[] | null = null;
  constructor(cls: PyType, args: PyTuple) {
    super(cls);
    this.args = args;
  }
}

/** One frame's line in a traceback (innermost last). */
export interface TracebackEntry {
  readonly filename: string;
  readonly lineno: number;
  readonly name: string;
  /** The frame's code and instruction, for the columns CPython underlines. */
  readonly code?: CodeObject;
  readonly lasti?: number;
  /** The frame's namespaces (NameError suggestions). */
  readonly frame?: { readonly globals: PyDict; readonly builtins: PyDict; readonly localsplus: (PyValue | undefined)[] };
}

export class PyRange extends PyObject {
  constructor(cls: PyType, readonly start: PyValue, readonly stop: PyValue, readonly step: PyValue, readonly length: number) {
    super(cls);
  }
}

/** A slice: a PyObject without `extends` (asPyObjectClass), made for every `a[i:j]`. */
export class PySlice {
  dict: PyDict | null = null;
  serial = initialSerial();
  constructor(public cls: PyType, readonly start: PyValue, readonly stop: PyValue, readonly step: PyValue) {}
}
asPyObjectClass(PySlice);

/** property, classmethod, staticmethod: the wrapped callables. */
export class PyProperty extends PyObject {
  /** Set by __set_name__; named in the "has no setter" errors. */
  name: PyValue | null = null;
  constructor(cls: PyType, public fget: PyValue, public fset: PyValue, public fdel: PyValue, public doc: PyValue) {
    super(cls);
  }
}

export class PyClassMethod extends PyObject {
  constructor(cls: PyType, readonly func: PyValue) {
    super(cls);
  }
}

export class PyStaticMethod extends PyObject {
  constructor(cls: PyType, readonly func: PyValue) {
    super(cls);
  }
}

/** A plain instance of a class statement's type (or of object). */
export class PyInstance extends PyObject {}

/** An iterator class whose instances step a JS closure (enumerate, zip, ...). */
export class PyIteratorObject extends PyObject {
  /**
   * @param refs what the iterator was made from (its constructor's arguments): the
   * values it can reach, for the reachability walks of src/vm/release.ts.
   */
  constructor(cls: PyType, readonly step: () => PyValue | undefined, readonly refs: readonly PyValue[] = []) {
    super(cls);
  }
}

/** An iterator implemented natively: `next` returns undefined when exhausted. */
export class PyNativeIterator extends PyObject {
  /**
   * @param refs what the iterator holds, for the reachability walks of
   * src/vm/release.ts; null when unknown (the walks then see it as opaque).
   * @param progress tracing only (the dynamic trace format): what the
   * iterator walks and how many items it gave. Given here, never assigned
   * later: measured on V8 11, a function stored into the field after
   * construction stayed reachable through minor GCs with all it reached (a
   * list iterator's list and the list's items), so every minor GC copied
   * and promoted the runs' data (float_kernel: 2.5 MB a minor GC, 40% of
   * its time in GC; 0.3 MB once given here).
   */
  constructor(
    cls: PyType,
    public next: () => PyValue | undefined,
    readonly refs: readonly PyValue[] | null = null,
    readonly progress: (() => IteratorProgress) | null = null,
  ) {
    super(cls);
  }
}

/** `of` is the iterated object; `view` names a dict view or `reversed`; `taken` counts the items given. */
export interface IteratorProgress {
  of: PyValue;
  view?: 'keys' | 'values' | 'items' | 'reversed';
  taken: number | bigint;
}

export class PyCodeValue extends PyObject {
  constructor(cls: PyType, readonly code: CodeObject) {
    super(cls);
  }
}

/** A builtin data descriptor (CPython's getset): `__class__`, `__dict__`, `__name__`, ... */
export class PyGetSet extends PyObject {
  constructor(
    cls: PyType,
    readonly name: string,
    readonly owner: PyType,
    readonly get: (self: PyValue) => PyValue,
    readonly set: ((self: PyValue, value: PyValue | undefined) => void) | null = null,
  ) {
    super(cls);
  }
}
