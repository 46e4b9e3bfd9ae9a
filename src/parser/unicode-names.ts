// `\N{NAME}` lookup as CPython 3.12's unicodeescape decoder does it: stored
// names match case-insensitively; CJK unified ideographs and Hangul syllables
// are made by rule and match only in upper case. The table (generated, see
// scripts/gen-unicode-names.py) is decoded on first use.
import { unicodeNamesData } from './unicode-names-data.js';

let table: Map<string, number> | null = null;

function decode(): Map<string, number> {
  const { ALPHABET, ONE, TWO, WORDS, NAMES } = unicodeNamesData();
  const words = WORDS.split(' ');
  const digit = new Map([...ALPHABET].map((c, i) => [c, i]));
  const B = ALPHABET.length;
  const map = new Map<string, number>();
  let cp = -1;
  for (const record of NAMES.split('\n')) {
    let i = 0;
    if (record[0] === '!') {
      const end = record.indexOf(';');
      cp += parseInt(record.slice(1, end), 36);
      i = end + 1;
    } else cp += 1;
    let name = '';
    let sep = '';
    while (i < record.length) {
      const c = record[i]!;
      if (c === '~') { sep = '-'; i++; continue; }
      if (c === '^') { sep = ' -'; i++; continue; }
      if (c === '`') { sep = '- '; i++; continue; }
      const lead = digit.get(c)!;
      let index: number;
      if (lead < ONE) { index = lead; i += 1; }
      else if (lead < ONE + TWO) { index = ONE + (lead - ONE) * B + digit.get(record[i + 1]!)!; i += 2; }
      else { index = ONE + TWO * B + (lead - ONE - TWO) * B * B + digit.get(record[i + 1]!)! * B + digit.get(record[i + 2]!)!; i += 3; }
      name += (name ? sep || ' ' : '') + words[index]!;
      sep = '';
    }
    map.set(name, cp);
  }
  return map;
}

const L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

/** The longest jamo short name at `at`, as CPython's find_syllable picks it. */
function jamo(s: string, at: number, names: readonly string[]): [number, number] {
  let best = -1, len = -1;
  names.forEach((n, i) => {
    if (n.length > len && s.startsWith(n, at)) { best = i; len = n.length; }
  });
  return [best, len];
}

function ruleMade(name: string): number | undefined {
  const hangul = 'HANGUL SYLLABLE ';
  if (name.startsWith(hangul)) {
    let at = hangul.length;
    const [l, ll] = jamo(name, at, L); at += ll;
    const [v, vl] = jamo(name, at, V); at += vl;
    const [t, tl] = jamo(name, at, T); at += tl;
    if (l < 0 || v < 0 || t < 0 || at !== name.length) return undefined;
    return 0xac00 + (l * 21 + v) * 28 + t;
  }
  const cjk = 'CJK UNIFIED IDEOGRAPH-';
  if (name.startsWith(cjk)) {
    const hex = name.slice(cjk.length);
    if (!/^[0-9A-F]{4,5}$/.test(hex)) return undefined;
    const cp = parseInt(hex, 16);
    return (unicodeNamesData().RANGES[cjk] ?? []).some(([a, b]) => cp >= a && cp <= b) ? cp : undefined;
  }
  return undefined;
}

/** The code point named `name`, or undefined (name aliases are not known yet). */
export function lookupUnicodeName(name: string): number | undefined {
  const made = ruleMade(name);
  if (made !== undefined) return made;
  table ??= decode();
  return table.get(name.toUpperCase());
}
