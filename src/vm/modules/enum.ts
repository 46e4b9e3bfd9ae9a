// enum: Enum, IntEnum, StrEnum, ReprEnum, Flag, IntFlag, auto, unique,
// member/nonmember, FlagBoundary (STRICT/CONFORM/EJECT/KEEP) and the
// functional API, with 3.12's reprs ('<Color.RED: 1>', "<enum 'Color'>"),
// lookups (Color(1), Color['RED']), aliases, _missing_, and Flag pseudo
// members for combinations ('<Perm.R|W: 6>'). The class body is collected
// by an _EnumDict (via __prepare__) that records member names in order and
// resolves auto() values; EnumType.__new__ builds the members. Not provided:
// verify/EnumCheck details, global_enum, _order_ checking, pickling helpers.
import { registerPythonModule } from '../import.js';

const enumSource = (): string => String.raw`
import builtins as _builtins

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum', 'auto', 'unique',
           'property', 'member', 'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP']

_mappingproxy = type(type.__dict__)


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


def property(fget):
    # name/value of members: read-only
    attr = fget.__name__

    def fset(self, value):
        raise AttributeError("<enum %r> cannot set attribute %r" % ('Enum', attr))

    def fdel(self):
        raise AttributeError("<enum %r> cannot delete attribute %r" % ('Enum', attr))
    return _builtins.property(fget, fset, fdel)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name,)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('_')


def _is_descriptor(obj):
    t = type(obj)
    return hasattr(t, '__get__') or hasattr(t, '__set__') or hasattr(t, '__delete__')


_SUNDER_OK = {'_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_', '_iter_member_',
              '_iter_member_by_value_', '_iter_member_by_def_', '_add_alias_', '_add_value_alias_', '_value_repr_',
              '_boundary_'}


class _EnumDict(dict):
    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if not _ready:
            pass
        elif _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _SUNDER_OK:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
            if key == '_generate_next_value_':
                self._generate_next_value = getattr(value, '__func__', value)
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                for name in set(value) & set(self._member_names):
                    raise ValueError('_ignore_ cannot specify already set names: %r' % (name,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif not isinstance(value, member) and _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate_next_value(key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                parts = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = self._generate_next_value(key, 1, len(self._member_names), self._last_values[:])
                        v = v.value
                    parts.append(v)
                value = tuple(parts)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


def _enum_bases(bases):
    for chain in bases:
        for base in chain.__mro__:
            if isinstance(base, EnumType):
                yield base


def _data_type(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                return base
    return object


def _bin(num, max_bits=None):
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = _builtins.bin(num + ceiling).replace('1', '0', 1)
    else:
        s = _builtins.bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = s[:3], s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


_ready = False


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        d = _EnumDict()
        d._cls_name = cls
        for base in _enum_bases(bases):
            if base._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (cls, base))
        for base in _enum_bases(bases):
            g = base.__dict__.get('_generate_next_value_')
            if g is not None:
                d._generate_next_value = getattr(g, '__func__', g)
                break
        return d

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if not _ready:
            return super().__new__(metacls, cls, bases, dict(classdict), **kwds)
        member_names = list(classdict._member_names)
        ns = {k: v for k, v in classdict.items() if k not in classdict._member_names}
        ns.pop('_order_', None)
        for k in classdict._ignore:
            ns.pop(k, None)
        ns.pop('_ignore_', None)
        member_type = _data_type(bases)
        custom_new = ns.get('__new__')
        if custom_new is not None:
            ns['__new_member__'] = custom_new
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        ts = type.__setattr__
        ts(enum_class, '_member_names_', [])
        ts(enum_class, '_member_map_', {})
        ts(enum_class, '_value2member_map_', {})
        ts(enum_class, '_unhashable_values_', [])
        ts(enum_class, '_member_type_', member_type)
        if boundary is not None:
            ts(enum_class, '_boundary_', boundary)
        new = getattr(enum_class, '__new_member__', None)
        if new is None or new is Enum.__new__:
            new = member_type.__new__ if member_type is not object else object.__new__
        if isinstance(new, staticmethod):
            new = new.__func__
        use_args = new is not object.__new__
        ts(enum_class, '_new_member_', new)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        order = 0
        for name in member_names:
            value = classdict[name]
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if not use_args:
                m = new(enum_class)
            else:
                m = new(enum_class, *args)
            if not hasattr(m, '_value_'):
                if member_type is object:
                    m._value_ = value
                else:
                    m._value_ = member_type(*args)
            v = m._value_
            m._name_ = name
            m.__objclass__ = enum_class
            m.__init__(*args)
            m._sort_order_ = order
            order += 1
            if is_flag:
                flag_bits = 0
                flag_bits |= v
            canonical = None
            try:
                canonical = enum_class._value2member_map_.get(v)
            except TypeError:
                for other in enum_class._member_map_.values():
                    if other._value_ == v:
                        canonical = other
                        break
            if canonical is not None:
                m = canonical
            elif not is_flag or (isinstance(v, int) and v > 0 and v & (v - 1) == 0) or not isinstance(v, int):
                enum_class._member_names_.append(name)
            if canonical is None:
                try:
                    enum_class._value2member_map_.setdefault(v, m)
                except TypeError:
                    enum_class._unhashable_values_.append(v)
            enum_class._member_map_[name] = m
            ts(enum_class, name, m)
        ts(enum_class, '__new__', Enum.__dict__['__new__'])
        first_enum = bases[-1] if bases and isinstance(bases[-1], EnumType) else Enum
        for meth in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if meth not in classdict:
                found = getattr(enum_class, meth)
                if found == getattr(member_type, meth) or found == getattr(object, meth):
                    ts(enum_class, meth, getattr(first_enum, meth))
        if is_flag:
            single = 0
            mask = 0
            for m in enum_class._member_map_.values():
                v = m._value_
                if isinstance(v, int):
                    mask |= v
                    if v > 0 and v & (v - 1) == 0:
                        single |= v
            ts(enum_class, '_flag_mask_', mask)
            ts(enum_class, '_singles_mask_', single)
            ts(enum_class, '_all_bits_', 2 ** mask.bit_length() - 1)
            values = [enum_class._member_map_[n]._value_ for n in enum_class._member_names_]
            if values != sorted(values):
                ts(enum_class, '_iter_member_', enum_class._iter_member_by_def_)
            for m in enum_class._member_map_.values():
                m._inverted_ = None
        return enum_class

    def __call__(cls, value, names=None, *values, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last = []
            gen = classdict._generate_next_value
            for count, name in enumerate(original):
                value = gen(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        if names is None:
            names = ()
        for item in names:
            if isinstance(item, str):
                classdict[item] = names[item]
            else:
                classdict[item[0]] = item[1]
        classdict['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return value in cls._unhashable_values_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtins.property
    def __members__(cls):
        return _mappingproxy(cls._member_map_)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__', '__members__',
                 '__module__', '__name__', '__qualname__', '__init_subclass__'}
        names.update(cls._member_names_)
        if cls.__dict__.get('_new_member_', object.__new__) is not object.__new__:
            names.add('__new__')
        if cls._member_type_ is object:
            return sorted(names)
        return sorted(set(dir(cls._member_type_)) | names)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % (cls.__name__,)
        return '<enum %r>' % (cls.__name__,)


EnumMeta = EnumType
Enum = None
Flag = None


class Enum(metaclass=EnumType):
    _member_names_ = []
    _member_map_ = {}
    _value2member_map_ = {}
    _unhashable_values_ = []
    _member_type_ = object

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        try:
            if isinstance(result, cls):
                return result
            if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
                return result
            ve = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
            if result is None and exc is None:
                raise ve
            if exc is None:
                exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                                % (cls.__name__, result))
            if not isinstance(exc, ValueError):
                exc.__context__ = ve
            raise exc
        finally:
            exc = None
            ve = None

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        # 3.12: the last value + 1 when it is also the largest; otherwise (unsortable, not the
        # largest, or no + 1) the deprecated rule: the latest value (in the list as sorted in place,
        # when it could be) that takes + 1, else start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
        except TypeError:
            pass
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = getattr(type(self), '_value_repr_', None) or repr
        if self._name_ is None:
            return '<%s: %s>' % (type(self).__name__, v_repr(self._value_))
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        for cls in type(self).__mro__:
            if cls is Enum or cls is object:
                break
            for k, v in cls.__dict__.items():
                if not k.startswith('_') and k not in self._member_map_:
                    names.add(k)
        names.update(k for k in getattr(self, '__dict__', {}) if not k.startswith('_'))
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


_ready = True


class ReprEnum(Enum):
    pass


class IntEnum(int, ReprEnum):
    __str__ = int.__repr__
    __format__ = int.__format__


class StrEnum(str, ReprEnum):
    __str__ = str.__str__
    __format__ = str.__format__

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        m = str.__new__(cls, value)
        m._value_ = value
        return m

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high = last.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last) from None
        return 2 ** (high + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        value &= cls._flag_mask_
        while value:
            bit = value & -value
            # a bit of a multi-bit member has no member of its own: None unless a pseudo member was cached
            yield cls._value2member_map_.get(bit)
            value ^= bit

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]' % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if member_value or aliases:
            members = []
            combined = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined |= m._value_
            if aliases:
                value = member_value | aliases
                for n, pm in cls._member_map_.items():
                    if pm not in members and pm._value_ and pm._value_ & value == pm._value_:
                        members.append(pm)
                        combined |= pm._value_
            unknown = value ^ combined
            pseudo._name_ = '|'.join([m._name_ for m in members])
            if not combined:
                pseudo._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        pseudo._inverted_ = None
        # every pseudo member is cached, even one with unnamed bits (iteration then finds it)
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    __str__ = int.__repr__
    __format__ = int.__format__

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif isinstance(other, int):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif isinstance(other, int):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif isinstance(other, int):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration
`;

export function registerEnum(): void {
  registerPythonModule('enum', enumSource);
}
