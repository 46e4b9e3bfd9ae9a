// Struct sequences (Objects/structseq.c): tuples whose items are also named,
// read-only fields, as sys.version_info and sys.float_info are. Their types
// are builtin (immutable, not subclassable), so one of each serves every run.
import { PyDict, PyStaticMethod, PyTuple, type PyType, type PyValue } from './object.js';
import { builtinType, staticmethodType, tupleType } from './types.js';
import { bindNative, builtinFunction, defMethods } from './call.js';
import { defMember } from './type-object.js';
import { getIterOrUndefined, iteratorItems, repr } from './protocols.js';
import { typeError } from './errors.js';
import { newTuple } from './list.js';

/**
 * A struct sequence type `module.name` with `fields` (all of them sequence
 * fields). `instantiable`: false for the types CPython deletes tp_new from
 * (sys.version_info); the others take one sequence of exactly their fields.
 */
export function structSeqType(module: string, name: string, fields: readonly string[], instantiable: boolean): PyType {
  const t = builtinType(name, tupleType, { module, subclassable: false, instantiable });
  fields.forEach((field, i) => defMember(t, field, (self) => (self as PyTuple).items[i]!));
  t.dict.setStr('n_sequence_fields', fields.length);
  t.dict.setStr('n_fields', fields.length);
  t.dict.setStr('n_unnamed_fields', 0);
  t.dict.setStr('__match_args__', newTuple([...fields]));
  defMethods(t, {
    __repr__: (self) => {
      const items = (self as PyTuple).items;
      return `${t.tpName}(${fields.map((field, i) => `${field}=${repr(items[i]!)}`).join(', ')})`;
    },
  });
  if (instantiable) {
    t.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => {
      const [sequence, dict] = bindNative('structseq', ['sequence', 'dict'], args.slice(1), kw, { required: 1 });
      const it = getIterOrUndefined(sequence!);
      if (it === undefined) throw typeError('constructor requires a sequence');
      const items = iteratorItems(it);
      if (dict !== undefined && !(dict instanceof PyDict)) throw typeError(`${t.tpName}() takes a dict as second arg, if any`);
      if (items.length !== fields.length) {
        throw typeError(`${t.tpName}() takes a ${fields.length}-sequence (${items.length}-sequence given)`);
      }
      return structSeq(args[0] as PyType, items);
    })));
    t.invalidate();
  }
  return t;
}

/** An instance of struct sequence type `t`. */
export function structSeq(t: PyType, items: PyValue[]): PyTuple {
  return new PyTuple(t, items);
}
