// str.format and str.format_map (Objects/stringlib/unicode_format.h):
// replacement fields with automatic or manual numbering, attribute and index
// lookups, conversions and nested fields in the format spec.
import { type KwArgs, PyDict, type PyValue } from './object.js';
import { pyErr, typeError } from './errors.js';
import { getAttr, getItem, repr, str } from './protocols.js';
import { formatWithSpec } from './format.js';
import { asciiOfRepr } from '../runtime/str-repr.js';

interface Numbering {
  auto: number;
  mode: 'none' | 'auto' | 'manual';
}

export function strFormat(format: string, args: PyValue[], kw: KwArgs | null, mapping?: PyValue): string {
  return render(format, args, kw, mapping, { auto: 0, mode: 'none' }, 2);
}

function render(format: string, args: PyValue[], kw: KwArgs | null, mapping: PyValue | undefined, numbering: Numbering, depth: number): string {
  if (depth < 0) throw pyErr('ValueError', 'Max string recursion exceeded');
  let out = '';
  let i = 0;
  const n = format.length;
  while (i < n) {
    const c = format[i]!;
    if (c === '}') {
      if (format[i + 1] === '}') { out += '}'; i += 2; continue; }
      throw pyErr('ValueError', "Single '}' encountered in format string");
    }
    if (c !== '{') { out += c; i++; continue; }
    if (format[i + 1] === '{') { out += '{'; i += 2; continue; }
    // Find the matching close brace, counting nested braces.
    let j = i + 1;
    let nest = 1;
    while (j < n) {
      if (format[j] === '{') nest++;
      else if (format[j] === '}') { nest--; if (nest === 0) break; }
      j++;
    }
    if (j >= n) throw pyErr('ValueError', nest > 1 ? "expected '}' before end of string" : "Single '{' encountered in format string");
    const field = format.slice(i + 1, j);
    out += renderField(field, args, kw, mapping, numbering, depth);
    i = j + 1;
  }
  return out;
}

function renderField(field: string, args: PyValue[], kw: KwArgs | null, mapping: PyValue | undefined, numbering: Numbering, depth: number): string {
  // field_name [! conversion] [: spec] — the name ends at the first '!' or ':' outside brackets.
  let k = 0;
  let bracket = false;
  while (k < field.length) {
    const ch = field[k]!;
    if (ch === '[') bracket = true;
    else if (ch === ']') bracket = false;
    else if (!bracket && (ch === '!' || ch === ':')) break;
    k++;
  }
  const name = field.slice(0, k);
  let conversion: string | null = null;
  let spec = '';
  if (field[k] === '!') {
    if (k + 1 >= field.length) throw pyErr('ValueError', 'end of string while looking for conversion specifier');
    conversion = field[k + 1]!;
    k += 2;
    if (k < field.length && field[k] !== ':') throw pyErr('ValueError', 'expected \':\' after conversion specifier');
  }
  if (field[k] === ':') spec = field.slice(k + 1);
  let value = lookupField(name, args, kw, mapping, numbering);
  if (conversion !== null) {
    if (conversion === 'r') value = repr(value);
    else if (conversion === 's') value = str(value);
    else if (conversion === 'a') value = asciiOfRepr(repr(value));
    else throw pyErr('ValueError', `Unknown conversion specifier ${conversion}`);
  }
  if (spec.includes('{')) spec = render(spec, args, kw, mapping, numbering, depth - 1);
  return formatWithSpec(value, spec);
}

function lookupField(name: string, args: PyValue[], kw: KwArgs | null, mapping: PyValue | undefined, numbering: Numbering): PyValue {
  let m = /^[^.[]*/.exec(name)![0];
  let rest = name.slice(m.length);
  let value: PyValue;
  if (m === '') {
    if (numbering.mode === 'manual') throw pyErr('ValueError', 'cannot switch from manual field specification to automatic field numbering');
    numbering.mode = 'auto';
    m = String(numbering.auto++);
  } else if (/^\d+$/.test(m)) {
    if (numbering.mode === 'auto') throw pyErr('ValueError', 'cannot switch from automatic field numbering to manual field specification');
    numbering.mode = 'manual';
  }
  if (/^\d+$/.test(m)) {
    const idx = Number(m);
    if (mapping !== undefined) throw pyErr('ValueError', 'Format string contains positional fields');
    if (idx >= args.length) throw pyErr('IndexError', `Replacement index ${idx} out of range for positional args tuple`);
    value = args[idx]!;
  } else if (mapping !== undefined) {
    value = getItem(mapping, m);
  } else {
    const v = kw?.get(m);
    if (v === undefined) throw pyErr('KeyError', m);
    value = v;
  }
  while (rest.length > 0) {
    if (rest[0] === '.') {
      const attr = /^\.([^.[]*)/.exec(rest)![1]!;
      if (attr === '') throw pyErr('ValueError', 'Empty attribute in format string');
      value = getAttr(value, attr);
      rest = rest.slice(attr.length + 1);
    } else if (rest[0] === '[') {
      const close = rest.indexOf(']');
      if (close < 0) throw pyErr('ValueError', "Missing ']' in format string");
      const key = rest.slice(1, close);
      if (key === '') throw pyErr('ValueError', 'Empty attribute in format string');
      value = getItem(value, /^\d+$/.test(key) ? Number(key) : key);
      rest = rest.slice(close + 1);
      if (rest.length > 0 && rest[0] !== '.' && rest[0] !== '[') throw pyErr('ValueError', 'Only \'.\' or \'[\' may follow \']\' in format field specifier');
    } else {
      throw typeError('bad format field');
    }
  }
  return value;
}

export { PyDict };
