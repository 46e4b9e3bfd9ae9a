# PEP 563: every annotation becomes the string ast_unparse.c makes of it.
from __future__ import annotations

# module-level AnnAssign: names, subscripts, unions, attributes, calls
plain: int
generic: dict[str, list[tuple[int, ...]]] = {}
union: int | str | None = None
dotted: collections.abc.Mapping[str, typing.Any]
called: Annotated[int, Field(gt=0, *rest, **extra)]
callable_: Callable[[int, str], Awaitable[None]]
literal: Literal["a", 'b', b"c", u"d", r"\d", 'it\'s', "q\"uote", "\n\t\x00é\U0001f600"]

# constants: negative numbers, Ellipsis, complex, huge and tiny floats
negative: -1
negative_float: -2.5
ellipsis: ...
complex_: 1 + 2j
imaginary: 3.5j
huge: 1e309
huge_negative: -1e309
huge_complex: 1e309j
tiny: 1e-400
exp: 1.5e-07 + 1e16 + 1e22
big_int: 123456789012345678901234567890
hex_: 0xFF
flags: True | False | None

# operators and precedence
arith: a + b * c - d / e // f % g @ h
parens: (a + b) * (c - d)
power: 2 ** 3 ** 4 + (2 ** 3) ** 4 + (-2) ** 2 + -2 ** 2 + 2 ** -1
shifts: a << b >> c & d ^ e | f
bitparens: (a | b) & (c ^ d)
unary: ~a + +b - -c
logic: a and b or not c and (d or e)
notparens: not (a and b) or (not a) + b
compare: a < b <= c == d != e > f >= g is h is not i in j not in k
compare_parens: (a < b) < c
conditional: a if b else c
conditional_nested: (a if b else c) if (d if e else f) else g if h else i

# containers and comprehensions
tuple_: (int, str)
tuple1: (int,)
tuple0: ()
list_: [int, str]
set_: {int, str}
dict_: {'a': int, **more}
starred: [*a, *b]
listcomp: [x for x in y if x if z]
setcomp: {x for x in y}
dictcomp: {k: v for k, v in items}
genexp: (x for x in y)
call_genexp: sum(x for x in y)
asyncomp: [x async for x in y]
slices: x[1:2, ::3, :, a:b:c]
subscript_tuple: x[a, b][()][(c, d)]

# lambdas
lam: lambda: 0
lam_args: lambda a, /, b=1, *c, d, e=2, **f: a
lam_kwonly: lambda *, k: k
lam_in_cond: (lambda: a) if b else lambda: c

# f-strings
fstring: f"{x}"
fstring_full: f"a{x!r:>{width}}b{{}}{y!s}{z!a}"
fstring_debug: f"{x=}"
fstring_nested: f"{'a' if x else 'b'}"
fstring_dict: f"{ {1: 2} }"
fstring_lambda: f"{(lambda: 1)}"
fstring_concat: f"{x}" "lit" f"{y:.2f}"
fstring_quotes: f'{"double"}' + f"{'}'}"

# attribute of an int, and of other atoms
attr_int: (1).real
attr_float: 1.0.imag
attr_expr: (a + b).c
attr_neg: (-a).b


def params(a: int, b: list[int] = [], /, c: 'forward' = None, *args: *Ts,
           d: float = 0.0, e: dict[str, int] | None, **kwargs: Any) -> tuple[int, ...]:
    local: NotStored = 1
    unannotated_value: int
    return a


async def coroutine(x: Awaitable[T]) -> T | None:
    return await x


class Annotated_:
    field: ClassVar[int] = 0
    other: Annotated_ | None
    __private: int = 1

    def method(self, x: Annotated_, *, y: __Mangled = None) -> Self:
        def nested(z: Annotated_.field, __w: int) -> lambda: 0:
            inner: int = 1
            return inner

        class Nested:
            deep: list[Nested]
        return nested


def with_defaults(a: int = 1 + 1, b: str = 'x' * 3) -> -1:
    x: 2 ** 3 = 4 - 5


x.attr: int = 1
x[0]: str
(parenthesized): int = 2
