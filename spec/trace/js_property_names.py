# Python names that are special to JavaScript objects: each is an ordinary
# local, global or class attribute, shown in the trace like any other.
__proto__ = 'module'
constructor = [1, 2]
toString = 3


def f(__proto__):
    constructor = __proto__ * 2
    hasOwnProperty = {'__proto__': constructor}
    valueOf = None
    del valueOf
    __proto__ = hasOwnProperty
    return __proto__


class C:
    __proto__ = 1
    isPrototypeOf = 2


f(21)
del constructor
print(C.__proto__, C.isPrototypeOf)
