"""Parser oracle: what CPython 3.12's ast.parse makes of each source.

Reads a JSON list of source strings on stdin; writes a JSON list with, per
source, either {"dump", "positions"} (ast.dump without and with attributes)
or {"error": {"type", "msg", "lineno", "offset"}} for a SyntaxError.
Warnings (invalid escapes) are silenced: they are not part of the AST.
"""
import ast
import json
import sys
import warnings

assert sys.version_info[:2] == (3, 12), "the parser oracle must run on CPython 3.12"
warnings.simplefilter("ignore")

def dump(tree, **kwargs):
    """ast.dump is recursive Python: give it room, so only ast.parse's own limits show."""
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(50_000)
    try:
        return ast.dump(tree, **kwargs)
    finally:
        sys.setrecursionlimit(old)


out = []
for source in json.loads(sys.stdin.buffer.read().decode("utf-8", "surrogatepass")):
    try:
        tree = ast.parse(source)
        out.append({"dump": dump(tree), "positions": dump(tree, include_attributes=True)})
    except SyntaxError as e:
        out.append({"error": {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset}})
    except (ValueError, RecursionError, MemoryError) as e:
        out.append({"error": {"type": type(e).__name__, "msg": str(e), "lineno": None, "offset": None}})
sys.stdout.write(json.dumps(out))
