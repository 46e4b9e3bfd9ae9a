// abc: ABCMeta (abstract method bookkeeping: setting `__abstractmethods__`
// makes object.__new__ refuse the class, type-object.ts; register() and __subclasshook__ in isinstance/
// issubclass, with CPython's caches: abc-native.ts does those in the host, as
// CPython's _abc does in C), ABC, abstractmethod and the older abstract*
// decorators.
import { registerPythonModule } from '../import.js';
import './abc-native.js';

const abcSource = (): string => String.raw`
def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


# What CPython's _abc does in C (abc-native.ts).
from _etpy_abc import (is_abstract as _is_abstract, compute_abstracts as _compute_abstracts, abc_init as _abc_init,
                       abc_register as _abc_register, abc_instancecheck as _abc_instancecheck,
                       abc_subclasscheck as _abc_subclasscheck, get_cache_token, abc_registry_clear as _abc_registry_clear,
                       abc_caches_clear as _abc_caches_clear)


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace.items(), bases)
        _abc_init(cls)
        return cls

    def register(cls, subclass):
        return _abc_register(cls, subclass)

    def __instancecheck__(cls, instance):
        return _abc_instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        return _abc_subclasscheck(cls, subclass)

    def _abc_registry_clear(cls):
        _abc_registry_clear(cls)

    def _abc_caches_clear(cls):
        _abc_caches_clear(cls)

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)


class ABC(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        return NotImplemented


def update_abstractmethods(cls):
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls
`;

export function registerAbc(): void {
  registerPythonModule('abc', abcSource);
}
