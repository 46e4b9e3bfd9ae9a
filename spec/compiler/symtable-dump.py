"""Symbol-table oracle: what CPython 3.12's symtable makes of each source.

Reads a JSON list of {"source": str, "ast": bool, "isolate"?: bool} on stdin; writes a JSON
list with, per source, either {"error": {...}} (the SyntaxError _symtable.symtable raises:
parser, future statements and symtable.c) or
  {"table": <entry>, "code": <code> | null}
where <entry> is every PySTEntryObject field _symtable exposes (type, name,
lineno, nested, the raw symbol flags, varnames, children in order) and <code>
is the code-object tree compile() makes, reduced to what the symbol table
decides (the function-like co_flags, cellvars, freevars); null when compile()
itself rejects the program after the symbol table accepted it. With "ast"
true the answer also carries CPython's AST as JSON nodes shaped like etpy's
(`_type`, fields, positions; constants other than str become null), so large
inputs can be checked without waiting for etpy's parser.
"""
import ast
import _symtable
import json
import os
import sys
import warnings

assert sys.version_info[:2] == (3, 12), "the symtable oracle must run on CPython 3.12"
warnings.simplefilter("ignore")

TYPES = {
    _symtable.TYPE_FUNCTION: "function",
    _symtable.TYPE_CLASS: "class",
    _symtable.TYPE_MODULE: "module",
    _symtable.TYPE_ANNOTATION: "annotation",
    _symtable.TYPE_TYPE_VAR_BOUND: "typevar_bound",
    _symtable.TYPE_TYPE_ALIAS: "type_alias",
    _symtable.TYPE_TYPE_PARAM: "type_param",
}

# CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS, CO_NESTED,
# CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR: the flags compile.c takes
# from the symbol table entry.
CODE_FLAGS = 0x1 | 0x2 | 0x4 | 0x8 | 0x10 | 0x20 | 0x80 | 0x200


def entry(ste):
    return {
        "type": TYPES[ste.type],
        "name": ste.name,
        "lineno": ste.lineno,
        "nested": ste.nested,
        "symbols": dict(ste.symbols),
        "varnames": list(ste.varnames),
        "children": [entry(c) for c in ste.children],
    }


def code(co):
    return {
        "name": co.co_name,
        "firstlineno": co.co_firstlineno,
        "flags": co.co_flags & CODE_FLAGS,
        "cellvars": sorted(co.co_cellvars),
        "freevars": sorted(co.co_freevars),
        "children": [code(c) for c in co.co_consts if hasattr(c, "co_code")],
    }


def tree(node):
    if isinstance(node, list):
        return [tree(n) for n in node]
    if not isinstance(node, ast.AST):
        return node  # identifiers, ints of int fields, None
    out = {"_type": type(node).__name__}
    for name in node._fields:
        value = getattr(node, name, None)
        # Only str constants matter here (docstrings end the future statements); others need no encoding.
        if isinstance(node, (ast.Constant, ast.MatchSingleton)) and name == "value":
            out[name] = value if isinstance(value, str) else None
        else:
            out[name] = tree(value)
    for name in node._attributes:
        out[name] = getattr(node, name, None)
    return out


def error(e):
    return {"error": {"type": type(e).__name__, "msg": e.msg if isinstance(e, SyntaxError) else str(e),
                      "lineno": getattr(e, "lineno", None), "offset": getattr(e, "offset", None),
                      "end_lineno": getattr(e, "end_lineno", None), "end_offset": getattr(e, "end_offset", None)}}


def compile_code(source):
    try:
        return code(compile(source, "f", "exec", dont_inherit=True))
    except Exception:  # compile.c's own errors, and its SystemError on `class C: [__class__ for _ in x]`
        return None


def compile_isolated(sources):
    """compile() in a forked child: 3.12.1's compiler crashes on some odd
    programs (random ones find them). A batch whose child dies is split in
    halves until the crashing program stands alone, and gets null."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        with os.fdopen(write_end, "w") as f:
            f.write(json.dumps([compile_code(s) for s in sources]))
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end) as f:
        text = f.read()
    _, status = os.waitpid(pid, 0)
    if status == 0 and text:
        return json.loads(text)
    if len(sources) == 1:
        return [None]
    half = len(sources) // 2
    return compile_isolated(sources[:half]) + compile_isolated(sources[half:])


sys.setrecursionlimit(50_000)
cases = json.loads(sys.stdin.buffer.read().decode("utf-8", "surrogatepass"))
tables = []
for case in cases:
    try:
        tables.append(entry(_symtable.symtable(case["source"], "f", "exec")))
    except (SyntaxError, RecursionError, MemoryError, ValueError) as e:
        tables.append(error(e))
accepted = [i for i, t in enumerate(tables) if "error" not in t]
isolated = [i for i in accepted if cases[i].get("isolate")]
codes = {i: compile_code(cases[i]["source"]) for i in accepted if not cases[i].get("isolate")}
for start in range(0, len(isolated), 100):
    chunk = isolated[start:start + 100]
    codes.update(zip(chunk, compile_isolated([cases[i]["source"] for i in chunk])))
out = []
for i, (case, table) in enumerate(zip(cases, tables)):
    if "error" in table:
        out.append(table)
        continue
    result = {"table": table, "code": codes[i]}
    if case["ast"]:
        result["ast"] = tree(ast.parse(case["source"]))
    out.append(result)
sys.stdout.write(json.dumps(out))
