// The builtin exception classes' behaviour (Objects/exceptions.c): args,
// str/repr, chaining attributes, and the extra attributes of StopIteration,
// SystemExit, KeyError, NameError, AttributeError, ImportError, OSError and
// the exception groups.
import { PyException, PyList, PyTuple, PyType, type PyValue, PyStaticMethod } from './object.js';
import { None, dictType, baseExceptionType, excType, exceptionTypes, listType, staticmethodType, tupleType, typeOf, newDict } from './types.js';
import { newException, typeError } from './errors.js';
import { asStr, getAttr, getAttrOrUndefined, repr, setAttr, str, typeName, toArray } from './protocols.js';
import { builtinFunction, callValue, defGetSet, defMethods } from './call.js';
import { exceptionGroupHook } from './eval-support.js';
import { setTraceback, tracebackOf } from './traceback-object.js';

const exc = (self: PyValue): PyException => {
  if (self instanceof PyException) return self;
  throw typeError(`descriptor requires a 'BaseException' object but received '${typeName(self)}'`);
};

baseExceptionType.makeInstance = (cls) => new PyException(cls, new PyTuple(tupleType, []));
baseExceptionType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args) => {
  const cls = args[0] as PyType;
  const e = new PyException(cls, new PyTuple(tupleType, args.slice(1)));
  e.dict = newDict();
  return e;
})));

defMethods(baseExceptionType, {
  __init__: (self, args) => {
    exc(self).args = new PyTuple(tupleType, args);
    return None;
  },
  __str__: (self) => {
    const a = exc(self).args.items;
    if (a.length === 0) return '';
    if (a.length === 1) return str(a[0]!);
    return str(exc(self).args);
  },
  __repr__: (self) => {
    const e = exc(self);
    const a = e.args.items;
    const name = typeOf(e).name;
    if (a.length === 1) return `${name}(${repr(a[0]!)})`;
    return `${name}${repr(e.args)}`;
  },
  with_traceback: (self, args) => {
    setTraceback(exc(self), args[0]!);
    return self;
  },
  // The notes are the instance's __notes__ attribute, as in CPython (no slot of their own).
  add_note: (self, args) => {
    const note = args[0]!;
    if (asStr(note) === undefined) throw typeError(`note must be a str, not '${typeName(note)}'`);
    const found = getAttrOrUndefined(self, '__notes__');
    if (found !== undefined && !(found instanceof PyList)) throw typeError('Cannot add note: __notes__ is not a list');
    const notes = found ?? new PyList(listType, []);
    if (found === undefined) setAttr(self, '__notes__', notes);
    notes.items.push(note);
    return None;
  },
});
defGetSet(baseExceptionType, 'args', (self) => exc(self).args, (self, v) => {
  exc(self).args = new PyTuple(tupleType, toArray(v ?? new PyTuple(tupleType, [])));
});
defGetSet(baseExceptionType, '__traceback__', (self) => tracebackOf(exc(self)), (self, v) => {
  if (v === undefined) throw typeError('__traceback__ may not be deleted');
  setTraceback(exc(self), v);
});
defGetSet(baseExceptionType, '__context__', (self) => exc(self).context ?? None, (self, v) => {
  exc(self).context = v === undefined || v === None ? null : (v as PyException);
});
defGetSet(baseExceptionType, '__cause__', (self) => exc(self).cause ?? None, (self, v) => {
  const e = exc(self);
  e.cause = v === undefined || v === None ? null : (v as PyException);
  e.suppressContext = true;
});
defGetSet(baseExceptionType, '__suppress_context__', (self) => exc(self).suppressContext, (self, v) => {
  exc(self).suppressContext = v === true;
});

function firstArg(self: PyValue): PyValue {
  return exc(self).args.items[0] ?? None;
}

defGetSet(excType('StopIteration'), 'value', firstArg);
defGetSet(excType('SystemExit'), 'code', (self) => {
  const a = exc(self).args.items;
  return a.length === 0 ? None : a.length === 1 ? a[0]! : exc(self).args;
});
defMethods(excType('KeyError'), {
  __str__: (self) => {
    const a = exc(self).args.items;
    return a.length === 1 ? repr(a[0]!) : a.length === 0 ? '' : str(exc(self).args);
  },
});

// Keyword attributes some exceptions take: NameError(name=), AttributeError(name=, obj=), ImportError(name=, path=).
// Read from the instance dict, None when never set (an exception made by the VM).
for (const [cls, names] of [['NameError', ['name']], ['AttributeError', ['name', 'obj']]] as const) {
  for (const n of names) {
    defGetSet(excType(cls), n, (self) => exc(self).dict?.getStr(n) ?? None, (self, v) => {
      (exc(self).dict ??= newDict()).setStr(n, v ?? None);
    });
  }
}
for (const [cls, names] of [['NameError', ['name']], ['AttributeError', ['name', 'obj']], ['ImportError', ['name', 'path', 'msg']]] as const) {
  const t = excType(cls);
  defMethods(t, {
    __init__: (self, args, kw) => {
      const e = exc(self);
      e.args = new PyTuple(tupleType, args);
      for (const n of names) e.dict!.setStr(n, kw?.get(n) ?? None);
      if (kw !== null) for (const k of kw.keys()) if (!(names as readonly string[]).includes(k)) throw typeError(`${cls}() got an unexpected keyword argument '${k}'`);
      if (cls === 'ImportError') e.dict!.setStr('msg', args[0] ?? None);
      return None;
    },
  });
}

// OSError(errno, strerror): str is "[Errno n] strerror".
defMethods(excType('OSError'), {
  __str__: (self) => {
    const a = exc(self).args.items;
    if (a.length >= 2) return `[Errno ${str(a[0]!)}] ${str(a[1]!)}`;
    return a.length === 1 ? str(a[0]!) : '';
  },
});
defGetSet(excType('OSError'), 'errno', (self) => (exc(self).args.items.length >= 2 ? exc(self).args.items[0]! : None));
defGetSet(excType('OSError'), 'strerror', (self) => (exc(self).args.items.length >= 2 ? exc(self).args.items[1]! : None));

// Exception groups: BaseExceptionGroup(message, exceptions). args keeps the
// sequence as given (repr shows it); `exceptions` is a tuple of it.
const groupExceptions = new WeakMap<PyException, PyTuple>();

/** BaseExceptionGroup.__new__'s checks and class choice; `excs` as the caller passed it. */
export function makeExceptionGroup(cls: PyType, msg: PyValue, excs: PyValue): PyException {
  if (asStr(msg) === undefined) throw typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(msg)}`);
  const t = typeOf(excs);
  if (t.lookup('__getitem__') === undefined || t.isSubtypeOf(dictType) || t.lookup('__len__') === undefined) {
    throw typeError('second argument (exceptions) must be a sequence');
  }
  const items = toArray(excs);
  if (items.length === 0) throw newException(excType('ValueError'), ['second argument (exceptions) must be a non-empty sequence']);
  let nestedBase = false;
  items.forEach((e, i) => {
    if (!(e instanceof PyException)) throw newException(excType('ValueError'), [`Item ${i} of second argument (exceptions) is not an exception`]);
    if (!e.cls.isSubtypeOf(excType('Exception'))) nestedBase = true;
  });
  const base = excType('BaseExceptionGroup');
  const plain = excType('ExceptionGroup');
  if (cls === base) {
    if (!nestedBase) cls = plain;
  } else if (cls === plain) {
    if (nestedBase) throw typeError('Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (nestedBase && cls.isSubtypeOf(excType('Exception'))) {
    throw typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const e = new PyException(cls, new PyTuple(tupleType, [msg, excs]));
  e.dict = newDict();
  groupExceptions.set(e, new PyTuple(tupleType, items));
  return e;
}

exceptionGroupHook.make = makeExceptionGroup;
// CPython makes ExceptionGroup as a class would be: its instances already have a weak-reference slot.
excType('ExceptionGroup').hasWeakref = true;

function exceptionsOf(g: PyException): PyTuple {
  let t = groupExceptions.get(g);
  if (t === undefined) {
    t = new PyTuple(tupleType, toArray(g.args.items[1] ?? new PyTuple(tupleType, [])));
    groupExceptions.set(g, t);
  }
  return t;
}

for (const name of ['BaseExceptionGroup', 'ExceptionGroup']) {
  const t = excType(name);
  t.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => {
    if (kw !== null && kw.size > 0) throw typeError('BaseExceptionGroup.__new__() takes no keyword arguments');
    if (args.length !== 3) throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length - 1} given)`);
    return makeExceptionGroup(args[0] as PyType, args[1]!, args[2]!);
  })));
  defMethods(t, {
    __init__: () => None,
    __str__: (self) => {
      const a = exc(self).args.items;
      const n = exceptionsOf(exc(self)).items.length;
      return `${str(a[0]!)} (${n} sub-exception${n === 1 ? '' : 's'})`;
    },
    split: (self, args) => splitGroup(exc(self), args[0]!),
    subgroup: (self, args) => splitGroup(exc(self), args[0]!).items[0]!,
    derive: (self, args) => makeExceptionGroup(excType('BaseExceptionGroup'), exc(self).args.items[0]!, args[0]!),
  });
  defGetSet(t, 'message', (self) => exc(self).args.items[0]!);
  defGetSet(t, 'exceptions', (self) => exceptionsOf(exc(self)));
  t.invalidate();
}

function matches(e: PyValue, cond: PyValue): boolean {
  if (cond instanceof PyType) return typeOf(e).isSubtypeOf(cond);
  if (cond instanceof PyTuple) return cond.items.some((c) => matches(e, c));
  return callValue(cond, [e], null) === true;
}

/** eg.split(cond) → (match, rest), each a group or None. */
function splitGroup(group: PyException, cond: PyValue): PyTuple {
  if (matches(group, cond)) return new PyTuple(tupleType, [group, None]);
  const yes: PyValue[] = [];
  const no: PyValue[] = [];
  for (const e of exceptionsOf(group).items) {
    const isGroup = typeOf(e).isSubtypeOf(excType('BaseExceptionGroup'));
    if (isGroup) {
      const [m, r] = splitGroup(e as PyException, cond).items;
      if (m !== None) yes.push(m!);
      if (r !== None) no.push(r!);
    } else if (matches(e, cond)) {
      yes.push(e);
    } else {
      no.push(e);
    }
  }
  // derive_and_copy_attributes: eg.derive(excs), then the chaining attributes.
  const derive = (items: PyValue[]): PyValue => {
    if (items.length === 0) return None;
    const d = callValue(getAttr(group, 'derive'), [new PyList(listType, items)], null);
    if (!(d instanceof PyException) || !d.cls.isSubtypeOf(excType('BaseExceptionGroup'))) {
      throw typeError('derive must return an instance of BaseExceptionGroup');
    }
    d.cause = group.cause;
    d.context = group.context;
    d.suppressContext = group.suppressContext;
    d.traceback = group.traceback;
    // A copy of the notes each, as CPython's exceptiongroup_subset makes.
    const notes = getAttrOrUndefined(group, '__notes__');
    if (notes instanceof PyList || notes instanceof PyTuple) setAttr(d, '__notes__', new PyList(listType, toArray(notes)));
    return d;
  };
  return new PyTuple(tupleType, [derive(yes), derive(no)]);
}

for (const t of exceptionTypes.values()) t.invalidate();
