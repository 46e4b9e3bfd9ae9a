// Callables and small builtin types: function, method, builtin functions and
// method descriptors, property/classmethod/staticmethod, cell, code, module,
// None, NotImplemented, Ellipsis.
import {
  PyBuiltin, PyCell, PyClassMethod, PyCodeValue, PyDict, PyFunction, PyMethod, PyMethodDescr, PyModule, PyObject,
  PyProperty, PyStaticMethod, PyTuple, PyType, type PyValue, PyList,
} from './object.js';
import {
  Ellipsis, None, NotImplemented, builtinFunctionType, cellType, classmethodType, codeType, ellipsisType,
  functionType, methodDescrType, methodType, moduleType, noneType, notImplementedType, propertyType,
  staticmethodType, tupleType, typeOf, newDict, listType, excType,
} from './types.js';
import { pyErr, typeError } from './errors.js';
import { asStr, bindDescriptor, getAttr, hash, hexAddress, identityHash, repr, typeName, getAttrOrUndefined, propertyError, isAbstractObject } from './protocols.js';
import { bindNative, builtinFunction, callValue, defGetSet, defMethods } from './call.js';
import { interpState } from './state.js';
import { normInt } from './int-ops.js';
import { codeValue } from './code-value.js';
import { importModule } from './import.js';

// ---------------------------------------------------------------------------
// function

defMethods(functionType, {
  __repr__: (self) => `<function ${(self as PyFunction).qualname} at ${hexAddress(self as PyFunction)}>`,
  __call__: (self, args, kw) => callValue(self, args, kw),
  __get__: (self, args) => (args[0] === None || args[0] === undefined ? self : new PyMethod(methodType, self, args[0])),
});
const fn = (self: PyValue): PyFunction => self as PyFunction;
defGetSet(functionType, '__name__', (self) => fn(self).name, (self, v) => {
  const s = v === undefined ? undefined : asStr(v);
  if (s === undefined) throw typeError('__name__ must be set to a string object');
  fn(self).name = s;
});
defGetSet(functionType, '__qualname__', (self) => fn(self).qualname, (self, v) => {
  const s = v === undefined ? undefined : asStr(v);
  if (s === undefined) throw typeError('__qualname__ must be set to a string object');
  fn(self).qualname = s;
});
defGetSet(functionType, '__doc__', (self) => fn(self).doc, (self, v) => { fn(self).doc = v ?? None; });
defGetSet(functionType, '__module__', (self) => fn(self).module, (self, v) => { fn(self).module = v ?? None; });
defGetSet(functionType, '__defaults__', (self) => (fn(self).defaults === null ? None : new PyTuple(tupleType, fn(self).defaults!)), (self, v) => {
  fn(self).defaults = v === undefined || v === None ? null : (v as PyTuple).items;
});
defGetSet(functionType, '__kwdefaults__', (self) => fn(self).kwdefaults ?? None, (self, v) => {
  fn(self).kwdefaults = v === undefined || v === None ? null : (v as PyDict);
});
defGetSet(functionType, '__code__', (self) => codeValue(fn(self).code));
defGetSet(functionType, '__globals__', (self) => fn(self).globals);
defGetSet(functionType, '__builtins__', (self) => fn(self).builtins);
defGetSet(functionType, '__closure__', (self) => (fn(self).closure === null ? None : new PyTuple(tupleType, fn(self).closure!)));
defGetSet(functionType, '__annotations__', (self) => {
  const f = fn(self);
  if (f.annotations === null) f.annotations = newDict();
  return f.annotations;
}, (self, v) => { fn(self).annotations = v ?? null; });
defGetSet(functionType, '__dict__', (self) => {
  const f = fn(self);
  f.dict ??= newDict();
  return f.dict;
});
defGetSet(functionType, '__type_params__', (self) => fn(self).typeParams ?? new PyTuple(tupleType, []));

// ---------------------------------------------------------------------------
// bound method

defMethods(methodType, {
  __repr__: (self) => {
    const m = self as PyMethod;
    const name = getAttrOrUndefined(m.func, '__qualname__') ?? getAttrOrUndefined(m.func, '__name__') ?? '?';
    return `<bound method ${asStr(name) ?? '?'} of ${repr(m.self)}>`;
  },
  __call__: (self, args, kw) => callValue(self, args, kw),
  __eq__: (self, args) => {
    const o = args[0]!;
    if (!(o instanceof PyMethod)) return NotImplemented;
    const m = self as PyMethod;
    return m.func === o.func && m.self === o.self;
  },
  __hash__: (self) => normInt(hash((self as PyMethod).func) ^ identityHash((self as PyMethod).self as PyObject)),
  __getattribute__: (self, args) => {
    const name = asStr(args[0]!)!;
    const m = self as PyMethod;
    const own = methodType.lookup(name);
    if (own !== undefined) return bindDescriptor(own, self, methodType);
    const v = getAttrOrUndefined(m.func, name);
    if (v === undefined) throw pyErr('AttributeError', `'method' object has no attribute '${name}'`);
    return v;
  },
});
defGetSet(methodType, '__self__', (self) => (self as PyMethod).self);
defGetSet(methodType, '__func__', (self) => (self as PyMethod).func);
defGetSet(methodType, '__name__', (self) => getAttrOrUndefined((self as PyMethod).func, '__name__') ?? None);
defGetSet(methodType, '__qualname__', (self) => getAttrOrUndefined((self as PyMethod).func, '__qualname__') ?? None);
defGetSet(methodType, '__doc__', (self) => getAttrOrUndefined((self as PyMethod).func, '__doc__') ?? None);

// ---------------------------------------------------------------------------
// builtin functions and method descriptors

defMethods(builtinFunctionType, {
  __repr__: (self) => {
    const b = self as PyBuiltin;
    if (b.self === undefined || b.self instanceof PyModule) return `<built-in function ${b.name}>`;
    return `<built-in method ${b.name} of ${typeName(b.self)} object at ${typeof b.self === 'object' ? hexAddress(b.self) : '0x0'}>`;
  },
  __call__: (self, args, kw) => callValue(self, args, kw),
});
defGetSet(builtinFunctionType, '__name__', (self) => (self as PyBuiltin).name);
defGetSet(builtinFunctionType, '__qualname__', (self) => (self as PyBuiltin).qualname);
defGetSet(builtinFunctionType, '__self__', (self) => (self as PyBuiltin).self ?? None);
defGetSet(builtinFunctionType, '__doc__', () => None);
defGetSet(builtinFunctionType, '__module__', () => 'builtins');

defMethods(methodDescrType, {
  __repr__: (self) => `<method '${(self as PyMethodDescr).name}' of '${(self as PyMethodDescr).owner.name}' objects>`,
  __call__: (self, args, kw) => callValue(self, args, kw),
  __get__: (self, args) => (args[0] === None ? self : bindDescriptor(self, args[0]!, typeOf(args[0]!))),
});
defGetSet(methodDescrType, '__name__', (self) => (self as PyMethodDescr).name);
defGetSet(methodDescrType, '__qualname__', (self) => `${(self as PyMethodDescr).owner.name}.${(self as PyMethodDescr).name}`);
defGetSet(methodDescrType, '__objclass__', (self) => (self as PyMethodDescr).owner);

// ---------------------------------------------------------------------------
// property, classmethod, staticmethod

function propertyNew(cls: PyType, args: PyValue[], kw: Map<string, PyValue> | null): PyProperty {
  const names = ['fget', 'fset', 'fdel', 'doc'];
  const vals: PyValue[] = [None, None, None, None];
  args.forEach((a, i) => { vals[i] = a; });
  if (kw !== null) for (const [k, v] of kw) {
    const i = names.indexOf(k);
    if (i < 0) throw typeError(`property() got an unexpected keyword argument '${k}'`);
    vals[i] = v;
  }
  let doc = vals[3]!;
  if (doc === None && vals[0] !== None) doc = getAttrOrUndefined(vals[0]!, '__doc__') ?? None;
  return new PyProperty(cls, vals[0]!, vals[1]!, vals[2]!, doc);
}

propertyType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => propertyNew(args[0] as PyType, args.slice(1), kw))));
propertyType.makeInstance = (cls) => new PyProperty(cls, None, None, None, None);
const prop = (self: PyValue): PyProperty => self as PyProperty;
function propertyCopy(p: PyProperty, which: 'fget' | 'fset' | 'fdel', f: PyValue): PyProperty {
  const c = new PyProperty(typeOf(p), p.fget, p.fset, p.fdel, p.doc);
  c.name = p.name;
  c[which] = f;
  if (which === 'fget' && p.doc === None) c.doc = getAttrOrUndefined(f, '__doc__') ?? None;
  return c;
}
defMethods(propertyType, {
  __init__: () => None,
  __get__: (self, args) => {
    const obj = args[0]!;
    if (obj === None) return self;
    const p = prop(self);
    if (p.fget === None) throw propertyError(p, obj, 'getter');
    return callValue(p.fget, [obj], null);
  },
  __set__: (self, args) => {
    const p = prop(self);
    if (p.fset === None) throw propertyError(p, args[0]!, 'setter');
    callValue(p.fset, [args[0]!, args[1]!], null);
    return None;
  },
  __delete__: (self, args) => {
    const p = prop(self);
    if (p.fdel === None) throw propertyError(p, args[0]!, 'deleter');
    callValue(p.fdel, [args[0]!], null);
    return None;
  },
  __set_name__: (self, args) => {
    prop(self).name = args[1] ?? None;
    return None;
  },
  getter: (self, args) => propertyCopy(prop(self), 'fget', args[0]!),
  setter: (self, args) => propertyCopy(prop(self), 'fset', args[0]!),
  deleter: (self, args) => propertyCopy(prop(self), 'fdel', args[0]!),
});
defGetSet(propertyType, 'fget', (self) => prop(self).fget);
defGetSet(propertyType, 'fset', (self) => prop(self).fset);
defGetSet(propertyType, 'fdel', (self) => prop(self).fdel);
defGetSet(propertyType, '__doc__', (self) => prop(self).doc, (self, v) => { prop(self).doc = v ?? None; });
defGetSet(propertyType, '__isabstractmethod__', (self) => [prop(self).fget, prop(self).fset, prop(self).fdel].some(isAbstractObject));


/** What cm_init/sm_init copy from the callable, as functools.WRAPPER_ASSIGNMENTS. */
const WRAPPER_ASSIGNMENTS = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'] as const;

for (const [t, make] of [
  [classmethodType, (cls: PyType, f: PyValue) => new PyClassMethod(cls, f)],
  [staticmethodType, (cls: PyType, f: PyValue) => new PyStaticMethod(cls, f)],
] as const) {
  t.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args) => {
    if (args.length !== 2) throw typeError(`${t.name} expected 1 argument, got ${args.length - 1}`);
    const o = make(args[0] as PyType, args[1]!);
    if ((args[0] as PyType).hasInstanceDict) o.dict = newDict();
    return o;
  })));
  defMethods(t, {
    // cm_init / sm_init: functools.wraps' copy of the callable's attributes into the instance dict.
    __init__: (self, args) => {
      const d = (self as PyObject).dict;
      const callable = args[0] ?? (self as PyClassMethod).func;
      if (d !== null) {
        for (const name of WRAPPER_ASSIGNMENTS) {
          const v = getAttrOrUndefined(callable, name);
          if (v !== undefined) d.setStr(name, v);
        }
      }
      return None;
    },
    __get__: (self, args) => {
      const obj = args[0]!;
      const owner = args[1] ?? typeOf(obj);
      return bindDescriptor(self, obj === None ? owner : obj, owner as PyType);
    },
    // `<staticmethod(<function f at 0x…>)>` (subclass instances too).
    __repr__: (self) => `<${t.name}(${repr((self as PyStaticMethod).func)})>`,
  });
  defGetSet(t, '__func__', (self) => (self as PyClassMethod).func);
  defGetSet(t, '__wrapped__', (self) => (self as PyClassMethod).func);
  defGetSet(t, '__isabstractmethod__', (self) => isAbstractObject((self as PyClassMethod).func));
  defGetSet(t, '__doc__', (self) => getAttrOrUndefined((self as PyClassMethod).func, '__doc__') ?? None);
  defGetSet(t, '__name__', (self) => getAttrOrUndefined((self as PyClassMethod).func, '__name__') ?? None);
}
// A staticmethod object is callable (since 3.10); a classmethod object is not.
defMethods(staticmethodType, { __call__: (self, args, kw) => callValue((self as PyStaticMethod).func, args, kw) });
classmethodType.invalidate();
staticmethodType.invalidate();
propertyType.invalidate();

// ---------------------------------------------------------------------------
// cell, code, module, singletons

defGetSet(cellType, 'cell_contents', (self) => {
  const v = (self as PyCell).value;
  if (v === undefined) throw pyErr('ValueError', 'Cell is empty');
  return v;
}, (self, v) => { (self as PyCell).value = v; });
defMethods(cellType, {
  __repr__: (self) => {
    const c = self as PyCell;
    return c.value === undefined
      ? `<cell at ${hexAddress(c)}: empty>`
      : `<cell at ${hexAddress(c)}: ${typeName(c.value)} object at ${typeof c.value === 'object' ? hexAddress(c.value) : '0x0'}>`;
  },
});

defMethods(codeType, {
  __repr__: (self) => {
    const c = (self as PyCodeValue).code;
    return `<code object ${c.co_name} at ${hexAddress(self as PyCodeValue)}, file "${c.co_filename}", line ${c.co_firstlineno}>`;
  },
});
for (const f of ['co_name', 'co_qualname', 'co_filename', 'co_firstlineno', 'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_flags', 'co_stacksize'] as const) {
  defGetSet(codeType, f, (self) => (self as PyCodeValue).code[f]);
}
defGetSet(codeType, 'co_varnames', (self) => new PyTuple(tupleType, (self as PyCodeValue).code.co_varnames));
defGetSet(codeType, 'co_names', (self) => new PyTuple(tupleType, (self as PyCodeValue).code.co_names.slice()));
defGetSet(codeType, 'co_freevars', (self) => new PyTuple(tupleType, (self as PyCodeValue).code.co_freevars));
defGetSet(codeType, 'co_cellvars', (self) => new PyTuple(tupleType, (self as PyCodeValue).code.co_cellvars));
defGetSet(codeType, 'co_nlocals', (self) => (self as PyCodeValue).code.co_nlocals);

moduleType.makeInstance = (cls) => new PyModule(cls, '?');
defMethods(moduleType, {
  __repr__: (self) => {
    const m = self as PyModule;
    const name = m.dict.getStr('__name__') ?? m.name;
    return m.name === 'sys' || m.name === 'builtins' ? `<module '${String(name)}' (built-in)>` : `<module '${String(name)}'>`;
  },
  __init__: (self, args) => {
    const m = self as PyModule;
    m.name = asStr(args[0]!) ?? '?';
    m.dict.setStr('__name__', args[0]!);
    m.dict.setStr('__doc__', args[1] ?? None);
    return None;
  },
  __dir__: (self) => new PyList(listType, [...(self as PyModule).dict.entries()].map(([k]) => k).sort()),
});
defGetSet(moduleType, '__dict__', (self) => (self as PyModule).dict);

defMethods(noneType, {
  __repr__: () => 'None',
  __bool__: () => false,
  __hash__: () => 0xfca86420,
  __eq__: (self, args) => (args[0] === None ? true : NotImplemented),
  __ne__: (self, args) => (args[0] === None ? false : NotImplemented),
});
noneType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', () => None)));
defMethods(notImplementedType, {
  __repr__: () => 'NotImplemented',
  __reduce__: () => 'NotImplemented',
  // 3.12 deprecates NotImplemented's truth value: warnings.warn from the calling Python frame, then True.
  __bool__: () => {
    const warnings = importModule('warnings');
    callValue(getAttr(warnings, 'warn'), ['NotImplemented should not be used in a boolean context', excType('DeprecationWarning'), 1], null);
    return true;
  },
});
notImplementedType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', () => NotImplemented)));
defMethods(ellipsisType, { __repr__: () => 'Ellipsis', __reduce__: () => 'Ellipsis' });
ellipsisType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', () => Ellipsis)));
noneType.invalidate();
notImplementedType.invalidate();
ellipsisType.invalidate();


// function(code, globals, name=None, argdefs=None, closure=None): types.FunctionType's constructor.
functionType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => {
  const [code, globals, name, argdefs, closure] = bindNative('function', ['code', 'globals', 'name', 'argdefs', 'closure'], args.slice(1), kw, { required: 2 });
  if (!(code instanceof PyCodeValue)) throw typeError(`function() argument 'code' must be code, not ${typeName(code!)}`);
  if (!(globals instanceof PyDict)) throw typeError(`function() argument 'globals' must be dict, not ${typeName(globals!)}`);
  if (name !== undefined && name !== None && typeof name !== 'string') throw typeError('arg 3 (name) must be None or string');
  if (argdefs !== undefined && argdefs !== None && !(argdefs instanceof PyTuple)) throw typeError('arg 4 (defaults) must be None or tuple');
  const b = globals.getStr('__builtins__');
  const builtins = b instanceof PyModule ? b.dict : b instanceof PyDict ? b : interpState.builtins!;
  const f = new PyFunction(functionType, code.code, globals, builtins);
  if (typeof name === 'string') f.name = name;
  if (argdefs instanceof PyTuple) f.defaults = argdefs.items.slice();
  const nfree = code.code.co_freevars.length;
  const cells = closure instanceof PyTuple ? closure.items : [];
  if (cells.length !== nfree || !cells.every((c) => c instanceof PyCell)) {
    if (nfree > 0 && (closure === undefined || closure === None)) throw typeError('arg 5 (closure) must be tuple');
    if (cells.length !== nfree) throw pyErr('ValueError', `${code.code.co_name} requires closure of length ${nfree}, not ${cells.length}`);
    throw typeError(`arg 5 (closure) expected cell, found ${typeName(cells.find((c) => !(c instanceof PyCell))!)}`);
  }
  if (nfree > 0) f.closure = cells as PyCell[];
  return f;
})));
