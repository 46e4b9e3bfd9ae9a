// str.format and str.format_map (Objects/stringlib/unicode_format.h): the
// markup iterator, field parsing (name, conversion, spec), automatic or
// manual numbering, attribute and index lookups, and nested fields in the
// format spec, with CPython's errors in CPython's order.
import { type KwArgs, type PyValue } from './object.js';
import { pyErr } from './errors.js';
import { getAttr, getItem, repr, str } from './protocols.js';
import { formatWithSpec } from './format.js';
import { asciiOfRepr } from '../runtime/str-repr.js';
import { decimalValue } from '../runtime/number-text.js';
import { checkLength } from './str-args.js';

interface Numbering {
  /** ANS_INIT, ANS_AUTO or ANS_MANUAL */
  mode: 'init' | 'auto' | 'manual';
  next: number;
}

interface Context {
  args: PyValue[] | null;
  kw: KwArgs | null;
  mapping: PyValue | undefined;
  numbering: Numbering;
}

export function strFormat(format: string, args: PyValue[], kw: KwArgs | null, mapping?: PyValue): string {
  const ctx: Context = { args: mapping === undefined ? args : null, kw, mapping, numbering: { mode: 'init', next: 0 } };
  return buildString(format, ctx, 2);
}

/** build_string + MarkupIterator: literal text and replacement fields, left to right. */
function buildString(format: string, ctx: Context, depth: number): string {
  if (depth <= 0) throw pyErr('ValueError', 'Max string recursion exceeded');
  let out = '';
  let pos = 0;
  const end = format.length;
  while (pos < end) {
    // Literal text up to a '{' or '}'.
    const start = pos;
    let c = '';
    let markup = false;
    while (pos < end) {
      c = format[pos++]!;
      if (c === '{' || c === '}') { markup = true; break; }
    }
    const atEnd = pos >= end;
    let len = pos - start;
    if (c === '}' && markup && (atEnd || format[pos] !== '}')) throw pyErr('ValueError', "Single '}' encountered in format string");
    if (atEnd && c === '{' && markup) throw pyErr('ValueError', "Single '{' encountered in format string");
    if (markup && !atEnd) {
      if (format[pos] === c) {
        // An escaped '{{' or '}}': one brace of literal text.
        pos++;
        markup = false;
      } else {
        len--;
      }
    } else if (!markup) {
      // plain text to the end
    }
    out += format.slice(start, start + len);
    checkLength(out.length);
    if (!markup) continue;
    const field = parseField(format, pos, end);
    pos = field.next;
    out += renderField(format, field, ctx, depth);
    checkLength(out.length);
  }
  return out;
}

interface Field {
  nameStart: number;
  nameEnd: number;
  conversion: string | null;
  specStart: number;
  specEnd: number;
  specNeedsExpanding: boolean;
  /** Where the markup iterator resumes. */
  next: number;
}

/** parse_field: the field name runs to ':', '!' or '}' (brackets may hold any of them). */
function parseField(s: string, pos: number, end: number): Field {
  const nameStart = pos;
  let c = '';
  while (pos < end) {
    c = s[pos++]!;
    if (c === '{') throw pyErr('ValueError', "unexpected '{' in field name");
    if (c === '[') {
      while (pos < end && s[pos] !== ']') pos++;
      continue;
    }
    if (c === '}' || c === ':' || c === '!') break;
  }
  const field: Field = { nameStart, nameEnd: pos - 1, conversion: null, specStart: pos, specEnd: pos, specNeedsExpanding: false, next: pos };
  if (c === '!' || c === ':') {
    if (c === '!') {
      if (pos >= end) throw pyErr('ValueError', 'end of string while looking for conversion specifier');
      field.conversion = String.fromCodePoint(s.codePointAt(pos)!);
      pos += field.conversion.length;
      if (pos < end) {
        const d = s[pos++]!;
        if (d === '}') {
          field.specStart = field.specEnd = field.next = pos;
          return field;
        }
        if (d !== ':') throw pyErr('ValueError', "expected ':' after conversion specifier");
      }
    }
    field.specStart = pos;
    let count = 1;
    while (pos < end) {
      const d = s[pos++]!;
      if (d === '{') {
        field.specNeedsExpanding = true;
        count++;
      } else if (d === '}') {
        count--;
        if (count === 0) {
          field.specEnd = pos - 1;
          field.next = pos;
          return field;
        }
      }
    }
    throw pyErr('ValueError', "unmatched '{' in format spec");
  }
  if (c !== '}') throw pyErr('ValueError', "expected '}' before end of string");
  // A field ending at the end of the string with the name cut short: CPython
  // reads the '}' as part of the loop above, so the name excludes it.
  field.specStart = field.specEnd = field.next = pos;
  return field;
}

function renderField(format: string, field: Field, ctx: Context, depth: number): string {
  let value = getFieldObject(format.slice(field.nameStart, field.nameEnd), ctx);
  if (field.conversion !== null) {
    const conv = field.conversion;
    if (conv === 'r') value = repr(value);
    else if (conv === 's') value = str(value);
    else if (conv === 'a') value = asciiOfRepr(repr(value));
    else {
      const cp = conv.codePointAt(0)!;
      throw pyErr('ValueError', cp > 32 && cp < 127 ? `Unknown conversion specifier ${conv}` : `Unknown conversion specifier \\x${cp.toString(16)}`);
    }
  }
  let spec = format.slice(field.specStart, field.specEnd);
  if (field.specNeedsExpanding) spec = buildString(spec, ctx, depth - 1);
  return formatWithSpec(value, spec);
}

/**
 * get_integer: a non-negative decimal (any Unicode decimal digits) or -1
 * when the text is empty or holds anything else.
 */
function getInteger(s: string): number {
  if (s === '') return -1;
  let n = 0n;
  for (const ch of s) {
    const d = decimalValue(ch.codePointAt(0)!);
    if (d < 0) return -1;
    n = n * 10n + BigInt(d);
    if (n > 2n ** 63n - 1n) throw pyErr('ValueError', 'Too many decimal digits in format string');
  }
  return Number(n);
}

/** field_name_split + get_field_object. */
function getFieldObject(name: string, ctx: Context): PyValue {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  let index = getInteger(first);
  const empty = first === '';
  const numeric = empty || index !== -1;
  const nb = ctx.numbering;
  if (nb.mode === 'init' && numeric) nb.mode = empty ? 'auto' : 'manual';
  if (numeric) {
    if (nb.mode === 'manual' && empty) throw pyErr('ValueError', 'cannot switch from manual field specification to automatic field numbering');
    if (nb.mode === 'auto' && !empty) throw pyErr('ValueError', 'cannot switch from automatic field numbering to manual field specification');
  }
  if (empty) index = nb.next++;
  let obj: PyValue;
  if (index === -1) {
    if (ctx.mapping !== undefined) obj = getItem(ctx.mapping, first);
    else {
      const v = ctx.kw?.get(first);
      if (v === undefined) throw pyErr('KeyError', first);
      obj = v;
    }
  } else {
    if (ctx.args === null) throw pyErr('ValueError', 'Format string contains positional fields');
    if (index >= ctx.args.length) throw pyErr('IndexError', `Replacement index ${index} out of range for positional args tuple`);
    obj = ctx.args[index]!;
  }
  // FieldNameIterator: .attr and [key] parts.
  let pos = i;
  while (pos < name.length) {
    const c = name[pos++]!;
    let part: string;
    if (c === '.') {
      const s = pos;
      while (pos < name.length && name[pos] !== '.' && name[pos] !== '[') pos++;
      part = name.slice(s, pos);
      if (part === '') throw pyErr('ValueError', 'Empty attribute in format string');
      obj = getAttr(obj, part);
    } else if (c === '[') {
      const s = pos;
      while (pos < name.length && name[pos] !== ']') pos++;
      if (pos >= name.length) throw pyErr('ValueError', "Missing ']' in format string");
      part = name.slice(s, pos);
      pos++;
      const idx = getInteger(part);
      if (part === '') throw pyErr('ValueError', 'Empty attribute in format string');
      if (idx === -1) obj = getItem(obj, part);
      else obj = getItem(obj, idx);
    } else {
      throw pyErr('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

