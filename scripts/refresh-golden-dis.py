"""Regenerate spec/compiler/golden/*.dis from CPython 3.12: `npm run golden:dis`.

Each NAME.py is compiled as `compile(source, 'NAME.py', 'exec')` and its
disassembly written to NAME.dis; review the diff before committing.
"""
import dis
import io
import os
import pathlib
import sys

assert sys.version_info[:2] == (3, 12), 'run with CPython 3.12'
assert os.environ.get('PYTHONHASHSEED') == '0', 'run with PYTHONHASHSEED=0'

GOLDEN = pathlib.Path(__file__).resolve().parent.parent / 'spec' / 'compiler' / 'golden'
for path in sorted(GOLDEN.glob('*.py')):
    out = io.StringIO()
    dis.dis(compile(path.read_text(encoding='utf-8'), path.name, 'exec'), file=out)
    path.with_suffix('.dis').write_text(out.getvalue(), encoding='utf-8')
    print('wrote', path.with_suffix('.dis').name)
