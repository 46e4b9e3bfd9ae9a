// UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError
// (Objects/exceptions.c): five (or four) checked constructor arguments,
// their attributes, and CPython's messages built from them.
import { PyBytesValue, type PyException, PyTuple, type PyValue } from './object.js';
import { None, bytesType, excType, tupleType } from './types.js';
import { newException, typeError } from './errors.js';
import { asStr, str, typeName } from './protocols.js';
import { defGetSet, defMethods } from './call.js';
import { indexOf } from './slice.js';
import { codePoints } from '../runtime/str-index.js';

const exc = (self: PyValue): PyException => self as PyException;

function checkArgs(kind: 'encode' | 'decode' | 'translate', args: PyValue[]): PyValue[] {
  const n = kind === 'translate' ? 4 : 5;
  if (args.length !== n) throw typeError(`function takes exactly ${n} arguments (${args.length} given)`);
  let i = 0;
  const out = args.slice();
  if (kind !== 'translate') {
    if (asStr(args[0]!) === undefined) throw typeError(`argument 1 must be str, not ${typeName(args[0]!)}`);
    i = 1;
  }
  const obj = args[i]!;
  if (kind === 'decode') {
    if (!(obj instanceof PyBytesValue)) throw typeError(`a bytes-like object is required, not '${typeName(obj)}'`);
    if (obj.cls !== bytesType) out[i] = new PyBytesValue(bytesType, obj.bytes.slice());
  } else if (asStr(obj) === undefined) {
    throw typeError(`argument ${i + 1} must be str, not ${typeName(obj)}`);
  }
  indexOf(args[i + 1]!);
  indexOf(args[i + 2]!);
  if (asStr(args[i + 3]!) === undefined) throw typeError(`argument ${i + 4} must be str, not ${typeName(args[i + 3]!)}`);
  return out;
}

const hex = (n: number, w: number): string => n.toString(16).padStart(w, '0');

function charEscape(cp: number): string {
  if (cp <= 0xff) return `\\x${hex(cp, 2)}`;
  if (cp <= 0xffff) return `\\u${hex(cp, 4)}`;
  return `\\U${hex(cp, 8)}`;
}

for (const [name, kind] of [['UnicodeEncodeError', 'encode'], ['UnicodeDecodeError', 'decode'], ['UnicodeTranslateError', 'translate']] as const) {
  const t = excType(name);
  const offset = kind === 'translate' ? -1 : 0;
  defMethods(t, {
    __init__: (self, args) => {
      exc(self).args = new PyTuple(tupleType, checkArgs(kind, args));
      return None;
    },
    __str__: (self) => {
      const a = exc(self).args.items;
      if (a.length !== 5 + offset) return a.length === 1 ? str(a[0]!) : a.length === 0 ? '' : str(exc(self).args);
      const encoding = kind === 'translate' ? '' : str(a[0]!);
      const obj = a[1 + offset]!;
      let start = Number(indexOf(a[2 + offset]!));
      let end = Number(indexOf(a[3 + offset]!));
      const reason = str(a[4 + offset]!);
      const items: number[] = obj instanceof PyBytesValue
        ? Array.from(obj.bytes)
        : codePoints(asStr(obj) ?? '').map((c) => c.codePointAt(0)!);
      // Clamped as PyUnicodeEncodeError_GetStart/GetEnd do.
      start = Math.max(0, Math.min(start, items.length - 1));
      end = Math.max(1, Math.min(end, items.length));
      if (kind === 'decode') {
        if (start < items.length && end === start + 1) {
          return `'${encoding}' codec can't decode byte 0x${hex(items[start]!, 2)} in position ${start}: ${reason}`;
        }
        return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
      }
      const what = kind === 'encode' ? `'${encoding}' codec can't encode` : "can't translate";
      if (start < items.length && end === start + 1) {
        return `${what} character '${charEscape(items[start]!)}' in position ${start}: ${reason}`;
      }
      return `${what} characters in position ${start}-${end - 1}: ${reason}`;
    },
  });
  const names = kind === 'translate' ? ['object', 'start', 'end', 'reason'] : ['encoding', 'object', 'start', 'end', 'reason'];
  names.forEach((attr, i) => {
    defGetSet(t, attr, (self) => exc(self).args.items[i] ?? None, (self, v) => {
      const items = exc(self).args.items.slice();
      items[i] = v ?? None;
      exc(self).args = new PyTuple(tupleType, items);
    });
  });
}

/** The exception a codec raises, with its five arguments. */
export function unicodeError(
  kind: 'UnicodeEncodeError' | 'UnicodeDecodeError', encoding: string, object: PyValue, start: number, end: number, reason: string,
): PyException {
  const e = newException(excType(kind), [encoding, object, start, end, reason]);
  return e;
}
