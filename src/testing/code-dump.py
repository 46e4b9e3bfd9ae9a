"""Code-object oracle: what CPython 3.12's compile() makes of each source.

Reads a JSON list of {"source", "filename"} on stdin; writes a JSON list with,
per source, either {"code": CODE, "dis": dis.dis text, "interned": [...]} or
{"error": {"type", "msg", "lineno", "offset"}}. Each source compiles in its own
fork, so strings interned by one do not leak into the next (see
run_isolated); "interned" lists the name-like str constants that were already
interned, as other objects, when compile() started. CODE holds every co_* field (bytes as hex, the
constants typed, nested code objects in place) plus what CPython derives from
the tables: co_positions(), co_lines(), dis.findlinestarts() and the parsed
exception table.

co_localsplusnames and co_localspluskinds are not exposed to Python in 3.12;
they are read from the PyCodeObject struct with ctypes (layout of
Include/cpython/code.h, 3.12) and checked against co_varnames, co_cellvars,
co_freevars and _varname_from_oparg.
"""
import ast
import ctypes
import dis
import io
import itertools
import json
import math
import os
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


def name_like(s):
    """codeobject.c all_name_chars: the strs _PyCode_New interns."""
    return s.isascii() and all(c.isalnum() or c == "_" for c in s)


def builds(items, k):
    for _ in range(k):
        items = list(frozenset(items))
    return items


def const_builds(items, interned):
    """How many times CPython builds a frozenset constant: once when folding
    the display, once when merging constants, and once more in _PyCode_New
    if interning swaps a str member for an equal object interned earlier."""
    swapped = any(type(v) is str and name_like(v) and v in interned for v in items)
    return 3 if swapped else 2


def written_order(items, site, interned):
    """An insertion order etpy's compiler would hold for this constant: the
    display as written when it is found in the source, else any order that
    CPython's builds turn into `items` (exact False when none is found)."""
    k = const_builds(items, interned)
    if site is not None and builds(site, k) == items:
        return site, True
    for guess in (items, list(frozenset(items))):
        if builds(guess, k) == items:
            return guess, True
    if len(items) <= 7:
        for perm in itertools.permutations(items):
            if builds(perm, k) == items:
                return list(perm), True
    return items, False


def const_key(v):
    """_PyCode_ConstantKey in spirit: 1, 1.0, True and -0.0 stay apart."""
    if isinstance(v, tuple):
        return ("tuple", tuple(const_key(x) for x in v))
    if isinstance(v, frozenset):
        return ("frozenset", frozenset(const_key(x) for x in v))
    return (type(v).__name__, repr(v))


class Sites(ast.NodeVisitor):
    """The set displays the AST optimizer folds to frozensets (fold_iter):
    the last comparator of `in`/`not in`, and `for` / comprehension iterables;
    in source order, with their items as written."""

    def __init__(self):
        self.found = []

    def add(self, node):
        if isinstance(node, ast.Set):
            try:
                items = [ast.literal_eval(e) for e in node.elts]
                frozenset(items)  # only hashable items fold to a constant
            except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
                return
            self.found.append(items)

    def visit_Compare(self, node):
        if isinstance(node.ops[-1], (ast.In, ast.NotIn)):
            self.add(node.comparators[-1])
        self.generic_visit(node)

    def visit_For(self, node):
        self.add(node.iter)
        self.generic_visit(node)

    visit_AsyncFor = visit_For

    def visit_comprehension(self, node):
        self.add(node.iter)
        self.generic_visit(node)


def interned_before_compile(tree):
    """The name-like str constants whose interned object is not the parser's
    literal: interned at startup or as an identifier (ast.parse interned the
    identifiers, as compile() will). Checked in a forked child, because the
    check itself interns the strings it asks about."""
    seen = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and type(node.value) is str and name_like(node.value):
            seen.setdefault(node.value, node.value)
    values = list(seen.values())
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        answer = [s for s in values if sys.intern(s) is not s]
        os.write(w, json.dumps(answer).encode("utf-8", "surrogatepass"))
        os._exit(0)
    os.close(w)
    data = read_all(r)
    os.waitpid(pid, 0)
    return set(json.loads(data.decode("utf-8", "surrogatepass")))


def read_all(fd):
    chunks = []
    while True:
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks)


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
        key = const_key(value)
        site = next((s for s in context.sites if const_key(frozenset(s)) == key), None)
        written, exact = written_order(items, site, context.interned)
        return {"t": "frozenset", "items": [const(v) for v in items],
                "written": [const(v) for v in written], "exact": exact,
                "builds": const_builds(items, context.interned)}
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


class context:
    sites = []
    interned = set()


def run_job(job):
    source = job["source"]
    filename = job.get("filename") or "<string>"
    try:
        tree = ast.parse(source, filename)
        sites = Sites()
        sites.visit(tree)
        context.sites = sites.found
        context.interned = interned_before_compile(tree)
        co = compile(source, filename, "exec")
    except (SyntaxError, ValueError) as e:
        return {"error": {"type": type(e).__name__, "msg": str(getattr(e, "msg", e)),
                          "lineno": getattr(e, "lineno", None), "offset": getattr(e, "offset", None)}}
    text = io.StringIO()
    dis.dis(co, file=text)
    return {"code": code(co), "dis": text.getvalue(), "interned": sorted(context.interned)}


def run_isolated(job):
    """Each source compiles in a fresh fork, as if `python -m dis FILE` had
    started for it: compiling interns strings, which changes how later
    frozenset constants are built."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        try:
            result = run_job(job)
        except BaseException as e:  # report, never hang the parent
            result = {"error": {"type": type(e).__name__, "msg": str(e), "lineno": None, "offset": None}}
        data = json.dumps(result).encode("utf-8", "surrogatepass")
        view = memoryview(data)
        while view:
            view = view[os.write(w, view):]
        os._exit(0)
    os.close(w)
    data = read_all(r)
    os.waitpid(pid, 0)
    return json.loads(data.decode("utf-8", "surrogatepass"))


jobs = json.loads(sys.stdin.buffer.read().decode("utf-8", "surrogatepass"))
out = [run_isolated(job) for job in jobs]
sys.stdout.write(json.dumps(out))
