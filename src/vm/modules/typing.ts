// typing: the names programs use in annotations, evaluated at def time, with
// CPython 3.12's reprs and errors: the special forms (Any, Union, Optional,
// Callable, Literal, ClassVar, Final, ...), the aliases of builtin and
// collections classes (List, Dict, Tuple, Deque, Iterable, ...) and their
// subscriptions, TypeVar, Generic and Protocol, NamedTuple, TypedDict,
// NewType, cast/overload/final and get_origin/get_args/get_type_hints.
// Written in Python for etpy (not CPython's Lib/typing.py).
import { compilePython, pythonModuleFilename, registerPythonModule, registerPythonSource } from '../import.js';
import type { CodeObject } from '../../bytecode/code.js';
import { Frame } from '../frame.js';
import { execute } from '../eval.js';
import { interpState } from '../state.js';
import { builtinFunction } from '../call.js';
import { pyErr } from '../errors.js';
import { asStr } from '../protocols.js';

const typingSource = (): string => String.raw`
import builtins as _builtins

_GenericAliasType = type(list[int])
_UnionType = type(int | str)
_NoneType = type(None)
_FunctionType = type(lambda: None)

try:
    import collections as _collections
except ImportError:
    _collections = None
try:
    import collections.abc as _abc
except ImportError:
    _abc = None


_missing = object()


def _own(cls, name, default=None):
    # cls.__dict__.get(name, default), read through the MRO: the attribute is
    # the class's own when no later class in the MRO holds the same object.
    value = getattr(cls, name, _missing)
    if value is _missing:
        return default
    for base in cls.__mro__[1:]:
        if getattr(base, name, _missing) is value:
            return default
    return value


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _GenericAliasType):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    if isinstance(obj, tuple):
        return '[' + ', '.join([_type_repr(a) for a in obj]) + ']'
    return repr(obj)


class ForwardRef:
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__ and self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            module_repr = ''
        else:
            module_repr = f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module_repr})'


def _type_convert(arg, module=None, *, allow_special_forms=False):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    invalid = (Generic, Protocol)
    if not allow_special_forms:
        invalid += (ClassVar,)
        if is_argument:
            invalid += (Final,)
    arg = _type_convert(arg, module=module, allow_special_forms=allow_special_forms)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in invalid:
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec, TypeVarTuple))


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, type):
            continue
        if _is_typevar_like(t):
            if t not in params:
                params.append(t)
        else:
            for p in getattr(t, '__parameters__', ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


def _deduplicate(params):
    out = []
    for p in params:
        if p not in out:
            out.append(p)
    return out


def _remove_dups_flatten(parameters):
    params = []
    for p in parameters:
        if isinstance(p, (_UnionGenericAlias, _UnionType)):
            params.extend(p.__args__)
        else:
            params.append(p)
    return tuple(_deduplicate(params))


class _Final:
    __slots__ = ()

    def __init_subclass__(cls, /, *args, **kwds):
        if '_root' not in kwds:
            raise TypeError("Cannot subclass special typing classes")


class _SpecialForm(_Final, _root=True):
    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in {'__name__', '__qualname__'}:
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


@_SpecialForm
def NoReturn(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Never(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Self(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def LiteralString(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def TypeAlias(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def ClassVar(self, parameters):
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Final(self, parameters):
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Union(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = tuple([_type_check(p, msg) for p in parameters])
    parameters = _remove_dups_flatten(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


@_SpecialForm
def Optional(self, parameters):
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, type(None)]


@_SpecialForm
def Literal(self, *parameters):
    parameters = parameters[0]
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralGenericAlias(self, parameters)


@_SpecialForm
def TypeGuard(self, parameters):
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Concatenate(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters)


@_SpecialForm
def Required(self, parameters):
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def NotRequired(self, parameters):
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Unpack(self, parameters):
    item = _type_check(parameters, f'{self._name} accepts only single type.')
    return _GenericAlias(self, (item,))


class _BaseGenericAlias(_Final, _root=True):
    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__.lower()}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in {'__origin__', '__args__'}:
            raise AttributeError(attr)
        if '__origin__' in self.__dict__ and not (attr.startswith('__') and attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _GenericAlias(_BaseGenericAlias, _root=True):
    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple([... if a is _TypingEllipsis else a for a in args])
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple([_type_convert(p) for p in args])
        params = self.__parameters__
        if len(args) != len(params):
            raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} arguments for {self}; actual {len(args)}, expected {len(params)}")
        subst = dict(zip(params, args))
        new_args = []
        for old in self.__args__:
            if _is_typevar_like(old):
                new_args.append(subst[old])
            else:
                sub = getattr(old, '__parameters__', ())
                if sub and not isinstance(old, type):
                    old = old[tuple([subst[x] for x in sub])]
                new_args.append(old)
        return self.copy_with(tuple(new_args))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join([_type_repr(a) for a in self.__args__])
        else:
            args = "()"
        return f'{name}[{args}]'

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)


class _TypingEllipsis:
    pass


class _SpecialGenericAlias(_BaseGenericAlias, _root=True):
    def __init__(self, origin, nparams, *, inst=True, name=None, defaults=()):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple([_type_check(p, msg) for p in params])
        actual = len(params)
        if actual != self._nparams:
            raise TypeError(f"Too {'many' if actual > self._nparams else 'few'} arguments for {self}; actual {actual}, expected {self._nparams}")
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and (args[0] is ... or isinstance(args[0], (tuple, list, ParamSpec))):
            return super().__repr__()
        return f'typing.Callable[[{", ".join([_type_repr(a) for a in args[:-1]])}], {_type_repr(args[-1])}]'

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = (tuple(args), result)
        else:
            params = (args, result)
        return self.__getitem_inner__(params)

    def __getitem_inner__(self, params):
        args, result = params
        msg = "Callable[args, result]: result must be a type."
        result = _type_check(result, msg)
        if args is Ellipsis:
            return self.copy_with((_TypingEllipsis, result))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple([_type_convert(arg) for arg in args])
        params = args + (result,)
        return self.copy_with(params)


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple([_type_check(p, msg) for p in params[:-1]])
            return self.copy_with(params + (_TypingEllipsis,))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple([_type_check(p, msg) for p in params])
        return self.copy_with(params)


class _UnionGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            elif args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


# ---------------------------------------------------------------------------
# Type variables

class _BoundVarianceMixin:
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__infer_variance__:
            return self.__name__
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__


def _caller_module():
    return '__main__'


class TypeVar(_BoundVarianceMixin):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False, infer_variance=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple([_type_check(t, msg) for t in constraints])
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        self.__module__ = _caller_module()

    def __typing_subst__(self, arg):
        return _type_check(arg, "Parameters to generic types must be types.")

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class ParamSpec(_BoundVarianceMixin):
    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False, infer_variance=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        self.__module__ = _caller_module()

    def __typing_subst__(self, arg):
        return arg




# ---------------------------------------------------------------------------
# Generic, Protocol

class Generic:
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple([_type_convert(p) for p in params])
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all([_is_typevar_like(p) for p in params]):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            expected = len(getattr(cls, '__parameters__', ()))
            if not expected:
                raise TypeError(f"{cls} is not a generic class")
            if len(params) != expected:
                raise TypeError(f"Too {'many' if len(params) > expected else 'few'} arguments for {cls}; actual {len(params)}, expected {expected}")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        orig_bases = _own(cls, '__orig_bases__')
        if orig_bases is not None:
            error = Generic in orig_bases
        else:
            error = (Generic in cls.__bases__ and cls.__name__ != 'Protocol' and type(cls).__name__ != '_TypedDictMeta')
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        if orig_bases is not None:
            tvars = _collect_parameters(orig_bases)
            gvars = None
            for base in orig_bases:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if gvars is not None:
                tvarset = set(tvars)
                gvarset = set(gvars)
                if not tvarset <= gvarset:
                    s_vars = ', '.join(str(t) for t in tvars if t not in gvarset)
                    s_args = ', '.join(str(g) for g in gvars)
                    raise TypeError(f"Some type variables ({s_vars}) are not listed in Generic[{s_args}]")
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


class Protocol(Generic):
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not _own(cls, '_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'


def runtime_checkable(cls):
    cls._is_runtime_protocol = True
    return cls


# ---------------------------------------------------------------------------
# Aliases of concrete and abstract classes

_STRUCTURAL = {
    'Hashable': ('__hash__',),
    'Awaitable': ('__await__',),
    'Coroutine': ('send', 'throw', 'close', '__await__'),
    'AsyncIterable': ('__aiter__',),
    'AsyncIterator': ('__aiter__', '__anext__'),
    'Iterable': ('__iter__',),
    'Iterator': ('__iter__', '__next__'),
    'Reversible': ('__reversed__', '__iter__'),
    'Sized': ('__len__',),
    'Container': ('__contains__',),
    'Collection': ('__len__', '__iter__', '__contains__'),
    'Callable': ('__call__',),
    'Generator': ('__iter__', '__next__', 'send', 'throw', 'close'),
    'AsyncGenerator': ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose'),
}
_REGISTERED = {
    'Sequence': (list, tuple, str, range, bytes, bytearray),
    'MutableSequence': (list, bytearray),
    'ByteString': (bytes, bytearray),
    'Set': (set, frozenset, type({}.keys()), type({}.items())),
    'MutableSet': (set,),
    'Mapping': (dict,),
    'MutableMapping': (dict,),
    'MappingView': (type({}.keys()), type({}.items()), type({}.values())),
    'KeysView': (type({}.keys()),),
    'ItemsView': (type({}.items()),),
    'ValuesView': (type({}.values()),),
}


class _ABCPlaceholderMeta(type):
    # Stands in for collections.abc when that module is not available: the
    # one-trick ABCs check their methods, the others their builtin members.
    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        name = cls.__name__
        if name in _REGISTERED:
            return issubclass(sub, _REGISTERED[name])
        for meth in _STRUCTURAL.get(name, ('<none>',)):
            if getattr(sub, meth, None) is None:
                return False
        return True

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))


def _placeholder(name):
    return _ABCPlaceholderMeta(name, (), {'__module__': 'collections.abc'})


def _abc_class(name):
    if _abc is not None and hasattr(_abc, name):
        return getattr(_abc, name)
    return _placeholder(name)


def _collections_class(name):
    if _collections is not None and hasattr(_collections, name):
        return getattr(_collections, name)
    return type(name, (), {'__module__': 'collections'})


_alias = _SpecialGenericAlias

Hashable = _alias(_abc_class('Hashable'), 0)
Awaitable = _alias(_abc_class('Awaitable'), 1)
Coroutine = _alias(_abc_class('Coroutine'), 3)
AsyncIterable = _alias(_abc_class('AsyncIterable'), 1)
AsyncIterator = _alias(_abc_class('AsyncIterator'), 1)
Iterable = _alias(_abc_class('Iterable'), 1)
Iterator = _alias(_abc_class('Iterator'), 1)
Reversible = _alias(_abc_class('Reversible'), 1)
Sized = _alias(_abc_class('Sized'), 0)
Container = _alias(_abc_class('Container'), 1)
Collection = _alias(_abc_class('Collection'), 1)
Callable = _CallableType(_abc_class('Callable'), 2)
AbstractSet = _alias(_abc_class('Set'), 1, name='AbstractSet')
MutableSet = _alias(_abc_class('MutableSet'), 1)
Mapping = _alias(_abc_class('Mapping'), 2)
MutableMapping = _alias(_abc_class('MutableMapping'), 2)
Sequence = _alias(_abc_class('Sequence'), 1)
MutableSequence = _alias(_abc_class('MutableSequence'), 1)
ByteString = _alias(_abc_class('ByteString'), 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(_collections_class('deque'), 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(_abc_class('MappingView'), 1)
KeysView = _alias(_abc_class('KeysView'), 1)
ItemsView = _alias(_abc_class('ItemsView'), 2)
ValuesView = _alias(_abc_class('ValuesView'), 1)
ContextManager = _alias(_placeholder('AbstractContextManager'), 1, name='ContextManager')
AsyncContextManager = _alias(_placeholder('AbstractAsyncContextManager'), 1, name='AsyncContextManager')
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(_collections_class('defaultdict'), 2, name='DefaultDict')
OrderedDict = _alias(_collections_class('OrderedDict'), 2)
Counter = _alias(_collections_class('Counter'), 1)
ChainMap = _alias(_collections_class('ChainMap'), 2)
Generator = _alias(_abc_class('Generator'), 3)
AsyncGenerator = _alias(_abc_class('AsyncGenerator'), 2)
Type = _alias(type, 1, inst=False, name='Type')
Pattern = _alias(_placeholder('Pattern'), 1)
Match = _alias(_placeholder('Match'), 1)

Text = str
TYPE_CHECKING = False


def cast(typ, val):
    return val



def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @typing.overload-decorated.")



def overload(func):
    return _overload_dummy



def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f



def no_type_check(arg):
    return arg



del _alias
`;

// Less common names, compiled and run in typing's namespace on first use (module __getattr__):
// compiling Python is slow enough that every program importing typing should not pay for them.
const typingExtraSource = (): string => String.raw`
class _AnnotatedAlias(_GenericAlias, _root=True):
    def __init__(self, origin, metadata):
        super().__init__(origin, origin, name='Annotated')
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(_type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


class Annotated:
    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.", allow_special_forms=True)
        return _AnnotatedAlias(origin, tuple(params[1:]))



class SupportsInt(Protocol):
    __slots__ = ()


class SupportsFloat(Protocol):
    __slots__ = ()


class SupportsComplex(Protocol):
    __slots__ = ()


class SupportsBytes(Protocol):
    __slots__ = ()


class SupportsIndex(Protocol):
    __slots__ = ()


class SupportsAbs(Protocol):
    __slots__ = ()


class SupportsRound(Protocol):
    __slots__ = ()


class IO(Generic[AnyStr]):
    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


# ---------------------------------------------------------------------------
# NamedTuple, TypedDict, NewType

def _namedtuple_class(typename, fields, defaults, module):
    if _collections is not None and hasattr(_collections, 'namedtuple'):
        return _collections.namedtuple(typename, fields, defaults=defaults, module=module)
    fields = tuple(fields)
    defaults = tuple(defaults)
    nfields = len(fields)
    ndefaults = len(defaults)
    field_defaults = dict(zip(fields[nfields - ndefaults:], defaults))

    def __new__(_cls, *args, **kwargs):
        where = typename + '.__new__()'
        if len(args) > nfields:
            low = nfields - ndefaults + 1
            if ndefaults:
                takes = f'from {low} to {nfields + 1} positional arguments'
            else:
                takes = f'{nfields + 1} positional argument' + ('s' if nfields + 1 != 1 else '')
            raise TypeError(f'{where} takes {takes} but {len(args) + 1} were given')
        values = list(args)
        for name in kwargs:
            if name not in fields:
                raise TypeError(f"{where} got an unexpected keyword argument '{name}'")
            if fields.index(name) < len(args):
                raise TypeError(f"{where} got multiple values for argument '{name}'")
        missing = []
        for i in range(len(args), nfields):
            name = fields[i]
            if name in kwargs:
                values.append(kwargs[name])
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing.append(name)
        if missing:
            names = [repr(m) for m in missing]
            if len(names) == 1:
                listed = names[0]
            elif len(names) == 2:
                listed = names[0] + ' and ' + names[1]
            else:
                listed = ', '.join(names[:-1]) + ', and ' + names[-1]
            plural = 's' if len(missing) > 1 else ''
            raise TypeError(f'{where} missing {len(missing)} required positional argument{plural}: {listed}')
        return tuple.__new__(_cls, values)

    __new__.__qualname__ = typename + '.__new__'

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join([f'{n}={v!r}' for n, v in zip(fields, self)]) + ')'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError(f'Expected {nfields} arguments, got {len(result)}')
        return result

    def __getnewargs__(self):
        return tuple(self)

    ns = {
        '__doc__': f'{typename}({", ".join(fields)})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
        '__module__': module,
    }
    for index, name in enumerate(fields):
        ns[name] = property(_item_getter(index), doc=f'Alias for field number {index}')
    return type(typename, (tuple,), ns)


def _item_getter(index):
    def get(self):
        return self[index]
    return get


_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields', '_field_defaults',
                         '_make', '_replace', '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__'})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_check(t, f"field {n} annotation must be a type") for n, t in types}
    nm_tpl = _namedtuple_class(name, fields, defaults, module)
    nm_tpl.__annotations__ = types
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow default field{'s' if len(default_names) > 1 else ''} {', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(), defaults=[ns[n] for n in default_names], module=ns['__module__'])
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


class _NamedTupleFunction:
    # typing.NamedTuple: called, it makes a class; as a base, it stands for
    # NamedTupleMeta (a plain object here, since functions take no attributes).
    __name__ = __qualname__ = 'NamedTuple'

    def __call__(self, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
        return _make_nmtuple(typename, fields, module=_caller_module())

    def __mro_entries__(self, bases):
        return (_NamedTuple,)


NamedTuple = _NamedTupleFunction()
_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        annotations = {}
        own = ns.get('__annotations__', {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _type_check(tp, msg) for n, tp in own.items()}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(getattr(base, '__annotations__', {}))
            required.update(getattr(base, '__required_keys__', ()))
            optional.update(getattr(base, '__optional_keys__', ()))
        annotations.update(own)
        for key in own:
            if total:
                required.add(key)
            else:
                optional.add(key)
        ns = dict(ns)
        ns['__annotations__'] = annotations
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


class _TypedDictFunction:
    __name__ = __qualname__ = 'TypedDict'

    def __call__(self, typename, fields=None, /, *, total=True, **kwargs):
        if fields is None:
            fields = kwargs
        ns = {'__annotations__': dict(fields), '__module__': _caller_module()}
        return _TypedDictMeta(typename, (), ns, total=total)

    def __mro_entries__(self, bases):
        return (_TypedDict,)


TypedDict = _TypedDictFunction()
_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = _caller_module()

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking for: {subclass_name} = NewType({subclass_name!r}, {superclass_name})")

        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---------------------------------------------------------------------------
# Functions

def assert_type(val, typ, /):
    return val


def override(method, /):
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = kwargs
        return cls_or_fn
    return decorator


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=_builtins.__import__('sys').stderr)
    return obj


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def get_origin(tp):
    if isinstance(tp, (_BaseGenericAlias, _GenericAliasType, ParamSpecArgs, ParamSpecKwargs)):
        if isinstance(tp, _AnnotatedAlias):
            return Annotated
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _GenericAliasType)):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res[0] is not Ellipsis:
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


def _eval_hint(value, globalns, localns):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        name = value.__forward_arg__
        if localns is not None and name in localns:
            return _type_convert(localns[name])
        if globalns is not None and name in globalns:
            return _type_convert(globalns[name])
        if hasattr(_builtins, name):
            return getattr(_builtins, name)
        raise NameError(f"name '{name}' is not defined")
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = _own(base, '__annotations__', {})
            base_globals = globalns
            if base_globals is None:
                module = _builtins.__import__('sys').modules.get(base.__module__)
                base_globals = getattr(module, '__dict__', {}) if module is not None else {}
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, dict(vars(base)) if localns is None else localns)
        return hints
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if isinstance(obj, (type(_builtins), _FunctionType)):
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    if globalns is None:
        globalns = getattr(obj, '__globals__', {})
    if localns is None:
        localns = globalns
    return {name: _eval_hint(value, globalns, localns) for name, value in hints.items()}


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


def get_overloads(func):
    return []


def clear_overloads():
    pass
`;

/** The top-level names the extra part defines (found on the first look-up). */
let extraNames: Set<string> | null = null;
let extraCode: CodeObject | null = null;

export function registerTyping(): void {
  registerPythonSource(pythonModuleFilename('typing'), typingExtraSource);
  registerPythonModule('typing', typingSource, (mod) => {
    let loaded = false;
    mod.dict.setStr('__getattr__', builtinFunction('__getattr__', (args) => {
      const name = asStr(args[0] ?? '') ?? '';
      extraNames ??= new Set([...typingExtraSource().matchAll(/^(?:def|class)\s+([A-Za-z_]\w*)|^([A-Za-z_]\w*)\s*=/gm)].map((m) => (m[1] ?? m[2])!));
      if (!loaded && extraNames.has(name)) {
        loaded = true;
        extraCode ??= compilePython(pythonModuleFilename('typing'), typingExtraSource());
        execute(new Frame(extraCode, mod.dict, interpState.builtins!, mod.dict, null));
        const v = mod.dict.getStr(name);
        if (v !== undefined) return v;
      }
      throw pyErr('AttributeError', `module 'typing' has no attribute '${name}'`);
    }));
  });
}
