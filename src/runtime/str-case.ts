// Python 3.12's str methods that depend on the Unicode database, on JS strings
// read as sequences of code points (a lone surrogate is one code point, as in
// a Python str). The algorithms follow Objects/unicodeobject.c; the per-code-
// point data comes from CPython itself (scripts/gen-unicode-case.py), not from
// Node's ICU, whose Unicode is newer and whose case mapping differs.
import {
  CASEFOLD_MULTI, CASEFOLD_SINGLE, FLAG_ALPHABET, FLAG_PALETTE, FLAG_RUN_LENGTHS, FLAG_RUN_VALUES,
  LOWER_MULTI, LOWER_SINGLE, TITLE_MULTI, TITLE_SINGLE, UPPER_MULTI, UPPER_SINGLE,
} from './unicode-case-data.js';

// Bit order of the generator's FLAG_NAMES.
const ALPHA = 1 << 0;
const DECIMAL = 1 << 1;
const DIGIT = 1 << 2;
const NUMERIC = 1 << 3;
const SPACE = 1 << 4;
const PRINTABLE = 1 << 5;
const UPPER = 1 << 6;
const LOWER = 1 << 7;
const TITLE = 1 << 8;
const CASED = 1 << 9;
const CASE_IGNORABLE = 1 << 10;
const XID_START = 1 << 11;
const XID_CONTINUE = 1 << 12;

// Flag runs: starts[i] is the first code point of run i, flags[i] its flags;
// decoded on first use (a start-up that never asks costs nothing), with a
// direct table for the Latin-1 range to keep the common case off the search.
interface FlagTables { readonly starts: number[]; readonly flags: number[]; readonly latin1: Uint16Array }
let flagTables: FlagTables | null = null;

function decodeFlagTables(): FlagTables {
  const starts: number[] = [];
  const flags: number[] = [];
  let cp = 0;
  FLAG_RUN_LENGTHS.split(' ').forEach((len, i) => {
    starts.push(cp);
    flags.push(FLAG_PALETTE[FLAG_ALPHABET.indexOf(FLAG_RUN_VALUES[i]!)]!);
    cp += Number.parseInt(len, 36);
  });
  const latin1 = new Uint16Array(256);
  const tables = { starts, flags, latin1 };
  for (let c = 0; c < 256; c++) latin1[c] = searchFlags(tables, c);
  return tables;
}

function searchFlags(t: FlagTables, cp: number): number {
  let lo = 0;
  let hi = t.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.starts[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  return t.flags[lo]!;
}

function flagsOf(cp: number): number {
  const t = flagTables ??= decodeFlagTables();
  return cp < 256 ? t.latin1[cp]! : searchFlags(t, cp);
}

/** Decodes one generated mapping into code point → result (a string). */
function decodeMapping(singles: string, multis: string, into: Map<number, string>): Map<number, string> {
  let prev = 0;
  if (singles !== '') {
    for (const tok of singles.split(' ')) {
      const [gap, delta, count, stride] = tok.split(',');
      const first = (prev += Number.parseInt(gap!, 36));
      const d = Number.parseInt(delta!, 36);
      const n = count === undefined ? 1 : Number.parseInt(count, 36);
      const s = stride === undefined ? 1 : Number(stride);
      for (let k = 0; k < n; k++) {
        const cp = first + k * s;
        into.set(cp, String.fromCodePoint(cp + d));
      }
    }
  }
  if (multis !== '') {
    for (const tok of multis.split(' ')) {
      const [cp, chars] = tok.split(':');
      into.set(Number.parseInt(cp!, 36), String.fromCodePoint(...chars!.split('.').map((c) => Number.parseInt(c, 36))));
    }
  }
  return into;
}

// The mappings are decoded on first use: a program that never changes case
// should not pay for it at start-up.
let upperMap: Map<number, string> | null = null;
let lowerMap: Map<number, string> | null = null;
let titleMap: Map<number, string> | null = null;
let foldMap: Map<number, string> | null = null;
const upperMapping = (): Map<number, string> => (upperMap ??= decodeMapping(UPPER_SINGLE, UPPER_MULTI, new Map()));
const lowerMapping = (): Map<number, string> => (lowerMap ??= decodeMapping(LOWER_SINGLE, LOWER_MULTI, new Map()));
// Title and casefold are stored as differences from upper and lower.
const titleMapping = (): Map<number, string> => (titleMap ??= decodeMapping(TITLE_SINGLE, TITLE_MULTI, new Map(upperMapping())));
const foldMapping = (): Map<number, string> => (foldMap ??= decodeMapping(CASEFOLD_SINGLE, CASEFOLD_MULTI, new Map(lowerMapping())));

/** The code points of a str, lone surrogates included. */
function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

const chr = (cp: number): string => String.fromCodePoint(cp);
const toUpperFull = (cp: number): string => upperMapping().get(cp) ?? chr(cp);
const toLowerFull = (cp: number): string => lowerMapping().get(cp) ?? chr(cp);
const toTitleFull = (cp: number): string => titleMapping().get(cp) ?? chr(cp);
const toFoldedFull = (cp: number): string => foldMapping().get(cp) ?? chr(cp);

const CAPITAL_SIGMA = 0x3a3;

/**
 * handle_capital_sigma: Σ lowers to final ς when a cased character precedes it
 * and none follows, skipping case-ignorable characters on both sides.
 */
function lowerSigma(cps: readonly number[], i: number): string {
  let j = i - 1;
  while (j >= 0 && flagsOf(cps[j]!) & CASE_IGNORABLE) j--;
  let final = j >= 0 && (flagsOf(cps[j]!) & CASED) !== 0;
  if (final && i + 1 < cps.length) {
    j = i + 1;
    while (j < cps.length && flagsOf(cps[j]!) & CASE_IGNORABLE) j++;
    final = j === cps.length || (flagsOf(cps[j]!) & CASED) === 0;
  }
  return final ? '\u03c2' : '\u03c3';
}

/** lower_ucs4: ToLowerFull, except Σ which depends on its neighbours. */
function lowerAt(cps: readonly number[], i: number): string {
  const cp = cps[i]!;
  return cp === CAPITAL_SIGMA ? lowerSigma(cps, i) : toLowerFull(cp);
}

// On ASCII text JS's case mapping is Python's (only a-z and A-Z change): no table lookups.
const ASCII = /^[\x00-\x7f]*$/;

export function upper(s: string): string {
  if (ASCII.test(s)) return s.toUpperCase();
  let out = '';
  for (const cp of codePoints(s)) out += toUpperFull(cp);
  return out;
}

export function lower(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  const cps = codePoints(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

export function casefold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  let out = '';
  for (const cp of codePoints(s)) out += toFoldedFull(cp);
  return out;
}

export function swapcase(s: string): string {
  const cps = codePoints(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const f = flagsOf(cps[i]!);
    // Titlecase letters (neither upper nor lower) stay as they are.
    if (f & UPPER) out += lowerAt(cps, i);
    else if (f & LOWER) out += toUpperFull(cps[i]!);
    else out += chr(cps[i]!);
  }
  return out;
}

/** Since 3.8 the first character is titlecased, not uppercased (matters for digraphs). */
export function capitalize(s: string): string {
  const cps = codePoints(s);
  if (cps.length === 0) return '';
  let out = toTitleFull(cps[0]!);
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

/** do_title: a character after a cased one is lowered, any other is titlecased. */
export function title(s: string): string {
  const cps = codePoints(s);
  let out = '';
  let previousIsCased = false;
  for (let i = 0; i < cps.length; i++) {
    out += previousIsCased ? lowerAt(cps, i) : toTitleFull(cps[i]!);
    previousIsCased = (flagsOf(cps[i]!) & CASED) !== 0;
  }
  return out;
}

/** True for a non-empty str whose every code point has one of `mask`'s flags. */
function all(s: string, mask: number): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if ((flagsOf(ch.codePointAt(0)!) & mask) === 0) return false;
  return true;
}

export const isalpha = (s: string): boolean => all(s, ALPHA);
export const isdecimal = (s: string): boolean => all(s, DECIMAL);
export const isdigit = (s: string): boolean => all(s, DIGIT);
export const isnumeric = (s: string): boolean => all(s, NUMERIC);
/** unicode_isalnum_impl: alpha, decimal, digit or numeric, per character. */
export const isalnum = (s: string): boolean => all(s, ALPHA | DECIMAL | DIGIT | NUMERIC);
export const isspace = (s: string): boolean => all(s, SPACE);

/** Unlike the others, true for the empty str. */
export function isprintable(s: string): boolean {
  return s.length === 0 || all(s, PRINTABLE);
}

export function isascii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Some cased character and no lowercase or titlecase one. */
export function isupper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const f = flagsOf(ch.codePointAt(0)!);
    if (f & (LOWER | TITLE)) return false;
    if (f & UPPER) cased = true;
  }
  return cased;
}

/** Some cased character and no uppercase or titlecase one. */
export function islower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const f = flagsOf(ch.codePointAt(0)!);
    if (f & (UPPER | TITLE)) return false;
    if (f & LOWER) cased = true;
  }
  return cased;
}

/**
 * unicode_istitle_impl: upper/titlecase characters only after uncased ones,
 * lowercase only after cased ones, and at least one cased character. "Cased"
 * here means the upper/lower/title flags, not the CASED property.
 */
export function istitle(s: string): boolean {
  let cased = false;
  let previousIsCased = false;
  for (const ch of s) {
    const f = flagsOf(ch.codePointAt(0)!);
    if (f & (UPPER | TITLE)) {
      if (previousIsCased) return false;
      previousIsCased = cased = true;
    } else if (f & LOWER) {
      if (!previousIsCased) return false;
      previousIsCased = cased = true;
    } else previousIsCased = false;
  }
  return cased;
}

/** XID_Start or '_' first, then XID_Continue (PEP 3131; no NFKC here, as in str.isidentifier). */
export function isidentifier(s: string): boolean {
  const cps = codePoints(s);
  if (cps.length === 0) return false;
  if (cps[0] !== 0x5f && (flagsOf(cps[0]!) & XID_START) === 0) return false;
  for (let i = 1; i < cps.length; i++) if ((flagsOf(cps[i]!) & XID_CONTINUE) === 0) return false;
  return true;
}

// Per-code-point queries for the regex engine (re's \w, \d, \s and IGNORECASE,
// which use simple one-to-one case mappings).
export const cpIsAlnum = (cp: number): boolean => (flagsOf(cp) & (ALPHA | DECIMAL | DIGIT | NUMERIC)) !== 0;
export const cpIsDecimal = (cp: number): boolean => (flagsOf(cp) & DECIMAL) !== 0;
export const cpIsSpace = (cp: number): boolean => (flagsOf(cp) & SPACE) !== 0;

/** Simple lowercase mapping (İ lowers to i; no other full mapping is longer than one). */
export function cpLower(cp: number): number {
  if (cp < 128) return cp >= 65 && cp <= 90 ? cp + 32 : cp;
  const m = lowerMapping().get(cp);
  return m === undefined ? cp : m.codePointAt(0)!;
}

/** Simple uppercase mapping (characters whose full uppercase is longer stay as they are). */
export function cpUpper(cp: number): number {
  if (cp < 128) return cp >= 97 && cp <= 122 ? cp - 32 : cp;
  const m = upperMapping().get(cp);
  if (m === undefined) return cp;
  const u = m.codePointAt(0)!;
  return m.length === (u > 0xffff ? 2 : 1) ? u : cp;
}
