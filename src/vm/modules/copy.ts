// copy: shallow and deep copies with CPython's rules (atomic types returned
// as is, list/dict/set copied by their copy methods, __copy__/__deepcopy__,
// a memo keyed by id() that also keeps the originals alive, tuples rebuilt
// only when an item changed). Instances of classes are rebuilt the way
// __reduce_ex__(4) would: cls.__new__(cls, *__getnewargs__()), then the
// state (__getstate__() or the __dict__) through __setstate__ or
// __dict__.update, then list items and dict items for list/dict subclasses.
// A class's own __reduce_ex__/__reduce__ is honoured.
import { registerPythonModule } from '../import.js';

const copySource = (): string => String.raw`
class Error(Exception):
    pass

error = Error


def _function():
    pass


class _C:
    def _m(self):
        pass


_ATOMIC = (type(None), int, float, bool, complex, bytes, str, type, range, type(len), type(Ellipsis),
           type(NotImplemented), type(_function), property, type(_function.__code__), slice)
_IMMUTABLE = _ATOMIC + (tuple, frozenset)
_method_type = type(_C()._m)
_object_reduce_ex = object.__reduce_ex__
_object_reduce = getattr(object, '__reduce__', None)
_nil = []


def copy(x):
    cls = type(x)
    if cls in _IMMUTABLE:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _rebuild(x, None)


def deepcopy(x, memo=None, _nil=_nil):
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        try:
            return memo[key]
        except KeyError:
            pass
        for old, new in zip(x, items):
            if old is not new:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is _method_type:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _rebuild(x, memo)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _cannot(cls):
    return TypeError("cannot pickle '%s' object" % cls.__name__)


def _rebuild(x, memo):
    cls = type(x)
    deep = memo is not None
    reduce_ex = getattr(cls, '__reduce_ex__', None)
    reduce = getattr(cls, '__reduce__', None)
    if reduce_ex is not None and reduce_ex is not _object_reduce_ex:
        rv = x.__reduce_ex__(4)
    elif reduce is not None and reduce is not _object_reduce:
        rv = x.__reduce__()
    else:
        rv = None
    if rv is not None:
        if isinstance(rv, str):
            return x
        rv = tuple(rv) + (None, None, None, None)
        return _reconstruct(x, memo, rv[0], rv[1], rv[2], rv[3], rv[4])
    if cls in (set, frozenset, bytearray):
        items = list(x)
        if deep:
            items = deepcopy(items, memo)
        return cls(items)
    if cls.__module__ == 'builtins' and cls not in (object,):
        raise _cannot(cls)
    newargs = ()
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        newargs = x.__getnewargs__()
    elif isinstance(x, (int, float, complex, str, bytes)):
        for base in (bool, int, float, complex, str, bytes):
            if isinstance(x, base):
                newargs = (base(x),)
                break
    elif isinstance(x, tuple):
        newargs = (tuple(x),)
    elif isinstance(x, (set, frozenset)):
        return _reconstruct(x, memo, cls, (list(x),), _state_of(x))
    if deep and newargs:
        newargs = deepcopy(newargs, memo)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return _reconstruct(x, memo, cls.__new__, (cls,) + tuple(newargs), _state_of(x), listitems, dictitems)


def _state_of(x):
    getstate = getattr(type(x), '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        return x.__getstate__()
    try:
        d = x.__dict__
    except AttributeError:
        d = None
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_' + klass.__name__.lstrip('_') + name
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (d if d else None, slots)
    return d if d else None


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for k, v in slotstate.items():
                    setattr(y, k, v)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y


del _C, _function
`;

export function registerCopy(): void {
  registerPythonModule('copy', copySource);
}
