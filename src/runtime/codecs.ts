// str.encode / bytes.decode for CPython 3.12's built-in fast-path codecs:
// utf-8, ascii, latin-1, with the error handlers strict, ignore, replace,
// backslashreplace, surrogateescape, surrogatepass (and xmlcharrefreplace on
// encode). A decoded high+low surrogate pair becomes one astral character in
// the JS string: the one place this representation differs from CPython.
// Python str is a JS string whose unpaired surrogates are Python lone
// surrogates; positions in messages count code points, as CPython does.
import { PythonError } from './python-error.js';

type Codec = 'utf-8' | 'ascii' | 'latin-1' | WideCodec;
type WideCodec = 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be';

// encodings/aliases.py entries (and module names) that lead to the three codecs.
const ALIASES: Record<string, Codec> = {};
for (const a of ['utf_8', 'u8', 'utf', 'utf8_ucs2', 'utf8_ucs4', 'cp65001', 'utf8']) ALIASES[a] = 'utf-8';
for (const a of ['ascii', '646', 'ansi_x3.4_1968', 'ansi_x3_4_1968', 'ansi_x3.4_1986', 'cp367', 'csascii', 'ibm367',
  'iso646_us', 'iso_646.irv_1991', 'iso_ir_6', 'us', 'us_ascii']) ALIASES[a] = 'ascii';
for (const a of ['latin_1', '8859', 'cp819', 'csisolatin1', 'ibm819', 'iso8859', 'iso8859_1', 'iso_8859_1',
  'iso_8859_1_1987', 'iso_ir_100', 'l1', 'latin', 'latin1']) ALIASES[a] = 'latin-1';
for (const a of ['utf_16', 'u16', 'utf16']) ALIASES[a] = 'utf-16';
for (const a of ['utf_16_le', 'utf_16le', 'unicodelittleunmarked']) ALIASES[a] = 'utf-16-le';
for (const a of ['utf_16_be', 'utf_16be', 'unicodebigunmarked']) ALIASES[a] = 'utf-16-be';
for (const a of ['utf_32', 'u32', 'utf32']) ALIASES[a] = 'utf-32';
for (const a of ['utf_32_le', 'utf_32le']) ALIASES[a] = 'utf-32-le';
for (const a of ['utf_32_be', 'utf_32be']) ALIASES[a] = 'utf-32-be';

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

function encodeError(codec: string, cps: number[], start: number, end: number, reason: string): PythonError {
  const what = end === start + 1
    ? `character '${charEscape(cps[start]!)}' in position ${start}`
    : `characters in position ${start}-${end - 1}`;
  return new UnicodeCodecError('UnicodeEncodeError', `'${codec}' codec can't encode ${what}: ${reason}`, codec, start, end, reason);
}

function decodeError(codec: string, bytes: Uint8Array, start: number, end: number, reason: string): PythonError {
  const what = end === start + 1
    ? `byte 0x${hex2(bytes[start]!)} in position ${start}`
    : `bytes in position ${start}-${end - 1}`;
  return new UnicodeCodecError('UnicodeDecodeError', `'${codec}' codec can't decode ${what}: ${reason}`, codec, start, end, reason);
}

const isSurrogate = (cp: number): boolean => cp >= 0xd800 && cp <= 0xdfff;

/** str.encode(encoding, errors). */
export function encodeStr(s: string, encoding = 'utf-8', errors = 'strict'): Uint8Array {
  const codec = lookupCodec(encoding);
  if (codec.startsWith('utf-16') || codec.startsWith('utf-32')) return encodeWide(s, codec as WideCodec, errors);
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
  if (codec.startsWith('utf-16') || codec.startsWith('utf-32')) return decodeWide(b, codec as WideCodec, errors);
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

// ---------------------------------------------------------------------------
// UTF-16 and UTF-32 (with a BOM for the plain names, little-endian as CPython
// on x86; decoding honours a leading BOM).

function wideShape(codec: WideCodec): { width: 2 | 4; little: boolean; bom: boolean } {
  return { width: codec.startsWith('utf-16') ? 2 : 4, little: !codec.endsWith('-be'), bom: codec === 'utf-16' || codec === 'utf-32' };
}

function pushUnit(out: number[], v: number, width: 2 | 4, little: boolean): void {
  for (let k = 0; k < width; k++) {
    const shift = 8 * (little ? k : width - 1 - k);
    out.push((v >>> shift) & 0xff);
  }
}

function pushCodePoint(out: number[], cp: number, width: 2 | 4, little: boolean): void {
  if (width === 4 || cp < 0x10000) pushUnit(out, cp, width, little);
  else {
    const v = cp - 0x10000;
    pushUnit(out, 0xd800 | (v >> 10), 2, little);
    pushUnit(out, 0xdc00 | (v & 0x3ff), 2, little);
  }
}

function encodeWide(s: string, codec: WideCodec, errors: string): Uint8Array {
  const { width, little, bom } = wideShape(codec);
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  const out: number[] = [];
  if (bom) pushUnit(out, 0xfeff, width, little);
  const reason = 'surrogates not allowed';
  let i = 0;
  while (i < cps.length) {
    const cp = cps[i]!;
    if (!isSurrogate(cp)) {
      pushCodePoint(out, cp, width, little);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < cps.length && isSurrogate(cps[end]!)) end++;
    const run = cps.slice(i, end);
    switch (errors) {
      case 'strict':
      case 'surrogateescape':
        throw encodeError(codec, cps, i, end, reason);
      case 'ignore': break;
      case 'replace': for (const _ of run) pushUnit(out, 0x3f, width, little); break;
      case 'backslashreplace': for (const c of run) for (const ch of charEscape(c)) pushUnit(out, ch.charCodeAt(0), width, little); break;
      case 'xmlcharrefreplace': for (const c of run) for (const ch of `&#${c};`) pushUnit(out, ch.charCodeAt(0), width, little); break;
      case 'surrogatepass': for (const c of run) pushUnit(out, c, width, little); break;
      case 'namereplace':
        throw new PythonError('NotImplementedError', "etpy: the 'namereplace' error handler is not supported yet");
      default: unknownHandler(errors);
    }
    i = end;
  }
  return Uint8Array.from(out);
}

function decodeWide(b: Uint8Array, codec: WideCodec, errors: string): string {
  const shape = wideShape(codec);
  const { width } = shape;
  let little = shape.little;
  let i = 0;
  if (shape.bom) {
    if (width === 2 && b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
      little = b[0] === 0xff;
      i = 2;
    } else if (width === 4 && b.length >= 4 && b[2] === 0 && b[3] === 0 && b[0] === 0xff && b[1] === 0xfe) {
      i = 4;
    } else if (width === 4 && b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) {
      little = false;
      i = 4;
    }
  }
  // Errors name the byte order actually decoded.
  const name = `utf-${width * 8}-${little ? 'le' : 'be'}`;
  const unit = (at: number, w: number): number => {
    let v = 0;
    for (let k = 0; k < w; k++) v = v * 256 + b[at + (little ? w - 1 - k : k)]!;
    return v;
  };
  const parts: string[] = [];
  while (i < b.length) {
    let end: number;
    let reason: string;
    let pass: number | null = null;
    if (b.length - i < width) {
      end = b.length;
      reason = 'truncated data';
    } else if (width === 4) {
      const cp = unit(i, 4);
      if (cp <= 0x10ffff && !isSurrogate(cp)) {
        parts.push(String.fromCodePoint(cp));
        i += 4;
        continue;
      }
      end = i + 4;
      reason = cp > 0x10ffff ? 'code point not in range(0x110000)' : 'code point in surrogate code point range(0xd800, 0xe000)';
      if (cp <= 0x10ffff) pass = cp;
    } else {
      const u = unit(i, 2);
      if (!isSurrogate(u)) {
        parts.push(String.fromCharCode(u));
        i += 2;
        continue;
      }
      if (u >= 0xdc00) {
        end = i + 2;
        reason = 'illegal encoding';
        pass = u;
      } else if (b.length - i < 4) {
        end = b.length;
        reason = 'unexpected end of data';
        if (b.length - i === 2) pass = u;
      } else {
        const u2 = unit(i + 2, 2);
        if (u2 >= 0xdc00 && u2 <= 0xdfff) {
          parts.push(String.fromCodePoint(0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00)));
          i += 4;
          continue;
        }
        end = i + 2;
        reason = 'illegal UTF-16 surrogate';
        pass = u;
      }
    }
    switch (errors) {
      case 'strict': throw decodeError(name, b, i, end, reason);
      case 'ignore': break;
      case 'replace': parts.push('\ufffd'); break;
      case 'backslashreplace': for (let k = i; k < end; k++) parts.push(`\\x${hex2(b[k]!)}`); break;
      case 'surrogatepass':
        if (pass === null) throw decodeError(name, b, i, end, reason);
        parts.push(String.fromCharCode(pass));
        end = i + width;
        break;
      case 'surrogateescape': {
        for (let k = i; k < end; k++) if (b[k]! < 0x80) throw decodeError(name, b, i, end, reason);
        for (let k = i; k < end; k++) parts.push(String.fromCharCode(0xdc00 + b[k]!));
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
