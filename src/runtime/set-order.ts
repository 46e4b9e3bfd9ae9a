// The open-addressing table behind CPython's set and frozenset
// (Objects/setobject.c, 3.12), reproduced slot for slot so that iterating it
// gives CPython's order. The table only places keys; hashing and equality
// come from the caller, so the VM's set type and dis's frozenset constants
// share it.

import { PythonError } from './python-error.js';

/** Linear probes tried before jumping; cheap because the slots share cache lines. */
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;
/** PySet_MINSIZE: every set starts with 8 slots. */
const MIN_SIZE = 8;
/** The largest table etpy allocates. */
const MAX_TABLE = 1 << 26;

/** A removed key's slot: keeps probe chains intact until the next resize. */
const DUMMY: unique symbol = Symbol('dummy');

/**
 * A Py_hash_t as the table stores it: a JS number when it is a safe integer
 * (an int hashes to itself, so most int keys never make a bigint), else a
 * bigint. Each value has one form, so `===` compares two hashes.
 */
export type SlotHash = (number | bigint) & { readonly [slotHashBrand]: true };
declare const slotHashBrand: unique symbol;

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** A Py_hash_t in its SlotHash form. */
export function slotHash(h: bigint): SlotHash {
  return (h >= -SAFE && h <= SAFE ? Number(h) : h) as SlotHash;
}

/** The SlotHash of a Py_hash_t known to be a safe integer (an int's own value; never -1). */
export function smallSlotHash(h: number): SlotHash {
  return h as SlotHash;
}

/** What the hash of an emptied slot holds: no key hashes to -1. */
const NO_HASH = smallSlotHash(-1);

/** A SlotHash as the Py_hash_t bigint the hash functions of runtime/hash.ts take. */
export function bigHash(h: SlotHash): bigint {
  return typeof h === 'number' ? BigInt(h) : h as bigint;
}

export interface SetTableOptions<K> {
  /** Python `==` between two keys with equal hashes; identity is checked first. */
  readonly equals: (a: K, b: K) => boolean;
}

/**
 * CPython's set table. `hash` arguments are Py_hash_t values (never -1) in
 * their SlotHash form.
 */
export class SetTable<K> {
  private keys: (K | typeof DUMMY | undefined)[] = new Array<undefined>(MIN_SIZE).fill(undefined);
  private hashes: SlotHash[] = new Array<SlotHash>(MIN_SIZE).fill(NO_HASH);
  /** Slots minus one (a power of two minus one). */
  mask = MIN_SIZE - 1;
  /** Active plus dummy slots: what decides the next resize. */
  fill = 0;
  private used = 0;
  /** Where set.pop() starts looking (so->finger). */
  private finger = 0;
  private readonly equals: (a: K, b: K) => boolean;

  constructor(options: SetTableOptions<K>) {
    this.equals = options.equals;
  }

  get size(): number {
    return this.used;
  }

  /**
   * set_add_entry: adds `key` unless an equal key is present; returns whether
   * it was added. A dummy met on the way is reused only if the key is absent.
   */
  add(key: K, hash: SlotHash): boolean {
    let freeslot = -1;
    const probe = new Probe(hash, this.mask);
    for (;;) {
      const i = probe.index;
      const limit = i + LINEAR_PROBES <= this.mask ? i + LINEAR_PROBES : i;
      for (let j = i; j <= limit; j++) {
        const k = this.keys[j];
        if (k === undefined) {
          if (freeslot >= 0) {
            this.keys[freeslot] = key;
            this.hashes[freeslot] = hash;
            this.used++;
            return true;
          }
          this.keys[j] = key;
          this.hashes[j] = hash;
          this.fill++;
          this.used++;
          // Grow when two thirds or more of the slots are taken (fill*5 >= mask*3).
          if (this.fill * 5 >= this.mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return true;
        }
        if (k === DUMMY) {
          // The last dummy on the path wins: 3.12 overwrites freeslot each time.
          freeslot = j;
        } else if (this.hashes[j] === hash && (k === key || this.equals(k, key))) {
          return false;
        }
      }
      probe.next();
    }
  }

  /** The stored key equal to `key`, if any (set_lookkey). */
  find(key: K, hash: SlotHash): K | undefined {
    const j = this.lookup(key, hash);
    return j < 0 ? undefined : (this.keys[j] as K);
  }

  has(key: K, hash: SlotHash): boolean {
    return this.lookup(key, hash) >= 0;
  }

  /** set_discard_entry: leaves a dummy so later keys' probe chains still reach them. */
  discard(key: K, hash: SlotHash): boolean {
    const j = this.lookup(key, hash);
    if (j < 0) return false;
    this.keys[j] = DUMMY;
    this.hashes[j] = NO_HASH;
    this.used--;
    return true;
  }

  /** set_pop: the first key at or after the finger (slot order, wrapping); undefined when empty. */
  pop(): K | undefined {
    if (this.used === 0) return undefined;
    let j = this.finger & this.mask;
    for (;;) {
      const k = this.keys[j];
      if (k !== undefined && k !== DUMMY) break;
      j = j + 1 > this.mask ? 0 : j + 1;
    }
    const key = this.keys[j] as K;
    this.keys[j] = DUMMY;
    this.hashes[j] = NO_HASH;
    this.used--;
    this.finger = j + 1;
    return key;
  }

  /** The number of slots (set iterators walk them by position). */
  get slots(): number {
    return this.mask + 1;
  }

  /** The key in slot `j`, or undefined when the slot is empty or a dummy. */
  keyAt(j: number): K | undefined {
    const k = this.keys[j];
    return k === DUMMY ? undefined : k;
  }

  /** The hash stored with slot `j`'s key. */
  hashAt(j: number): SlotHash {
    return this.hashes[j]!;
  }

  /** Keys in CPython's iteration order (slot order). */
  *[Symbol.iterator](): IterableIterator<K> {
    for (const k of this.keys) {
      if (k !== undefined && k !== DUMMY) yield k;
    }
  }

  /** Keys with their hashes, in iteration order (for copying into another table). */
  *entries(): IterableIterator<[K, SlotHash]> {
    for (let j = 0; j <= this.mask; j++) {
      const k = this.keys[j];
      if (k !== undefined && k !== DUMMY) yield [k, this.hashes[j]!];
    }
  }

  private lookup(key: K, hash: SlotHash): number {
    const mask = this.mask;
    // A safe-integer hash starts without a Probe (its low word is hash >>> 0, negative too):
    // most lookups end in the first linear run, and only a longer search makes one.
    let probe = typeof hash === 'number' ? null : new Probe(hash, mask);
    let i = probe === null ? ((hash as number) >>> 0) & mask : probe.index;
    for (;;) {
      const limit = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
      for (let j = i; j <= limit; j++) {
        const k = this.keys[j];
        if (k === undefined) return -1;
        if (k !== DUMMY && this.hashes[j] === hash && (k === key || this.equals(k, key))) return j;
      }
      probe ??= new Probe(hash, mask);
      probe.next();
      i = probe.index;
    }
  }


  /**
   * set_table_resize: the smallest power of two above `minUsed`, dummies
   * dropped, keys reinserted in slot order. A minimum-size table without
   * dummies is left as it is (CPython's small table is not rebuilt then).
   */
  resize(minUsed: number): void {
    let size = MIN_SIZE;
    while (size <= minUsed) size *= 2;
    if (size === MIN_SIZE && this.mask === MIN_SIZE - 1 && this.fill === this.used) return;
    // V8 aborts the process on arrays much past 2**27 slots: fail as CPython does when memory runs out.
    if (size > MAX_TABLE) throw new PythonError('MemoryError', '');
    const oldKeys = this.keys;
    const oldHashes = this.hashes;
    this.keys = new Array<undefined>(size).fill(undefined);
    this.hashes = new Array<SlotHash>(size).fill(NO_HASH);
    this.mask = size - 1;
    this.fill = this.used;
    for (let j = 0; j < oldKeys.length; j++) {
      const k = oldKeys[j];
      if (k !== undefined && k !== DUMMY) this.insertClean(k, oldHashes[j]!);
    }
  }

  /** set_clear_internal: back to an empty minimum-size table (the pop finger stays). */
  clear(): void {
    this.keys = new Array<undefined>(MIN_SIZE).fill(undefined);
    this.hashes = new Array<SlotHash>(MIN_SIZE).fill(NO_HASH);
    this.mask = MIN_SIZE - 1;
    this.fill = 0;
    this.used = 0;
  }

  /** set_swap_bodies: exchanges the contents (not the pop fingers) of two tables. */
  swapBodies(other: SetTable<K>): void {
    [this.keys, other.keys] = [other.keys, this.keys];
    [this.hashes, other.hashes] = [other.hashes, this.hashes];
    [this.mask, other.mask] = [other.mask, this.mask];
    [this.fill, other.fill] = [other.fill, this.fill];
    [this.used, other.used] = [other.used, this.used];
  }

  /**
   * set_merge: adds every key of `other`. One resize up front; an empty
   * table of the same size without dummies on the other side is copied slot
   * by slot, an empty one of another size gets clean inserts in `other`'s
   * slot order, anything else ordinary adds.
   */
  merge(other: SetTable<K>): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      for (let j = 0; j <= other.mask; j++) {
        const k = other.keys[j];
        if (k !== undefined) {
          this.keys[j] = k;
          this.hashes[j] = other.hashes[j]!;
        }
      }
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      this.fill = other.used;
      this.used = other.used;
      for (let j = 0; j <= other.mask; j++) {
        const k = other.keys[j];
        if (k !== undefined && k !== DUMMY) this.insertClean(k, other.hashes[j]!);
      }
      return;
    }
    for (let j = 0; j <= other.mask; j++) {
      const k = other.keys[j];
      if (k !== undefined && k !== DUMMY) this.add(k, other.hashes[j]!);
    }
  }

  /** set_update_internal for a dict: one resize for `count` keys up front, then adds. */
  addMany(entries: Iterable<[K, SlotHash]>, count: number): void {
    if ((this.fill + count) * 5 >= this.mask * 3) this.resize((this.used + count) * 2);
    for (const [k, h] of entries) this.add(k, h);
  }

  /** After removals (difference_update): resizes dummies away when they exceed a quarter of the slots. */
  compactAfterRemovals(): void {
    if (this.fill - this.used <= Math.floor(this.mask / 4)) return;
    this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** A table with the same contents (set.copy, via set_merge into an empty table). */
  copy(): SetTable<K> {
    const t = new SetTable<K>({ equals: this.equals });
    t.merge(this);
    return t;
  }

  /** set_insert_clean: the first empty slot on the probe path; no equality checks needed. */
  private insertClean(key: K, hash: SlotHash): void {
    const probe = new Probe(hash, this.mask);
    for (;;) {
      const i = probe.index;
      const limit = i + LINEAR_PROBES <= this.mask ? i + LINEAR_PROBES : i;
      for (let j = i; j <= limit; j++) {
        if (this.keys[j] === undefined) {
          this.keys[j] = key;
          this.hashes[j] = hash;
          return;
        }
      }
      probe.next();
    }
  }
}

/**
 * The probe sequence: start at hash & mask, then i = 5i + 1 + perturb with
 * perturb (the hash as unsigned 64-bit) shifted right 5 each time. The mask
 * is below 2**32, so only perturb's low 32 bits ever reach the index; it is
 * kept as two 32-bit halves to shift without bigint work.
 */
class Probe {
  index: number;
  private hi: number;
  private lo: number;

  constructor(hash: SlotHash, private readonly mask: number) {
    if (typeof hash === 'number') {
      // A safe integer: the halves come from the double, without bigint work.
      this.lo = hash >>> 0;
      this.hi = Math.floor(hash / 4294967296) >>> 0;
    } else {
      const u = BigInt.asUintN(64, hash);
      this.hi = Number(u >> 32n);
      this.lo = Number(u & 0xffffffffn);
    }
    this.index = this.lo & mask;
  }

  next(): void {
    this.lo = ((this.lo >>> PERTURB_SHIFT) | (this.hi << (32 - PERTURB_SHIFT))) >>> 0;
    this.hi = this.hi >>> PERTURB_SHIFT;
    // Math.imul-free: index*5 + 1 + lo stays below 2**35, exact in a double.
    this.index = (this.index * 5 + 1 + this.lo) % (this.mask + 1);
  }
}

/**
 * `list(set(items))` for items added one by one; the first of equal items
 * wins, as in CPython.
 */
export function setIterationOrder<K>(items: Iterable<K>, hash: (k: K) => bigint, equals: (a: K, b: K) => boolean): K[] {
  const table = new SetTable<K>({ equals });
  for (const item of items) table.add(item, slotHash(hash(item)));
  return [...table];
}
