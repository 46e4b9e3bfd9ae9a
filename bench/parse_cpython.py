"""CPython's side of bench/parse.ts: times ast.parse over the same sources.

    python3.12 bench/parse_cpython.py ROUNDS < sources.json

Reads a JSON list of source strings on stdin and prints one JSON object:
{"version": "3.12.x", "seconds_per_pass": [one figure per round]}.
Timed like timeit: a warm-up pass first, the garbage collector off while
timing, and every round a full pass over all sources.
"""

import ast
import gc
import json
import sys
import time
import warnings


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    sources = json.load(sys.stdin)
    # SyntaxWarnings (invalid escapes in the corpus) would be printed on every
    # pass; printing is not parsing.
    warnings.simplefilter('ignore')
    for source in sources:
        ast.parse(source)
    gc.disable()
    seconds = []
    for _ in range(rounds):
        start = time.perf_counter()
        for source in sources:
            ast.parse(source)
        seconds.append(time.perf_counter() - start)
    gc.enable()
    json.dump({'version': sys.version.split()[0], 'seconds_per_pass': seconds}, sys.stdout)


if __name__ == '__main__':
    main()
