// format(value, spec): the builtin types' __format__ from runtime/format-spec.ts,
// anything else through its __format__ method.
import { PyFloat, type PyValue } from './object.js';
import { floatType } from './types.js';
import { asStr, callSpecial, typeName } from './protocols.js';
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
  const r = callSpecial(v, '__format__', [spec]);
  const s = r === undefined ? undefined : asStr(r);
  if (s === undefined) throw typeError(`__format__ must return a str, not ${typeName(r!)}`);
  return s;
}
