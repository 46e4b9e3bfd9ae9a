// list.sort's algorithm as CPython 3.12 runs it (Objects/listobject.c and
// listsort.txt): natural runs extended to minrun by binary insertion,
// powersort's merge policy, merges with galloping. Comparisons are made in
// exactly CPython's order, so a user-defined __lt__ is called the same
// number of times with the same arguments (visible in output and in line
// events), and an exception leaves the items as CPython leaves them.

const MIN_GALLOP = 7;

/** `a < b` for the sort; may throw (the sort then stops, items stay a permutation). */
export type LessThan<K> = (a: K, b: K) => boolean;

interface Run {
  base: number;
  len: number;
  power: number;
}

/**
 * Sorts `keys` in place, moving `values` (when given) the same way. On an
 * exception from `lt` the arrays hold a permutation of their items (as far
 * as the sort got) and the exception propagates.
 */
export function timsort<K, V>(keys: K[], values: V[] | null, lt: LessThan<K>): void {
  new MergeState(keys, values, lt).sort();
}

class MergeState<K, V> {
  private minGallop = MIN_GALLOP;
  private readonly pending: Run[] = [];

  constructor(private readonly keys: K[], private readonly values: V[] | null, private readonly lt: LessThan<K>) {}

  sort(): void {
    const n = this.keys.length;
    if (n < 2) return;
    const minrun = computeMinrun(n);
    let lo = 0;
    let remaining = n;
    do {
      let [runLen, descending] = this.countRun(lo, lo + remaining);
      if (descending) this.reverse(lo, lo + runLen);
      if (runLen < minrun) {
        const force = remaining <= minrun ? remaining : minrun;
        this.binarySort(lo, lo + force, lo + runLen);
        runLen = force;
      }
      this.foundNewRun(runLen);
      this.pending.push({ base: lo, len: runLen, power: 0 });
      lo += runLen;
      remaining -= runLen;
    } while (remaining > 0);
    this.forceCollapse();
  }

  private reverse(lo: number, hi: number): void {
    reverseRange(this.keys, lo, hi);
    if (this.values !== null) reverseRange(this.values, lo, hi);
  }

  /** count_run (3.12): the run starting at lo; strictly descending runs are reported for reversal. */
  private countRun(lo: number, hi: number): [number, boolean] {
    const k = this.keys;
    if (lo + 1 === hi) return [1, false];
    let n = 2;
    let i = lo + 1;
    if (this.lt(k[i]!, k[i - 1]!)) {
      for (i = i + 1; i < hi; i++, n++) {
        if (!this.lt(k[i]!, k[i - 1]!)) break;
      }
      return [n, true];
    }
    for (i = i + 1; i < hi; i++, n++) {
      if (this.lt(k[i]!, k[i - 1]!)) break;
    }
    return [n, false];
  }

  /** binarysort: [lo, start) is sorted; inserts start..hi-1 by binary search. */
  private binarySort(lo: number, hi: number, start: number): void {
    const k = this.keys;
    const v = this.values;
    if (lo === start) start++;
    for (; start < hi; start++) {
      let l = lo;
      let r = start;
      const pivot = k[r]!;
      do {
        const p = l + ((r - l) >> 1);
        if (this.lt(pivot, k[p]!)) r = p;
        else l = p + 1;
      } while (l < r);
      for (let p = start; p > l; p--) k[p] = k[p - 1]!;
      k[l] = pivot;
      if (v !== null) {
        const pv = v[start]!;
        for (let p = start; p > l; p--) v[p] = v[p - 1]!;
        v[l] = pv;
      }
    }
  }

  /** found_new_run: powersort's rule for merging pending runs before pushing one of length n2. */
  private foundNewRun(n2: number): void {
    const p = this.pending;
    if (p.length === 0) return;
    const last = p[p.length - 1]!;
    const power = powerloop(last.base, last.len, n2, this.keys.length);
    while (p.length > 1 && p[p.length - 2]!.power > power) this.mergeAt(p.length - 2);
    p[p.length - 1]!.power = power;
  }

  private forceCollapse(): void {
    const p = this.pending;
    while (p.length > 1) {
      let n = p.length - 2;
      if (n > 0 && p[n - 1]!.len < p[n + 1]!.len) n--;
      this.mergeAt(n);
    }
  }

  /** merge_at: merges pending runs i and i+1. */
  private mergeAt(i: number): void {
    const p = this.pending;
    let baseA = p[i]!.base;
    let na = p[i]!.len;
    const baseB = p[i + 1]!.base;
    let nb = p[i + 1]!.len;
    p[i]!.len = na + nb;
    p.splice(i + 1, 1);
    const k = this.gallopRight(this.keys[baseB]!, this.keys, baseA, na, 0);
    baseA += k;
    na -= k;
    if (na === 0) return;
    nb = this.gallopLeft(this.keys[baseA + na - 1]!, this.keys, baseB, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLo(baseA, na, baseB, nb);
    else this.mergeHi(baseA, na, baseB, nb);
  }

  /** gallop_left: the leftmost position in a[base..base+n) where key belongs (key <= a[result]). */
  private gallopLeft(key: K, a: K[], base: number, n: number, hint: number): number {
    let lastofs = 0;
    let ofs = 1;
    if (this.lt(a[base + hint]!, key)) {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (this.lt(a[base + hint + ofs]!, key)) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (this.lt(a[base + hint - ofs]!, key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (this.lt(a[base + m]!, key)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  /** gallop_right: the rightmost position in a[base..base+n) where key belongs (a[result-1] <= key). */
  private gallopRight(key: K, a: K[], base: number, n: number, hint: number): number {
    let lastofs = 0;
    let ofs = 1;
    if (this.lt(key, a[base + hint]!)) {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (this.lt(key, a[base + hint - ofs]!)) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (this.lt(key, a[base + hint + ofs]!)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (this.lt(key, a[base + m]!)) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  /** merge_lo: run A (the shorter) is copied out; the merge fills from the left. */
  private mergeLo(pa: number, na: number, pb: number, nb: number): void {
    const keys = this.keys;
    const vals = this.values;
    const tk = keys.slice(pa, pa + na);
    const tv = vals === null ? null : vals.slice(pa, pa + na);
    let a = 0;
    let b = pb;
    let dest = pa;
    const move = (from: K[], fromV: V[] | null, i: number): void => {
      keys[dest] = from[i]!;
      if (vals !== null) vals[dest] = fromV![i]!;
      dest++;
    };
    const copyA = (count: number): void => {
      for (let j = 0; j < count; j++) move(tk, tv, a + j);
    };
    const copyB = (count: number): void => {
      for (let j = 0; j < count; j++) move(keys, vals, b + j);
    };
    move(keys, vals, b++);
    nb--;
    try {
      if (nb === 0) return;
      if (na === 1) { copyB(nb); b += nb; copyA(1); a++; na = 0; return; }
      let minGallop = this.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        let finished = false;
        for (;;) {
          if (this.lt(keys[b]!, tk[a]!)) {
            move(keys, vals, b++);
            bcount++;
            acount = 0;
            nb--;
            if (nb === 0) { finished = true; break; }
            if (bcount >= minGallop) break;
          } else {
            move(tk, tv, a++);
            acount++;
            bcount = 0;
            na--;
            if (na === 1) { copyB(nb); b += nb; copyA(1); a++; na = 0; return; }
            if (acount >= minGallop) break;
          }
        }
        if (finished) return;
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(keys[b]!, tk, a, na, 0);
          acount = k;
          if (k) {
            copyA(k);
            a += k;
            na -= k;
            if (na === 1) { copyB(nb); b += nb; copyA(1); a++; na = 0; return; }
            if (na === 0) return;
          }
          move(keys, vals, b++);
          nb--;
          if (nb === 0) return;
          k = this.gallopLeft(tk[a]!, keys, b, nb, 0);
          bcount = k;
          if (k) {
            copyB(k);
            b += k;
            nb -= k;
            if (nb === 0) return;
          }
          move(tk, tv, a++);
          na--;
          if (na === 1) { copyB(nb); b += nb; copyA(1); a++; na = 0; return; }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      // Whatever is left of A goes after what has been merged (Succeed and Fail both).
      if (na > 0) copyA(na);
    }
  }

  /** merge_hi: run B (the shorter) is copied out; the merge fills from the right. */
  private mergeHi(pa: number, na: number, pb: number, nb: number): void {
    const keys = this.keys;
    const vals = this.values;
    const tk = keys.slice(pb, pb + nb);
    const tv = vals === null ? null : vals.slice(pb, pb + nb);
    let dest = pb + nb - 1;
    let a = pa + na - 1;
    let b = nb - 1;
    const put = (from: K[], fromV: V[] | null, i: number): void => {
      keys[dest] = from[i]!;
      if (vals !== null) vals[dest] = fromV![i]!;
      dest--;
    };
    // CopyA: the rest of A slides right, then B's first item goes before it.
    const copyAThenB = (): void => {
      for (let j = 0; j < na; j++) put(keys, vals, a - j);
      a -= na;
      put(tk, tv, b);
      b--;
      nb = 0;
    };
    put(keys, vals, a--);
    na--;
    try {
      if (na === 0) return;
      if (nb === 1) { copyAThenB(); return; }
      let minGallop = this.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        let finished = false;
        for (;;) {
          if (this.lt(tk[b]!, keys[a]!)) {
            put(keys, vals, a--);
            acount++;
            bcount = 0;
            na--;
            if (na === 0) { finished = true; break; }
            if (acount >= minGallop) break;
          } else {
            put(tk, tv, b--);
            bcount++;
            acount = 0;
            nb--;
            if (nb === 1) { copyAThenB(); return; }
            if (bcount >= minGallop) break;
          }
        }
        if (finished) return;
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(tk[b]!, keys, pa, na, na - 1);
          k = na - k;
          acount = k;
          if (k) {
            for (let j = 0; j < k; j++) put(keys, vals, a - j);
            a -= k;
            na -= k;
            if (na === 0) return;
          }
          put(tk, tv, b--);
          nb--;
          if (nb === 1) { copyAThenB(); return; }
          k = this.gallopLeft(keys[a]!, tk, 0, nb, nb - 1);
          k = nb - k;
          bcount = k;
          if (k) {
            for (let j = 0; j < k; j++) put(tk, tv, b - j);
            b -= k;
            nb -= k;
            if (nb === 1) { copyAThenB(); return; }
            if (nb === 0) return;
          }
          put(keys, vals, a--);
          na--;
          if (na === 0) return;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      // What is left of B goes before what has been merged (Succeed and Fail both).
      if (nb > 0) {
        for (let j = 0; j < nb; j++) {
          keys[dest - nb + 1 + j] = tk[j]!;
          if (vals !== null) vals[dest - nb + 1 + j] = tv![j]!;
        }
      }
    }
  }
}

function reverseRange<T>(a: T[], lo: number, hi: number): void {
  for (let i = lo, j = hi - 1; i < j; i++, j--) {
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
}

/** merge_compute_minrun: n's six top bits, plus one if any lower bit is set. */
function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** powerloop: the depth at which the boundary between two adjacent runs falls in the list's binary subdivision. */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}
