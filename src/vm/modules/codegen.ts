// _etpy_codegen: what etpy's Python-written modules need from the host.
// `exec_source` compiles generated Python (namedtuple's __new__, a dataclass's
// __init__) as CPython's modules do with exec(), but under an `<etpy …>` file
// name so that its frames are the library's (never traced or counted).
// `caller_module` is sys._getframe(1).f_globals['__name__'] for the first frame
// outside etpy's modules.
import { PyDict, PyModule, PyType, type PyValue } from '../object.js';
import { newList, newTuple } from '../list.js';
import { mappingProxy } from '../type-object.js';
import { None, moduleType, newDict } from '../types.js';
import { builtinFunction } from '../call.js';
import { typeError } from '../errors.js';
import { asStr, typeName } from '../protocols.js';
import { interpState } from '../state.js';
import { Frame } from '../frame.js';
import { execute } from '../eval.js';
import { compilePython, pythonModuleFilename, registerModule } from '../import.js';

/** Runs generated module-level code in `globals` (a dict). */
export function execSource(source: string, globals: PyDict, tag: string): void {
  // compilePython keeps one code object per source text: the same classes recur across runs.
  const code = compilePython(pythonModuleFilename(tag), source);
  execute(new Frame(code, globals, interpState.builtins!, globals, null));
}

function callerModule(): PyValue {
  let f = interpState.frame;
  while (f !== null && !f.info.traced) f = f.back;
  if (f === null) return '__main__';
  return f.globals.getStr('__name__') ?? '__main__';
}

registerModule('_etpy_codegen', () => {
  const d = newDict();
  const m = new PyModule(moduleType, '_etpy_codegen', d);
  d.setStr('__name__', '_etpy_codegen');
  d.setStr('exec_source', builtinFunction('exec_source', (args) => {
    const src = asStr(args[0] ?? None);
    const g = args[1];
    const tag = asStr(args[2] ?? 'generated') ?? 'generated';
    if (src === undefined || !(g instanceof PyDict)) throw typeError(`exec_source(str, dict), got ${typeName(args[0] ?? None)}`);
    execSource(src, g, tag);
    return None;
  }));
  d.setStr('caller_module', builtinFunction('caller_module', () => callerModule()));
  // A class's own namespace entry (cls.__dict__.get(name, default)) and entries.
  d.setStr('type_dict_get', builtinFunction('type_dict_get', (args) => {
    const t = args[0];
    const name = asStr(args[1] ?? None);
    if (!(t instanceof PyType) || name === undefined) throw typeError('type_dict_get(type, str, default)');
    return t.dict.getStr(name) ?? args[2] ?? None;
  }));
  d.setStr('type_dict_items', builtinFunction('type_dict_items', (args) => {
    const t = args[0];
    if (!(t instanceof PyType)) throw typeError('type_dict_items(type)');
    return newList([...t.dict.entries()].map(([k, v]) => newTuple([k, v])));
  }));
  d.setStr('mappingproxy', builtinFunction('mappingproxy', (args) => {
    const m = args[0];
    if (!(m instanceof PyDict)) throw typeError('mappingproxy(dict)');
    return mappingProxy(m);
  }));
  return m;
});
