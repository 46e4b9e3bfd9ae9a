# isinstance() asks obj.__class__ when type(obj) is not the class: a class can
# claim another (a property, a class attribute, __getattribute__), and plain
# objects of builtin and user types cannot.
class Claims:
    @property
    def __class__(self):
        return int


class ClaimsAttr:
    __class__ = dict


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattribute__(self, name):
        if name == '__class__':
            return type(object.__getattribute__(self, '_target'))
        return object.__getattribute__(self, name)


class Text(str):
    @property
    def __class__(self):
        return list


class Broken:
    @property
    def __class__(self):
        raise AttributeError('no class')


class NotAType:
    __class__ = 42


class Plain:
    pass


class Sub(Plain):
    pass


for obj in [Claims(), ClaimsAttr(), Proxy([1]), Proxy('s'), Text('t'), Broken(), NotAType(), Plain(), Sub(), 1, 'x', [], None]:
    print(type(obj).__name__, [isinstance(obj, c) for c in (int, dict, list, str, Plain, object)],
          isinstance(obj, (bool, list)))
