// format(value, spec): the builtin types' __format__ from runtime/format-spec.ts,
// anything else through its __format__ method.
import { PyFloat, type PyValue } from './object.js';
import { None, floatType } from './types.js';
import { asStr, callDescriptor, typeName } from './protocols.js';
import { typeError } from './errors.js';
import { formatBool, formatFloat, formatInt, formatStr } from '../runtime/format-spec.js';
import { intToStr } from '../runtime/number-text.js';
import { interpState } from './state.js';

export function formatWithSpec(v: PyValue, spec: string): string {
  switch (typeof v) {
    case 'string': return formatStr(v, spec);
    case 'number': return formatInt(BigInt(v), spec);
    case 'bigint':
      // Decimal output of a big int obeys sys.set_int_max_str_digits (intToStr raises).
      if (/(^|[^a-zA-Z%])[dn]?$/.test(spec)) intToStr(v, interpState.maxStrDigits);
      return formatInt(v, spec);
    case 'boolean': return formatBool(v, spec);
  }
  if (v.cls === floatType) return formatFloat((v as PyFloat).value, spec);
  const m = v.cls.lookup('__format__');
  if (m === undefined) throw typeError(`Type ${typeName(v)} doesn't define __format__`);
  if (m === None) throw typeError("'NoneType' object is not callable");
  const r = callDescriptor(m, v, [spec]);
  const s = asStr(r);
  if (s === undefined) throw typeError(`__format__ must return a str, not ${typeName(r)}`);
  return s;
}
