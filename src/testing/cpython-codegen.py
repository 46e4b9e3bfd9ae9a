"""Codegen output of CPython 3.12 for the module code unit of each source.

Reads a JSON list of sources on stdin; writes a JSON list where each item is
either {"insts": [[opcode, oparg, lineno, end_lineno, col, end_col], ...],
"consts": [repr, ...], "names": [...]} as `_testinternalcapi.compiler_codegen`
returns them (jump opargs are instruction indices), or {"error": "Type: msg"}.
"""
import ast
import json
import os
import sys
import types
import warnings

import _testinternalcapi


def const_repr(key):
    # u_consts is keyed by _PyCode_ConstantKey: a tuple key holds the value second.
    value = key[1] if isinstance(key, tuple) else key
    if isinstance(value, types.CodeType):
        return f'<code {value.co_qualname}>'
    return repr(value)


def one(source):
    try:
        tree = ast.parse(source)
        insts, meta = _testinternalcapi.compiler_codegen(tree, 'f', 0)
    except Exception as e:  # the error is the expected result
        return {'error': f'{type(e).__name__}: {e}'}
    consts = sorted(meta['consts'].items(), key=lambda kv: kv[1])
    names = sorted(meta['names'].items(), key=lambda kv: kv[1])
    return {
        'insts': [list(i) for i in insts],
        'consts': [const_repr(k) for k, _ in consts],
        'names': [k for k, _ in names],
    }


def isolated(source):
    """compiler_codegen is a test hook and crashes on some inputs, so run it in a fork."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        with os.fdopen(write_end, 'w') as out:
            out.write(json.dumps(one(source)))
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end) as inp:
        data = inp.read()
    _, status = os.waitpid(pid, 0)
    if status != 0 or not data:
        return {'crash': f'compiler_codegen died (status {status})'}
    return json.loads(data)


warnings.simplefilter('ignore')
print(json.dumps([isolated(s) for s in json.load(sys.stdin)]))
