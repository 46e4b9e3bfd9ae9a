"""Code-object oracle: what CPython 3.12's compile() makes of each source.

Reads a JSON list of {"source", "filename"} on stdin; writes a JSON list with,
per source, either {"code": CODE, "dis": dis.dis text} or {"error": {"type",
"msg", "lineno", "offset"}}. CODE holds every co_* field (bytes as hex, the
constants typed, nested code objects in place) plus what CPython derives from
the tables: co_positions(), co_lines(), dis.findlinestarts() and the parsed
exception table.

co_localsplusnames and co_localspluskinds are not exposed to Python in 3.12;
they are read from the PyCodeObject struct with ctypes (layout of
Include/cpython/code.h, 3.12) and checked against co_varnames, co_cellvars,
co_freevars and _varname_from_oparg.
"""
import ctypes
import dis
import io
import itertools
import json
import math
import sys
import warnings

assert sys.version_info[:2] == (3, 12), "the code oracle must run on CPython 3.12"
warnings.simplefilter("ignore")

CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE = 0x20, 0x40, 0x80


class _CodeHead(ctypes.Structure):
    # The leading fields of PyCodeObject up to co_localspluskinds (3.12).
    _fields_ = [
        ("ob_refcnt", ctypes.c_ssize_t), ("ob_type", ctypes.c_void_p), ("ob_size", ctypes.c_ssize_t),
        ("co_consts", ctypes.c_void_p), ("co_names", ctypes.c_void_p), ("co_exceptiontable", ctypes.c_void_p),
        ("co_flags", ctypes.c_int), ("co_argcount", ctypes.c_int), ("co_posonlyargcount", ctypes.c_int),
        ("co_kwonlyargcount", ctypes.c_int), ("co_stacksize", ctypes.c_int), ("co_firstlineno", ctypes.c_int),
        ("co_nlocalsplus", ctypes.c_int), ("co_framesize", ctypes.c_int), ("co_nlocals", ctypes.c_int),
        ("co_ncellvars", ctypes.c_int), ("co_nfreevars", ctypes.c_int), ("co_version", ctypes.c_uint32),
        ("co_localsplusnames", ctypes.py_object), ("co_localspluskinds", ctypes.py_object),
    ]


def localsplus(co):
    head = _CodeHead.from_address(id(co))
    names = list(head.co_localsplusnames)
    kinds = list(head.co_localspluskinds)
    # Cross-checks, so a wrong struct layout fails loudly instead of lying.
    assert head.co_argcount == co.co_argcount and head.co_firstlineno == co.co_firstlineno
    assert len(names) == len(kinds) == head.co_nlocalsplus
    assert [n for n, k in zip(names, kinds) if k & CO_FAST_LOCAL] == list(co.co_varnames)
    assert [n for n, k in zip(names, kinds) if k & CO_FAST_CELL] == list(co.co_cellvars)
    assert [n for n, k in zip(names, kinds) if k & CO_FAST_FREE] == list(co.co_freevars)
    assert all(co._varname_from_oparg(i) == n for i, n in enumerate(names))
    return names, kinds


def float_text(x):
    # repr round-trips through JS parseFloat; the specials get JS spellings.
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return repr(x)


def const_order(items):
    """The order a frozenset constant shows: built once from the folded tuple,
    then rebuilt from that set's order by the compiler's constant merging."""
    return list(frozenset(list(frozenset(items))))


def written_order(items):
    """Some insertion order that const_order maps to CPython's order `items`.

    etpy keeps frozenset constants in written order and replays both builds;
    the written order is lost in the code object, so find one that gives the
    same result (the order itself nearly always does).
    """
    if const_order(items) == items:
        return items, True
    once = list(frozenset(items))
    if const_order(once) == items:
        return once, True
    if len(items) <= 7:
        for perm in itertools.permutations(items):
            if const_order(perm) == items:
                return list(perm), True
    return items, False


def const(value):
    if value is None:
        return {"t": "none"}
    if value is Ellipsis:
        return {"t": "ellipsis"}
    if isinstance(value, bool):
        return {"t": "bool", "v": value}
    if isinstance(value, int):
        return {"t": "int", "v": str(value)}
    if isinstance(value, float):
        return {"t": "float", "v": float_text(value)}
    if isinstance(value, complex):
        return {"t": "complex", "real": float_text(value.real), "imag": float_text(value.imag)}
    if isinstance(value, str):
        return {"t": "str", "v": value}
    if isinstance(value, bytes):
        return {"t": "bytes", "hex": value.hex()}
    if isinstance(value, tuple):
        return {"t": "tuple", "items": [const(v) for v in value]}
    if isinstance(value, frozenset):
        items = list(value)
        written, exact = written_order(items)
        return {"t": "frozenset", "items": [const(v) for v in items],
                "written": [const(v) for v in written], "exact": exact}
    if hasattr(value, "co_code"):
        return {"t": "code", "code": code(value)}
    raise TypeError(f"unexpected constant {value!r}")


def code(co):
    names, kinds = localsplus(co)
    return {
        "argcount": co.co_argcount,
        "posonlyargcount": co.co_posonlyargcount,
        "kwonlyargcount": co.co_kwonlyargcount,
        "stacksize": co.co_stacksize,
        "flags": co.co_flags,
        "code": co.co_code.hex(),
        "consts": [const(c) for c in co.co_consts],
        "names": list(co.co_names),
        "localsplusnames": names,
        "localspluskinds": kinds,
        "filename": co.co_filename,
        "name": co.co_name,
        "qualname": co.co_qualname,
        "firstlineno": co.co_firstlineno,
        "linetable": co.co_linetable.hex(),
        "exceptiontable": co.co_exceptiontable.hex(),
        "positions": [list(p) for p in co.co_positions()],
        "lines": [list(r) for r in co.co_lines()],
        "linestarts": [list(s) for s in dis.findlinestarts(co)],
        "exceptions": [[e.start, e.end, e.target, e.depth, e.lasti] for e in dis._parse_exception_table(co)],
    }


out = []
for job in json.loads(sys.stdin.buffer.read().decode("utf-8", "surrogatepass")):
    try:
        co = compile(job["source"], job.get("filename") or "<string>", "exec")
    except (SyntaxError, ValueError) as e:
        out.append({"error": {"type": type(e).__name__, "msg": str(getattr(e, "msg", e)),
                              "lineno": getattr(e, "lineno", None), "offset": getattr(e, "offset", None)}})
        continue
    text = io.StringIO()
    dis.dis(co, file=text)
    out.append({"code": code(co), "dis": text.getvalue()})
sys.stdout.write(json.dumps(out))
