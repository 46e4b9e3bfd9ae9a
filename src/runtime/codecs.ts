// str.encode / bytes.decode for CPython 3.12's built-in fast-path codecs:
// utf-8, ascii, latin-1, with the error handlers strict, ignore, replace,
// backslashreplace, surrogateescape, surrogatepass (and xmlcharrefreplace on
// encode). A decoded high+low surrogate pair becomes one astral character in
// the JS string: the one place this representation differs from CPython.
// Python str is a JS string whose unpaired surrogates are Python lone
// surrogates; positions in messages count code points, as CPython does.
import { PythonError } from './python-error.js';

type Codec = 'utf-8' | 'ascii' | 'latin-1';

// encodings/aliases.py entries (and module names) that lead to the three codecs.
const ALIASES: Record<string, Codec> = {};
for (const a of ['utf_8', 'u8', 'utf', 'utf8_ucs2', 'utf8_ucs4', 'cp65001', 'utf8']) ALIASES[a] = 'utf-8';
for (const a of ['ascii', '646', 'ansi_x3.4_1968', 'ansi_x3_4_1968', 'ansi_x3.4_1986', 'cp367', 'csascii', 'ibm367',
  'iso646_us', 'iso_646.irv_1991', 'iso_ir_6', 'us', 'us_ascii']) ALIASES[a] = 'ascii';
for (const a of ['latin_1', '8859', 'cp819', 'csisolatin1', 'ibm819', 'iso8859', 'iso8859_1', 'iso_8859_1',
  'iso_8859_1_1987', 'iso_ir_100', 'l1', 'latin', 'latin1']) ALIASES[a] = 'latin-1';

/** Resolves an encoding name like codecs.lookup + encodings.normalize_encoding (ASCII names only). */
export function lookupCodec(encoding: string): Codec {
  // codecs.c lowercases; normalize_encoding collapses runs of other chars to '_'.
  let norm = '';
  let punct = false;
  for (const c of encoding.toLowerCase()) {
    if (/^[a-z0-9.]$/.test(c)) {
      if (punct && norm !== '') norm += '_';
      norm += c;
      punct = false;
    } else {
      punct = true;
    }
  }
  const codec = ALIASES[norm] ?? ALIASES[norm.replace(/\./g, '_')];
  if (codec === undefined) throw new PythonError('LookupError', `unknown encoding: ${encoding}`);
  return codec;
}

function unknownHandler(errors: string): never {
  throw new PythonError('LookupError', `unknown error handler name '${errors}'`);
}

const hex2 = (n: number): string => n.toString(16).padStart(2, '0');

function charEscape(cp: number): string {
  if (cp < 0x100) return `\\x${hex2(cp)}`;
  if (cp < 0x10000) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\U${cp.toString(16).padStart(8, '0')}`;
}

/**
 * A UnicodeEncodeError or UnicodeDecodeError with the fields the exception
 * object carries (the VM builds the real exception from them; `object` is
 * the str or bytes being converted, which the caller has).
 */
export class UnicodeCodecError extends PythonError {
  constructor(
    pyType: 'UnicodeEncodeError' | 'UnicodeDecodeError',
    message: string,
    readonly encoding: string,
    readonly start: number,
    readonly end: number,
    readonly reason: string,
  ) {
    super(pyType, message);
  }
}

function encodeError(codec: Codec, cps: number[], start: number, end: number, reason: string): PythonError {
  const what = end === start + 1
    ? `character '${charEscape(cps[start]!)}' in position ${start}`
    : `characters in position ${start}-${end - 1}`;
  return new UnicodeCodecError('UnicodeEncodeError', `'${codec}' codec can't encode ${what}: ${reason}`, codec, start, end, reason);
}

function decodeError(codec: Codec, bytes: Uint8Array, start: number, end: number, reason: string): PythonError {
  const what = end === start + 1
    ? `byte 0x${hex2(bytes[start]!)} in position ${start}`
    : `bytes in position ${start}-${end - 1}`;
  return new UnicodeCodecError('UnicodeDecodeError', `'${codec}' codec can't decode ${what}: ${reason}`, codec, start, end, reason);
}

const isSurrogate = (cp: number): boolean => cp >= 0xd800 && cp <= 0xdfff;

/** str.encode(encoding, errors). */
export function encodeStr(s: string, encoding = 'utf-8', errors = 'strict'): Uint8Array {
  const codec = lookupCodec(encoding);
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  // What each codec cannot encode: surrogates (utf-8) or ordinals >= limit.
  const limit = codec === 'ascii' ? 0x80 : 0x100;
  const bad = codec === 'utf-8' ? isSurrogate : (cp: number) => cp >= limit;
  const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
  const out: number[] = [];
  let i = 0;
  while (i < cps.length) {
    const cp = cps[i]!;
    if (!bad(cp)) {
      if (codec !== 'utf-8' || cp < 0x80) out.push(cp);
      else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
      else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
      else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
      i++;
      continue;
    }
    // CPython hands the whole run of unencodable characters to the handler at once.
    let end = i + 1;
    while (end < cps.length && bad(cps[end]!)) end++;
    const run = cps.slice(i, end);
    switch (errors) {
      case 'strict': throw encodeError(codec, cps, i, end, reason);
      case 'ignore': break;
      case 'replace': for (const _ of run) out.push(0x3f); break;
      case 'backslashreplace': for (const c of run) for (const ch of charEscape(c)) out.push(ch.charCodeAt(0)); break;
      case 'xmlcharrefreplace': for (const c of run) for (const ch of `&#${c};`) out.push(ch.charCodeAt(0)); break;
      case 'namereplace':
        // Needs code point → name, which the runtime does not carry yet (the parser only maps names to code points).
        throw new PythonError('NotImplementedError', "etpy: the 'namereplace' error handler is not supported yet");
      case 'surrogatepass':
        // utf-8 writes surrogates as three-byte sequences; the handler knows
        // no other of these codecs and re-raises the original error.
        if (codec !== 'utf-8') throw encodeError(codec, cps, i, end, reason);
        for (const c of run) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
        break;
      case 'surrogateescape': {
        // Escapes U+DC80..U+DCFF back to bytes; the first other character
        // fails with the rest of the run as the error range.
        let k = i;
        while (k < end && cps[k]! >= 0xdc80 && cps[k]! <= 0xdcff) out.push(cps[k++]! - 0xdc00);
        if (k < end) throw encodeError(codec, cps, k, end, reason);
        break;
      }
      default: unknownHandler(errors);
    }
    i = end;
  }
  return Uint8Array.from(out);
}

/** Length and error of the UTF-8 sequence at bytes[i] (the maximal-subpart rule CPython follows). */
function utf8Step(b: Uint8Array, i: number): { len: number; cp: number } | { end: number; reason: string } {
  const lead = b[i]!;
  if (lead < 0x80) return { len: 1, cp: lead };
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) need = 1;
  else if (lead >= 0xe0 && lead <= 0xef) {
    need = 2;
    // E0 would be overlong below A0; ED above 9F would be a surrogate.
    if (lead === 0xe0) lo = 0xa0; else if (lead === 0xed) hi = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    need = 3;
    // F0 would be overlong below 90; F4 above 8F passes U+10FFFF.
    if (lead === 0xf0) lo = 0x90; else if (lead === 0xf4) hi = 0x8f;
  } else {
    return { end: i + 1, reason: 'invalid start byte' };
  }
  let cp = lead & (0x3f >> need);
  for (let k = 1; k <= need; k++) {
    if (i + k >= b.length) return { end: b.length, reason: 'unexpected end of data' };
    const c = b[i + k]!;
    if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return { end: i + k, reason: 'invalid continuation byte' };
    cp = (cp << 6) | (c & 0x3f);
  }
  return { len: need + 1, cp };
}

/** bytes.decode(encoding, errors). */
export function decodeBytes(b: Uint8Array, encoding = 'utf-8', errors = 'strict'): string {
  const codec = lookupCodec(encoding);
  const parts: string[] = [];
  let i = 0;
  while (i < b.length) {
    let end: number;
    let reason: string;
    if (codec === 'latin-1' || b[i]! < 0x80) {
      parts.push(String.fromCharCode(b[i]!));
      i++;
      continue;
    }
    if (codec === 'ascii') {
      end = i + 1;
      reason = 'ordinal not in range(128)';
    } else {
      const step = utf8Step(b, i);
      if ('cp' in step) {
        parts.push(String.fromCodePoint(step.cp));
        i += step.len;
        continue;
      }
      ({ end, reason } = step);
    }
    switch (errors) {
      case 'strict': throw decodeError(codec, b, i, end, reason);
      case 'ignore': break;
      case 'replace': parts.push('\ufffd'); break;
      case 'backslashreplace': for (let k = i; k < end; k++) parts.push(`\\x${hex2(b[k]!)}`); break;
      // Bad bytes are always >= 0x80 here, so every one has an escape.
      case 'surrogateescape': for (let k = i; k < end; k++) parts.push(String.fromCharCode(0xdc00 + b[k]!)); break;
      case 'surrogatepass': {
        // PyCodec_SurrogatePassErrors: one three-byte surrogate at the error
        // start (whatever the error range), else the original error.
        const cp = codec === 'utf-8' && b.length - i >= 3 && (b[i]! & 0xf0) === 0xe0 && (b[i + 1]! & 0xc0) === 0x80
          && (b[i + 2]! & 0xc0) === 0x80 ? ((b[i]! & 0x0f) << 12) | ((b[i + 1]! & 0x3f) << 6) | (b[i + 2]! & 0x3f) : 0;
        if (!isSurrogate(cp)) throw decodeError(codec, b, i, end, reason);
        parts.push(String.fromCharCode(cp));
        end = i + 3;
        break;
      }
      case 'xmlcharrefreplace':
      case 'namereplace':
        throw new PythonError('TypeError', "don't know how to handle UnicodeDecodeError in error callback");
      default: unknownHandler(errors);
    }
    i = end;
  }
  return parts.join('');
}
