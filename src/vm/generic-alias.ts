// types.GenericAlias: what `list[int]` and the other builtin generics'
// __class_getitem__ return. Calls and attribute reads go to the origin; repr
// is the subscription as written (list[int], dict[str, list[int]], tuple[()]).
import { type KwArgs, PyClassMethod, PyObject, PyTuple, PyType, type PyValue } from './object.js';
import {
  Ellipsis, NotImplemented, builtinType, classmethodType, dictType, frozensetType, listType, setType, tupleType, typeOf,
  typeType,
} from './types.js';
import { builtinFunction, callValue, defGetSet, defMethods } from './call.js';
import { asStr, eq, getAttrOrUndefined, hash, repr, attributeError, genericGetAttr } from './protocols.js';
import { hashTuple } from '../runtime/hash.js';
import { normInt } from './int-ops.js';

export const genericAliasType = builtinType('GenericAlias', undefined, { module: 'types' });

export class PyGenericAlias extends PyObject {
  constructor(readonly origin: PyValue, readonly args: PyTuple) {
    super(genericAliasType);
  }
}

/** origin[item]: a tuple item gives several arguments. */
export function genericAlias(origin: PyValue, item: PyValue): PyGenericAlias {
  const args = item instanceof PyTuple && item.cls === tupleType ? item : new PyTuple(tupleType, [item]);
  return new PyGenericAlias(origin, args);
}

/** ga_repr_item: types by qualified name, `...` for Ellipsis, repr otherwise. */
function itemRepr(v: PyValue): string {
  if (v === Ellipsis) return '...';
  if (v instanceof PyGenericAlias) return aliasRepr(v);
  if (v instanceof PyType) {
    const mod = getAttrOrUndefined(v, '__module__');
    const qual = getAttrOrUndefined(v, '__qualname__');
    if (mod !== undefined && qual !== undefined && asStr(qual) !== undefined) {
      return asStr(mod) === 'builtins' ? asStr(qual)! : `${asStr(mod) ?? repr(mod)}.${asStr(qual)}`;
    }
  }
  return repr(v);
}

function aliasRepr(a: PyGenericAlias): string {
  const inner = a.args.items.length === 0 ? '()' : a.args.items.map(itemRepr).join(', ');
  return `${itemRepr(a.origin)}[${inner}]`;
}

const alias = (self: PyValue): PyGenericAlias => self as PyGenericAlias;
const OWN = new Set(['__origin__', '__args__', '__parameters__', '__class__', '__mro_entries__', '__reduce__', '__copy__', '__deepcopy__', '__unpacked__']);

defMethods(genericAliasType, {
  __repr__: (self) => aliasRepr(alias(self)),
  __call__: (self, args, kw: KwArgs | null) => callValue(alias(self).origin, args, kw),
  __eq__: (self, args) => {
    const o = args[0]!;
    if (!(o instanceof PyGenericAlias)) return NotImplemented;
    return eq(alias(self).origin, o.origin) && eq(alias(self).args, o.args);
  },
  __hash__: (self) => normInt(hashTuple([hash(alias(self).origin), hash(alias(self).args)])),
  __mro_entries__: (self) => new PyTuple(tupleType, [alias(self).origin]),
  __getattribute__: (self, args) => {
    const name = asStr(args[0]!) ?? '';
    if (!OWN.has(name) && !name.startsWith('__')) {
      const v = getAttrOrUndefined(alias(self).origin, name);
      if (v !== undefined) return v;
    }
    const v = genericGetAttr(self, name);
    if (v === undefined) throw attributeError(self, name);
    return v;
  },
});
defGetSet(genericAliasType, '__origin__', (self) => alias(self).origin);
defGetSet(genericAliasType, '__args__', (self) => alias(self).args);
defGetSet(genericAliasType, '__parameters__', () => new PyTuple(tupleType, []));

const classGetitem = new PyClassMethod(classmethodType, builtinFunction('__class_getitem__', (args) => genericAlias(args[0]!, args[1]!)));
for (const t of [listType, dictType, tupleType, setType, frozensetType, typeType]) {
  t.dict.setStr('__class_getitem__', classGetitem);
  t.invalidate();
}
void typeOf;
