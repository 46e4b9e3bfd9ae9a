"""CPython's side of bench/compile.ts: times ast.parse and compile() over the same sources.

    python3.12 bench/compile_cpython.py ROUNDS < sources.json

Prints {"version": ..., "parse": [seconds per pass], "compile": [seconds per pass]}
where "compile" is compile(source, '<bench>', 'exec'): parse, optimize, codegen
and assemble, as etpy's compile(source) does. Timed like timeit: a warm-up
pass, the garbage collector off while timing.
"""

import ast
import gc
import json
import sys
import time
import warnings


def timed(rounds, work, sources):
    seconds = []
    for _ in range(rounds):
        start = time.perf_counter()
        for source in sources:
            work(source)
        seconds.append(time.perf_counter() - start)
    return seconds


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    sources = json.load(sys.stdin)
    warnings.simplefilter('ignore')  # SyntaxWarnings from the corpus are not compiling
    compile_exec = lambda source: compile(source, '<bench>', 'exec')
    for source in sources:
        compile_exec(source)
    gc.disable()
    result = {
        'version': sys.version.split()[0],
        'parse': timed(rounds, ast.parse, sources),
        'compile': timed(rounds, compile_exec, sources),
    }
    gc.enable()
    json.dump(result, sys.stdout)


if __name__ == '__main__':
    main()
