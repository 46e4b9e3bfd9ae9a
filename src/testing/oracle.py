#!/usr/bin/env python3
"""etpy's CPython 3.12 oracle: runs batch tasks (shared/spec/batch.md) and
records their traces (shared/spec/trace.md) as CPython itself sees them.

    PYTHONHASHSEED=0 python3.12 oracle.py [--trace none|line|opcode]
        [--state full|delta] [--max-steps N] [--max-repr N] [--timeout-ms N]
        < tasks.jsonl > results.jsonl

One process runs the whole batch (starting CPython per task would cost more
than most tasks); each task gets a fresh `__main__` and the process state it
may touch is restored afterwards.  A task's failure, even of this script,
becomes that task's result.

Decisions the contracts leave open (src/testing/oracle.ts documents the same):
- `value` of a `return` event is JSON null when the frame is left by an
  exception (PY_UNWIND); a frame that returns None has "None".
- `--max-repr N` keeps the first N characters of a longer repr and appends
  "..." (so N + 3 characters); it applies to trace reprs only, not to the
  result's `value`.  `--state delta` compares full reprs.
- A repr that raises is written `<repr failed: Type: message>`; prints made by
  a `__repr__` while the tracer reads locals are discarded, so tracing never
  changes a program's stdout.
- `opcode` events come from sys.monitoring INSTRUCTION; CPython 3.12 fires
  them after the `line` event of the same instruction and never for RESUME
  or for a generator's RETURN_GENERATOR/POP_TOP prologue.
- `--max-steps N` lets N line events run; the next one stops the task with
  `StepLimitExceeded` (steps == N) and nothing after it is traced.
- `error` is the `Type: message` part of the traceback (notes left out; a
  message with newlines stays whole).  SystemExit is an error like any other.
- Finalizers (`__del__`) of the module's objects run after the task, untraced,
  with the task's stdout still captured, as at interpreter exit.
- The program gets the recursion budget of `python3 FILE` (its module frame
  is depth 1), at every trace level; see oracle_tracer.Run.enter.
- A module frame's locals are its globals (trace.md), so the hidden
  variables of a comprehension inlined in a module never show; a class
  body's are its namespace (`__module__`, `__qualname__` included).
"""

import argparse
import ast
import builtins
import dis
import faulthandler
import gc
import importlib.machinery
import io
import json
import os
import signal
import sys
import time
import types
import warnings

if sys.version_info[:2] != (3, 12):  # before sys.monitoring (3.12) is touched
    sys.exit('oracle.py: needs CPython 3.12, this is ' + sys.version.split()[0])

import oracle_tracer as tracer  # noqa: E402  (this directory is sys.path[0] until main() drops it)
from oracle_tracer import MON, SOURCE, TOOL, StopTask, exception_line  # noqa: E402

EXPR_FILE = '<expr>'  # the frame that evaluates `expr` must not be traced
ALARM_REPEAT = 0.05  # seconds between repeated stop attempts after a timeout
HARD_GRACE = 1.0  # seconds past the timeout before the process gives up
ABANDON_EXIT = 75  # exit status after a task that could not be stopped (oracle.ts)
HARNESS_FILES = {(lambda: None).__code__.co_filename, tracer.Run.hook.__code__.co_filename}


class Task:
    """A `run` task in progress, as the alarm handler needs to see it."""

    def __init__(self, task_id, run, stdout, timeout_ms):
        self.task_id = task_id
        self.run = run
        self.stdout = stdout
        self.active = False  # True while the program's code may be running
        self.deadline = time.monotonic() + timeout_ms / 1000 + HARD_GRACE


class _Capture(io.BytesIO):
    """A program may close sys.stdout; its text must still be readable."""

    def close(self):
        pass


_current = None  # the Task in progress, for the alarm handler


def on_alarm(signum, frame):
    task = _current
    if task is None:
        return
    signal.setitimer(signal.ITIMER_REAL, ALARM_REPEAT)  # until the task ends
    if not task.active:  # its program is not running yet, or no longer
        return
    if time.monotonic() > task.deadline:
        abandon(task)
    task.run.request_stop('Timeout')
    # Raising inside the harness's own code (a tracer callback, the code
    # around exec) could break it; the LINE kill switch of request_stop
    # stops the program at its next line instead.
    if frame is not None and frame.f_code.co_filename not in HARNESS_FILES:
        raise StopTask('Timeout')


def abandon(task):
    """The program keeps catching StopTask outside <source>: write its result
    and end the process; oracle.ts runs the remaining tasks anew."""
    emit({'id': task.task_id, 'ok': False, 'stdout': captured(task.stdout),
          'error': 'Timeout', 'steps': task.run.steps})
    os._exit(ABANDON_EXIT)


def captured(stdout):
    try:
        stdout.flush()
    except Exception:  # a program may leave it unflushable; keep what is there
        pass
    return stdout.buffer.getvalue().decode('utf-8', 'replace')


class ProcessState:
    """What a task may change in the interpreter beyond its own module."""

    def __init__(self):
        self.streams = sys.stdout, sys.stderr, sys.stdin
        self.argv = list(sys.argv)
        self.path = list(sys.path)
        self.main = sys.modules.get('__main__')
        self.recursion_api = sys.getrecursionlimit, sys.setrecursionlimit
        self.recursion_limit = sys.getrecursionlimit()
        self.int_digits = sys.get_int_max_str_digits()
        self.filters = list(warnings.filters)
        self.builtins = dict(builtins.__dict__)
        self.cwd = os.getcwd()
        self.alarm = signal.getsignal(signal.SIGALRM)

    def restore(self):
        sys.settrace(None)
        signal.setitimer(signal.ITIMER_REAL, 0)
        faulthandler.cancel_dump_traceback_later()
        sys.stdout, sys.stderr, sys.stdin = self.streams
        sys.argv[:] = self.argv
        sys.path[:] = self.path
        sys.modules['__main__'] = self.main
        sys.getrecursionlimit, sys.setrecursionlimit = self.recursion_api
        sys.setrecursionlimit(self.recursion_limit)
        sys.set_int_max_str_digits(self.int_digits)
        warnings.filters[:] = self.filters
        warnings._filters_mutated()
        names = builtins.__dict__
        for name in [n for n in names if n not in self.builtins]:
            del names[name]
        for name, value in self.builtins.items():
            if names.get(name, self) is not value:
                names[name] = value
        signal.signal(signal.SIGALRM, self.alarm)
        if os.getcwd() != self.cwd:
            os.chdir(self.cwd)
        gc.enable()


def new_main():
    """Globals as `python3 -c` gives them to `__main__`."""
    module = types.ModuleType('__main__')
    module.__dict__.update(
        __loader__=importlib.machinery.BuiltinImporter,
        __annotations__={},
        __builtins__=builtins,
    )
    return module


def clear_module_dict(names):
    """What CPython does to `__main__` at exit (_PyModule_ClearDict): names
    with one leading underscore first, then all but __builtins__."""
    for key in list(names):
        if isinstance(key, str) and key[:1] == '_' and key[1:2] != '_':
            names[key] = None
    for key in list(names):
        if key != '__builtins__':
            names[key] = None


def run_program(task, opts):
    global _current
    task_id = task.get('id')
    # As CPython's own stdio on POSIX: UTF-8, strict, no newline translation.
    stdout = io.TextIOWrapper(_Capture(), encoding='utf-8', errors='strict', newline='\n')
    stdin_bytes = (task.get('stdin') or '').encode('utf-8', 'replace')
    sys.stdout = stdout
    sys.stderr = io.StringIO()  # warnings and tracebacks printed by the program
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin_bytes), encoding='utf-8', newline='\n')
    sys.argv[:] = [SOURCE]
    error = value = run = None
    try:
        code = compile(task['source'], SOURCE, 'exec', dont_inherit=True)
    except Exception as exc:
        error = exception_line(exc)
    else:
        module = new_main()
        sys.modules['__main__'] = module
        run = tracer.Run(opts, code, tracer.stack_depth(sys._getframe()))
        _current = current = Task(task_id, run, stdout, opts.timeout_ms)
        if opts.timeout_ms > 0:  # 0: no wall-clock limit
            signal.setitimer(signal.ITIMER_REAL, opts.timeout_ms / 1000)
            # Last resort for a program stuck in C code, where no signal
            # handler runs: faulthandler's own thread ends the process
            # (oracle.ts then reports the task as Timeout, runs the rest anew).
            faulthandler.dump_traceback_later(opts.timeout_ms / 1000 + 2 * HARD_GRACE,
                                              exit=True, file=sys.__stderr__)
        try:
            run.start()
            current.active = True
            exec(code, module.__dict__)
            if task.get('expr') is not None:
                expr = compile(task['expr'], EXPR_FILE, 'eval', dont_inherit=True)
                value = repr(eval(expr, module.__dict__))
            current.active = False
        except BaseException as exc:
            current.active = False
            error = exception_line(exc)
        finally:
            current.active = False
            run.finish()
            signal.setitimer(signal.ITIMER_REAL, 0)
            _current = None
        if run.stop_reason is not None:
            error, value = run.stop_reason, None
        elif run.internal_error is not None:
            error, value = 'OracleError: ' + run.internal_error, None
        clear_module_dict(module.__dict__)
        del module
        gc.collect()
    result = {'id': task_id, 'ok': error is None, 'stdout': captured(stdout)}
    if value is not None:
        result['value'] = value
    if error is not None:
        result['error'] = error
    result['steps'] = run.steps if run else 0
    if opts.trace != 'none':
        result['trace'] = run.events if run else []
    return result


def run_static(task, mode):
    """Modes `ast` and `dis`: the text of `etpy ast` / `python3 -m dis`."""
    result = {'id': task.get('id'), 'ok': True}
    sys.stderr = io.StringIO()  # SyntaxWarnings of the compiler
    try:
        if mode == 'ast':
            text = ast.dump(ast.parse(task['source']))
        else:
            buf = io.StringIO()
            dis.dis(compile(task['source'], SOURCE, 'exec', dont_inherit=True), file=buf)
            text = buf.getvalue()
        result[mode] = text
    except Exception as exc:
        result['ok'] = False
        result['error'] = exception_line(exc)
    return result


def run_task(task, opts):
    if not isinstance(task, dict) or not isinstance(task.get('source'), str):
        raise ValueError('a task is an object with a string "source"')
    mode = task.get('mode', 'run')
    if mode == 'run':
        return run_program(task, opts)
    if mode in ('ast', 'dis'):
        return run_static(task, mode)
    raise ValueError('unknown mode ' + repr(mode))


_out = None  # the real stdout, kept apart from the programs' fd 1


def emit(result):
    try:
        line = json.dumps(result, ensure_ascii=True, separators=(',', ':'))
    except Exception as exc:
        line = json.dumps({'id': result.get('id'), 'ok': False,
                           'error': 'OracleError: ' + exception_line(exc)})
    _out.write(line.encode('ascii') + b'\n')
    _out.flush()  # a crash later must not lose finished results


def claim_stdio():
    """Takes fds 0 and 1 for the protocol and points the originals at
    /dev/null and stderr, so that os.write(1, ...) or a read of fd 0 by a
    program cannot corrupt the JSONL streams."""
    global _out
    tasks = os.fdopen(os.dup(0), 'rb')
    _out = os.fdopen(os.dup(1), 'wb')
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    os.dup2(2, 1)
    return tasks


def check_hash_seed():
    if os.environ.get('PYTHONHASHSEED') != '0' or sys.flags.hash_randomization:
        sys.exit('oracle.py: run with PYTHONHASHSEED=0 (set and hashes are '
                 'compared with CPython under that seed)')


def parse_options(argv):
    parser = argparse.ArgumentParser(prog='oracle.py')
    parser.add_argument('--trace', choices=('none', 'line', 'opcode'), default='none')
    parser.add_argument('--state', choices=('full', 'delta'), default='full')
    parser.add_argument('--max-steps', type=int, default=1_000_000)
    parser.add_argument('--max-repr', type=int, default=None)
    parser.add_argument('--timeout-ms', type=int, default=10_000)
    return parser.parse_args(argv)


def main(argv):
    opts = parse_options(argv)
    check_hash_seed()
    here = os.path.dirname(os.path.abspath(__file__))
    if sys.path and os.path.abspath(sys.path[0] or '.') == here:
        del sys.path[0]  # `import oracle` in a program must not find this file
    tasks = claim_stdio()
    MON.use_tool_id(TOOL, 'etpy-oracle')
    signal.signal(signal.SIGALRM, on_alarm)  # before the baseline, which restores it
    baseline = ProcessState()
    pid = os.getpid()
    # The harness's own objects never become garbage: freezing them makes the
    # collection after each task scan only what the tasks created.
    gc.collect()
    gc.freeze()
    for raw in tasks:
        if not raw.strip():
            continue
        task = None
        try:
            task = json.loads(raw)
            result = run_task(task, opts)
        except BaseException as exc:  # never stop the batch for one task
            task_id = task.get('id') if isinstance(task, dict) else None
            result = {'id': task_id, 'ok': False, 'error': 'OracleError: ' + exception_line(exc)}
        if os.getpid() != pid:
            os._exit(0)  # a task's fork returned here: only the parent answers
        baseline.restore()
        emit(result)


if __name__ == '__main__':
    main(sys.argv[1:])
