// json: the json package (json, json.decoder, json.encoder) written in Python
// (etpy's own code) on top of two native string escapers. It follows
// CPython 3.12's encoder and scanner: the same output, the same chunks for
// dump(), the same JSONDecodeError messages and positions.
import { registerModule, registerPythonModule } from '../import.js';
import { DELETED, mapItems, PyBoxed, PyDict, PyFloat, PyList, PyTuple, type PyValue } from '../object.js';
import { None, dictType, intType, listType, strType, tupleType, typeOf } from '../types.js';
import { callValue, oneArg } from '../call.js';
import { pyErr, typeError } from '../errors.js';
import { getAttr, intRepr, repr, toArray, truthy, typeName } from '../protocols.js';
import { intOf } from '../number-arith.js';
import { floatRepr } from '../../runtime/float-repr.js';
import { interpState } from '../state.js';
import { makeNativeModule } from './native.js';

const SHORT: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const hex4 = (u: number): string => '\\u' + u.toString(16).padStart(4, '0');

/** json's ensure_ascii escaping: every non-printable-ASCII UTF-16 unit as \uXXXX (astral characters as surrogate pairs). */
export function encodeAscii(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i]!;
    if (c >= 0x20 && c <= 0x7e && ch !== '"' && ch !== '\\') out += ch;
    else out += SHORT[ch] ?? hex4(c);
  }
  return out + '"';
}

/** Escaping without ensure_ascii: only quotes, backslashes and control characters. */
export function encodeText(s: string): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c) {
      out += s.slice(start, i) + (SHORT[s[i]!] ?? hex4(c));
      start = i + 1;
    }
  }
  return out + s.slice(start) + '"';
}

function strArg(name: string, args: PyValue[]): string {
  const v = oneArg(name, args, null);
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && 'value' in v && typeof (v as { value: unknown }).value === 'string') return (v as { value: string }).value;
  throw typeError(`first argument must be a string, not ${typeName(v)}`);
}

interface EncoderOptions {
  markers: Set<PyValue> | null;
  defaultFn: PyValue;
  string: (s: string) => string;
  allowNan: boolean;
  indent: string | null;
  itemSep: string;
  keySep: string;
  sortKeys: boolean;
  skipkeys: boolean;
}

function strValue(v: PyValue): string | undefined {
  if (typeof v === 'string') return v;
  if (v instanceof PyBoxed && typeof v.value === 'string' && typeOf(v).isSubtypeOf(strType)) return v.value;
  return undefined;
}

function floatText(x: number, o: EncoderOptions, v: PyValue): string {
  let text: string;
  if (Number.isNaN(x)) text = 'NaN';
  else if (x === Infinity) text = 'Infinity';
  else if (x === -Infinity) text = '-Infinity';
  else return floatRepr(x);
  if (!o.allowNan) throw pyErr('ValueError', `Out of range float values are not JSON compliant: ${repr(v)}`);
  return text;
}

/** The text of a scalar, or undefined for containers and other objects. */
function scalarText(v: PyValue, o: EncoderOptions): string | undefined {
  const s = strValue(v);
  if (s !== undefined) return o.string(s);
  if (v === None) return 'null';
  if (v === true) return 'true';
  if (v === false) return 'false';
  if (typeof v === 'number' || typeof v === 'bigint') return intRepr(v);
  if (v instanceof PyFloat) return floatText(v.value, o, v);
  if (typeof v === 'object' && typeOf(v).isSubtypeOf(intType)) {
    const i = intOf(v);
    if (i !== undefined) return intRepr(i);
  }
  return undefined;
}

function enter(v: PyValue, o: EncoderOptions): boolean {
  if (o.markers === null) return false;
  if (o.markers.has(v)) throw pyErr('ValueError', 'Circular reference detected');
  o.markers.add(v);
  return true;
}

function encodeValue(v: PyValue, level: number, o: EncoderOptions, out: string[], depth: number): void {
  if (depth > 900) {
    // CPython's C encoder names JSON; with an indent its Python encoder runs out of frames.
    throw pyErr('RecursionError', o.indent === null ? 'maximum recursion depth exceeded while encoding a JSON object' : 'maximum recursion depth exceeded');
  }
  const text = scalarText(v, o);
  if (text !== undefined) { out.push(text); return; }
  const t = typeOf(v);
  if ((v instanceof PyList && t.isSubtypeOf(listType)) || (v instanceof PyTuple && t.isSubtypeOf(tupleType))) {
    // Exact lists and tuples directly; subclasses through iteration (PySequence_Fast).
    const items = t === listType || t === tupleType ? (v as PyList | PyTuple).items : toArray(v);
    if (items.length === 0) { out.push('[]'); return; }
    const marked = enter(v, o);
    out.push('[');
    let sep = o.itemSep;
    let nl: string | null = null;
    if (o.indent !== null) {
      nl = '\n' + o.indent.repeat(level + 1);
      sep += nl;
      out.push(nl);
    }
    for (let i = 0; i < items.length; i++) {
      if (i > 0) out.push(sep);
      encodeValue(items[i]!, level + 1, o, out, depth + 1);
    }
    if (nl !== null) out.push('\n' + o.indent!.repeat(level));
    out.push(']');
    if (marked) o.markers!.delete(v);
    return;
  }
  if (v instanceof PyDict && t.isSubtypeOf(dictType)) {
    if (v.size === 0) { out.push('{}'); return; }
    const marked = enter(v, o);
    out.push('{');
    let sep = o.itemSep;
    let nl: string | null = null;
    if (o.indent !== null) {
      nl = '\n' + o.indent.repeat(level + 1);
      sep += nl;
      out.push(nl);
    }
    let pairs: [PyValue, PyValue][];
    if (t === dictType) {
      pairs = [];
      for (let i = 0; i < v.keys.length; i++) {
        const k = v.keys[i]!;
        if (k !== DELETED) pairs.push([k, v.values[i]!]);
      }
    } else {
      pairs = toArray(callValue(getAttr(v, 'items'), [], null)).map((p) => {
        const kv = toArray(p);
        return [kv[0]!, kv[1]!];
      });
    }
    if (o.sortKeys) {
      const sorted = interpState.builtins!.getStr('sorted')!;
      const tuples = new PyList(listType, mapItems(pairs, ([k, x]) => new PyTuple(tupleType, [k, x])));
      pairs = toArray(callValue(sorted, [tuples], null)).map((p) => [(p as PyTuple).items[0]!, (p as PyTuple).items[1]!]);
    }
    let first = true;
    for (const [k0, x] of pairs) {
      let key = strValue(k0);
      if (key === undefined) {
        if (k0 instanceof PyFloat) key = floatText(k0.value, o, k0);
        else if (k0 === true) key = 'true';
        else if (k0 === false) key = 'false';
        else if (k0 === None) key = 'null';
        else if (typeof k0 === 'number' || typeof k0 === 'bigint' || (typeof k0 === 'object' && typeOf(k0).isSubtypeOf(intType))) key = intRepr(intOf(k0)!);
        else if (o.skipkeys) continue;
        else throw typeError(`keys must be str, int, float, bool or None, not ${typeName(k0)}`);
      }
      if (!first) out.push(sep);
      first = false;
      out.push(o.string(key), o.keySep);
      encodeValue(x, level + 1, o, out, depth + 1);
    }
    if (nl !== null) out.push('\n' + o.indent!.repeat(level));
    out.push('}');
    if (marked) o.markers!.delete(v);
    return;
  }
  const marked = enter(v, o);
  encodeValue(callValue(o.defaultFn, [v], null), level, o, out, depth + 1);
  if (marked) o.markers!.delete(v);
}

/** JSONEncoder.encode's one-shot path for a non-str value, reading the encoder's settings. */
function encodeOneShot(value: PyValue, enc: PyValue): string {
  const indentV = getAttr(enc, 'indent');
  let indent: string | null = null;
  if (indentV !== None) {
    const s = strValue(indentV);
    if (s !== undefined) indent = s;
    else {
      const n = intOf(indentV);
      if (n === undefined) throw typeError(`can't multiply sequence by non-int of type '${typeName(indentV)}'`);
      indent = ' '.repeat(Math.max(0, Number(n)));
    }
  }
  const sepStr = (name: string): string => {
    const v = getAttr(enc, name);
    const s = strValue(v);
    if (s === undefined) throw typeError(`make_encoder() argument ${name === 'key_separator' ? 5 : 6} must be str, not ${typeName(v)}`);
    return s;
  };
  const o: EncoderOptions = {
    markers: truthy(getAttr(enc, 'check_circular')) ? new Set() : null,
    defaultFn: getAttr(enc, 'default'),
    string: truthy(getAttr(enc, 'ensure_ascii')) ? encodeAscii : encodeText,
    allowNan: truthy(getAttr(enc, 'allow_nan')),
    indent,
    keySep: sepStr('key_separator'),
    itemSep: sepStr('item_separator'),
    sortKeys: truthy(getAttr(enc, 'sort_keys')),
    skipkeys: truthy(getAttr(enc, 'skipkeys')),
  };
  const out: string[] = [];
  encodeValue(value, 0, o, out, 0);
  return out.join('');
}

registerModule('_etpy_json', () => makeNativeModule('_etpy_json', {
  encode_one_shot: (args) => encodeOneShot(args[0]!, args[1]!),
  encode_basestring_ascii: (args) => encodeAscii(strArg('encode_basestring_ascii', args)),
  encode_basestring: (args) => encodeText(strArg('encode_basestring', args)),
}));

const decoderSource = (): string => String.raw`
import re

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}
_CHUNK = re.compile(r'(.*?)(["\\\x00-\x1f])', re.DOTALL)
_SIMPLE = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'
_NUMBER = re.compile(r'(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?')
WHITESPACE = re.compile(r'[ \t\n\r]*')
_WS = ' \t\n\r'


def _hex4(s, pos):
    # The four hex digits after the 'u' at pos, or an error at pos.
    digits = s[pos + 1:pos + 5]
    if len(digits) != 4 or any(ch not in _HEX for ch in digits):
        raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)
    return int(digits, 16)


def scanstring(s, end, strict=True):
    chunks = []
    begin = end - 1
    n = len(s)
    while True:
        m = _CHUNK.match(s, end)
        if m is None:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        end = m.end()
        content, term = m.groups()
        if content:
            chunks.append(content)
        if term == '"':
            break
        if term != '\\':
            if strict:
                raise JSONDecodeError("Invalid control character at", s, end - 1)
            chunks.append(term)
            continue
        if end >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end]
        if esc != 'u':
            ch = _SIMPLE.get(esc)
            if ch is None:
                raise JSONDecodeError("Invalid \\escape", s, end - 1)
            chunks.append(ch)
            end += 1
            continue
        code = _hex4(s, end)
        end += 5
        if 0xd800 <= code <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
            low = _hex4(s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        chunks.append(chr(code))
    return ''.join(chunks), end


class _Stop(Exception):
    pass


def make_scanner(context):
    strict = context.strict
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    float_default = parse_float is float
    int_default = parse_int is int
    match_number = _NUMBER.match

    def skip(s, i):
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def parse_object(s, i):
        n = len(s)
        pairs = []
        i = skip(s, i)
        if i >= n or s[i] != '}':
            while True:
                if i >= n or s[i] != '"':
                    raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
                key, i = scanstring(s, i + 1, strict)
                i = skip(s, i)
                if i >= n or s[i] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                i = skip(s, i + 1)
                value, i = scan(s, i)
                pairs.append((key, value))
                i = skip(s, i)
                if i < n and s[i] == '}':
                    break
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = skip(s, i + 1)
        i += 1
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs), i
        obj = dict(pairs)
        if object_hook is not None:
            obj = object_hook(obj)
        return obj, i

    def parse_array(s, i):
        n = len(s)
        values = []
        i = skip(s, i)
        if i >= n or s[i] != ']':
            while True:
                value, i = scan(s, i)
                values.append(value)
                i = skip(s, i)
                if i < n and s[i] == ']':
                    break
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = skip(s, i + 1)
        return values, i + 1

    def scan(s, i):
        if i >= len(s):
            raise _Stop(i)
        ch = s[i]
        if ch == '"':
            return scanstring(s, i + 1, strict)
        if ch == '{' or ch == '[':
            try:
                return parse_object(s, i + 1) if ch == '{' else parse_array(s, i + 1)
            except RecursionError as exc:
                if exc.args != ('maximum recursion depth exceeded',):
                    raise
                what = 'object' if ch == '{' else 'array'
                raise RecursionError('maximum recursion depth exceeded while decoding '
                                     f'a JSON {what} from a unicode string') from None
        if ch == 'n' and s.startswith('null', i):
            return None, i + 4
        if ch == 't' and s.startswith('true', i):
            return True, i + 4
        if ch == 'f' and s.startswith('false', i):
            return False, i + 5
        if ch == 'N' and s.startswith('NaN', i):
            return parse_constant('NaN'), i + 3
        if ch == 'I' and s.startswith('Infinity', i):
            return parse_constant('Infinity'), i + 8
        if ch == '-' and s.startswith('-Infinity', i):
            return parse_constant('-Infinity'), i + 9
        m = match_number(s, i)
        if m is None:
            raise _Stop(i)
        integer, frac, exp = m.groups()
        if frac or exp:
            text = integer + (frac or '') + (exp or '')
            value = float(text) if float_default else parse_float(text)
        else:
            value = int(integer) if int_default else parse_int(integer)
        return value, m.end()

    def scan_once(string, idx):
        try:
            return scan(string, idx)
        except _Stop as stop:
            raise StopIteration(stop.args[0]) from None

    return scan_once


class JSONDecoder(object):
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = None
        self.parse_array = None
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = make_scanner(self)

    def decode(self, s, _w=WHITESPACE.match):
        obj, end = self.raw_decode(s, idx=_w(s, 0).end())
        end = _w(s, end).end()
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
`;

const encoderSource = (): string => String.raw`
from _etpy_json import encode_basestring_ascii, encode_basestring, encode_one_shot

__all__ = ['JSONEncoder']

INFINITY = float('inf')


def _floatstr(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == INFINITY:
        text = 'Infinity'
    elif o == -INFINITY:
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
    return text


class JSONEncoder(object):
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        if _one_shot:
            return [encode_one_shot(o, self)]
        out = []
        _Encoding(self, out).value(o, 0)
        return iter(out)


class _Encoding:
    # Appends the chunks CPython's pure-Python encoder would yield to out.

    def __init__(self, enc, out):
        self.out = out
        self.markers = {} if enc.check_circular else None
        self.default = enc.default
        self.string = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
        self.allow_nan = enc.allow_nan
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.key_sep = enc.key_separator
        self.item_sep = enc.item_separator
        self.sort_keys = enc.sort_keys
        self.skipkeys = enc.skipkeys

    def scalar(self, v):
        # The text of a scalar, or None for a container or other object.
        if isinstance(v, str):
            return self.string(v)
        if v is None:
            return 'null'
        if v is True:
            return 'true'
        if v is False:
            return 'false'
        if isinstance(v, int):
            return int.__repr__(v)
        if isinstance(v, float):
            return _floatstr(v, self.allow_nan)
        return None

    def mark(self, o):
        if self.markers is None:
            return None
        mid = id(o)
        if mid in self.markers:
            raise ValueError("Circular reference detected")
        self.markers[mid] = o
        return mid

    def value(self, o, level):
        text = self.scalar(o)
        if text is not None:
            self.out.append(text)
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            mid = self.mark(o)
            self.value(self.default(o), level)
            if mid is not None:
                del self.markers[mid]

    def array(self, lst, level):
        out = self.out
        if not lst:
            out.append('[]')
            return
        mid = self.mark(lst)
        buf = '['
        indent = self.indent
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            sep = self.item_sep + newline
            buf += newline
        else:
            newline = None
            sep = self.item_sep
        first = True
        for v in lst:
            if first:
                first = False
            else:
                buf = sep
            text = self.scalar(v)
            if text is not None:
                out.append(buf + text)
            else:
                out.append(buf)
                self.value(v, level)
        if newline is not None:
            level -= 1
            out.append('\n' + indent * level)
        out.append(']')
        if mid is not None:
            del self.markers[mid]

    def object(self, dct, level):
        out = self.out
        if not dct:
            out.append('{}')
            return
        mid = self.mark(dct)
        out.append('{')
        indent = self.indent
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            sep = self.item_sep + newline
            out.append(newline)
        else:
            newline = None
            sep = self.item_sep
        first = True
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        for key, v in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key, self.allow_nan)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                out.append(sep)
            out.append(self.string(key))
            out.append(self.key_sep)
            text = self.scalar(v)
            if text is not None:
                out.append(text)
            else:
                self.value(v, level)
        if newline is not None:
            level -= 1
            out.append('\n' + indent * level)
        out.append('}')
        if mid is not None:
            del self.markers[mid]
`;

const jsonSource = (): string => String.raw`
from json.decoder import JSONDecoder, JSONDecodeError
from json.encoder import JSONEncoder
import json.decoder as decoder
import json.encoder as encoder

__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    chunks = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                 allow_nan=allow_nan, indent=indent, separators=separators,
                 default=default, sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in chunks:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None
            and indent is None and separators is None and default is None
            and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators,
               default=default, sort_keys=sort_keys, **kw).encode(obj)


def detect_encoding(b):
    bstartswith = b.startswith
    if bstartswith((b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff')):
        return 'utf-32'
    if bstartswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16'
    if bstartswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        encoding = detect_encoding(s)
        if encoding == 'utf-8-sig':
            s, encoding = s[3:], 'utf-8'
        s = s.decode(encoding, 'surrogatepass')
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
`;

registerPythonModule('json', jsonSource);
registerPythonModule('json.decoder', decoderSource);
registerPythonModule('json.encoder', encoderSource);
