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
"""

import argparse
import ast
import builtins
import ctypes
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
import traceback
import types
import warnings

if sys.version_info[:2] != (3, 12):  # before sys.monitoring (3.12) is touched
    sys.exit('oracle.py: needs CPython 3.12, this is ' + sys.version.split()[0])

SOURCE = '<source>'
EXPR_FILE = '<expr>'  # the frame that evaluates `expr` must not be traced
UNCHANGED = '..'
MON = sys.monitoring
TOOL = MON.DEBUGGER_ID
EVENTS = MON.events
ALARM_REPEAT = 0.05  # seconds between repeated stop attempts after a timeout
HARD_GRACE = 1.0  # seconds past the timeout before the process gives up
ABANDON_EXIT = 75  # exit status after a task that could not be stopped (oracle.ts)
HARNESS_FILE = (lambda: None).__code__.co_filename


class StopTask(BaseException):
    """Ends a program at a step or time limit; a BaseException so that
    `except Exception` in the program does not swallow it."""


def exception_line(exc):
    """`Type: message` as the last line of a traceback, without notes."""
    te = traceback.TracebackException(type(exc), exc, None, compact=True)
    te.__notes__ = None
    return list(te.format_exception_only())[-1].rstrip('\n')


def safe_repr(value):
    try:
        return repr(value)
    except Exception as exc:  # a user __repr__ may fail; the trace goes on
        return '<repr failed: ' + exception_line(exc) + '>'


CO_OPTIMIZED = 0x1  # function code; module and class bodies lack it
_POINTER = ctypes.POINTER(ctypes.c_void_p)


def frame_namespace(frame):
    """The mapping behind a frame's locals, read without side effects.

    In 3.12.1, once a tracer reads `f_locals` of a module or class body that
    has fast locals (the hidden variables of inlined comprehensions, a
    `__class__` cell), CPython writes the locals back after every trace
    callback and sets those variables to None: `[x + y for x in a for y in b]`
    at module level then fails.  For such frames the namespace dict is read
    from the interpreter frame itself (so a module frame shows its globals,
    as trace.md says, without the comprehension's hidden variables).
    """
    code = frame.f_code
    if code.co_flags & CO_OPTIMIZED or not (code.co_nlocals or code.co_cellvars or code.co_freevars):
        return frame.f_locals
    # PyFrameObject.f_frame is at offset 24; _PyInterpreterFrame has
    # f_globals at 24 and f_locals at 40 (CPython 3.12, 64-bit).  The
    # f_globals check guards the layout.
    iframe = ctypes.cast(id(frame) + 24, _POINTER)[0]
    if ctypes.sizeof(ctypes.c_void_p) != 8 or ctypes.cast(iframe + 24, _POINTER)[0] != id(frame.f_globals):
        return frame.f_globals if code.co_name == '<module>' else {}
    names = ctypes.cast(iframe + 40, _POINTER)[0]
    return ctypes.cast(names, ctypes.py_object).value if names else {}


def walk_code(code):
    """The module's code object and every code object nested in it."""
    yield code
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from walk_code(const)


class _Discard(io.TextIOBase):
    def write(self, s):
        return len(s)


class _Capture(io.BytesIO):
    """A program may close sys.stdout; its text must still be readable."""

    def close(self):
        pass


class Run:
    """Tracing state of one `run` task: the settrace hook, the monitoring
    callbacks and the events they record."""

    def __init__(self, opts, module_code, task_id, stdout):
        self.level = opts.trace
        self.delta = opts.state == 'delta'
        self.max_steps = opts.max_steps
        self.max_repr = opts.max_repr
        self.codes = list(walk_code(module_code))
        self.task_id = task_id
        self.stdout = stdout
        self.events = None if self.level == 'none' else []
        self.steps = 0
        self.depths = {}  # id(frame) -> depth, while the frame is active
        self.seen = {}  # id(frame) -> {name: repr} at its previous event
        self.opnames = {}
        self.last_return = None  # (code, event) of the last `return` with None
        self.stop_reason = None
        self.internal_error = None
        self.active = False
        self.deadline = time.monotonic() + opts.timeout_ms / 1000 + HARD_GRACE
        self.discard = _Discard()

    # -- life cycle -------------------------------------------------------

    def start(self):
        # settrace first: in 3.12.1 local events set before sys.settrace can
        # be lost when settrace re-instruments the code (seen with
        # INSTRUCTION|PY_RETURN), so monitoring is configured after it.
        sys.settrace(self.hook)
        if self.level == 'opcode':
            for code in self.codes:
                self.opnames[code] = [dis.opname[op] for op in code.co_code[::2]]
            MON.register_callback(TOOL, EVENTS.INSTRUCTION, self.on_instruction)
            for code in self.codes:
                MON.set_local_events(TOOL, code, EVENTS.INSTRUCTION)
        if self.level != 'none':
            # PY_UNWIND is global-only; settrace reports an unwind as a
            # `return` with None, this tells it apart from `return None`.
            MON.register_callback(TOOL, EVENTS.PY_UNWIND, self.on_unwind)
            MON.set_events(TOOL, EVENTS.PY_UNWIND)
        MON.register_callback(TOOL, EVENTS.LINE, self.on_line_after_stop)
        self.active = True

    def finish(self):
        """Idempotent: no tracing or monitoring survives the task."""
        self.active = False
        sys.settrace(None)
        MON.set_events(TOOL, 0)
        for code in self.codes:
            MON.set_local_events(TOOL, code, 0)
        for event in (EVENTS.INSTRUCTION, EVENTS.PY_UNWIND, EVENTS.LINE):
            MON.register_callback(TOOL, event, None)

    def request_stop(self, reason):
        if self.stop_reason is not None:
            return
        self.stop_reason = reason
        # A program can catch StopTask, and raising from a trace function
        # makes CPython drop it; from now on every line of <source> raises
        # again, so no `except:` keeps the program running.
        extra = EVENTS.INSTRUCTION if self.level == 'opcode' else 0
        for code in self.codes:
            MON.set_local_events(TOOL, code, EVENTS.LINE | extra)

    def on_line_after_stop(self, code, line):
        raise StopTask(self.stop_reason)

    # -- settrace ---------------------------------------------------------

    def hook(self, frame, event, arg):
        """The global and local trace function."""
        if self.stop_reason is not None or frame.f_code.co_filename != SOURCE:
            return None
        if event == 'line':
            if self.steps >= self.max_steps:
                self.request_stop('StepLimitExceeded')
                raise StopTask(self.stop_reason)
            self.steps += 1
        if self.events is not None:
            try:
                self.record(frame, event, arg)
            except Exception as exc:  # a bug here must show, not kill the run
                self.internal_error = self.internal_error or exception_line(exc)
        return self.hook

    def record(self, frame, event, arg):
        self.last_return = None
        key = id(frame)
        if event == 'call':
            depth = self.depths[key] = self.parent_depth(frame) + 1
            self.seen.pop(key, None)  # call events carry full values
        else:
            depth = self.depths.get(key) or self.parent_depth(frame) + 1
        ev = self.event(frame, event, depth, event == 'call')
        if event == 'return':
            ev['value'] = self.cut(self.quiet(safe_repr, arg))
            if arg is None:
                self.last_return = (frame.f_code, ev)
            self.depths.pop(key, None)
            self.seen.pop(key, None)
        elif event == 'exception':
            ev['exception'] = self.quiet(exception_line, arg[1])

    def parent_depth(self, frame):
        back = frame.f_back
        while back is not None:
            depth = self.depths.get(id(back))
            if depth is not None:
                return depth
            back = back.f_back
        return 0

    def event(self, frame, kind, depth, full):
        ev = {
            'step': len(self.events),
            'event': kind,
            'func': frame.f_code.co_qualname,
            'line': frame.f_lineno,
            'depth': depth,
            'locals': self.locals_of(frame, full),
        }
        self.events.append(ev)
        return ev

    def locals_of(self, frame, full):
        names = frame_namespace(frame)
        if names is frame.f_globals:
            items = [(k, v) for k, v in list(names.items())
                     if not (str(k).startswith('__') or isinstance(v, types.ModuleType))]
        else:
            items = list(names.items())
        reprs = self.quiet(lambda: {str(k): safe_repr(v) for k, v in items})
        if not self.delta:
            return {k: self.cut(r) for k, r in reprs.items()}
        key = id(frame)
        before = None if full else self.seen.get(key)
        self.seen[key] = reprs
        if before is None:
            return {k: self.cut(r) for k, r in reprs.items()}
        return {k: UNCHANGED if before.get(k) == r else self.cut(r) for k, r in reprs.items()}

    def quiet(self, fn, *args):
        """Runs fn with print() discarded: a __repr__ that prints must not
        change the program's stdout because it was traced."""
        saved = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = self.discard
        try:
            return fn(*args)
        finally:
            sys.stdout, sys.stderr = saved

    def cut(self, text):
        if self.max_repr is not None and len(text) > self.max_repr:
            return text[:self.max_repr] + '...'
        return text

    # -- sys.monitoring ---------------------------------------------------

    def on_instruction(self, code, offset):
        if self.stop_reason is not None:
            return
        opname = self.opnames[code][offset // 2]
        if opname == 'RESUME':  # 3.12.1 fires none; trace.md excludes them anyway
            return
        frame = sys._getframe(1)
        depth = self.depths.get(id(frame))
        if depth is None:  # before the frame's `call` event
            return
        try:
            self.last_return = None
            ev = self.event(frame, 'opcode', depth, False)
            ev['offset'] = offset
            ev['opname'] = opname
        except Exception as exc:
            self.internal_error = self.internal_error or exception_line(exc)

    def on_unwind(self, code, offset, exc):
        # CPython 3.12 calls settrace's tool (id 7) before this one (id 0),
        # so the frame's `return` event is the last one recorded.
        if self.last_return is not None and self.last_return[0] is code:
            self.last_return[1]['value'] = None
            self.last_return = None


_current = None  # the Run of the task in progress, for the alarm handler


def on_alarm(signum, frame):
    run = _current
    if run is None or not run.active:
        return
    if time.monotonic() > run.deadline:
        abandon(run)
    signal.setitimer(signal.ITIMER_REAL, ALARM_REPEAT)
    run.request_stop('Timeout')
    # Raising inside this script's own code (a tracer callback, the loop
    # around exec) could break the harness; the LINE kill switch of
    # request_stop stops the program at its next line instead.
    if frame is not None and frame.f_code.co_filename != HARNESS_FILE:
        raise StopTask('Timeout')


def abandon(run):
    """The program keeps catching StopTask outside <source>: write its result
    and end the process; the TypeScript side runs the remaining tasks."""
    try:
        run.stdout.flush()
        text = run.stdout.buffer.getvalue().decode('utf-8', 'replace')
    except Exception:
        text = ''
    emit({'id': run.task_id, 'ok': False, 'stdout': text, 'error': 'Timeout', 'steps': run.steps})
    os._exit(ABANDON_EXIT)


class ProcessState:
    """What a task may change in the interpreter beyond its own module."""

    def __init__(self):
        self.streams = sys.stdout, sys.stderr, sys.stdin
        self.argv = list(sys.argv)
        self.path = list(sys.path)
        self.main = sys.modules.get('__main__')
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
        run = Run(opts, code, task_id, stdout)
        _current = run
        if opts.timeout_ms > 0:  # 0: no wall-clock limit
            signal.setitimer(signal.ITIMER_REAL, opts.timeout_ms / 1000)
            # Last resort for a program stuck in C code, where no signal
            # handler runs: faulthandler's own thread ends the process
            # (oracle.ts then reports the task as Timeout, runs the rest anew).
            faulthandler.dump_traceback_later(opts.timeout_ms / 1000 + 2 * HARD_GRACE,
                                              exit=True, file=sys.__stderr__)
        try:
            run.start()
            exec(code, module.__dict__)
            if task.get('expr') is not None:
                expr = compile(task['expr'], EXPR_FILE, 'eval', dont_inherit=True)
                value = repr(eval(expr, module.__dict__))
            run.active = False
        except BaseException as exc:
            run.active = False
            error = run.stop_reason or exception_line(exc)
        finally:
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
    try:
        stdout.flush()
    except Exception:
        pass
    result = {'id': task_id, 'ok': error is None,
              'stdout': stdout.buffer.getvalue().decode('utf-8', 'replace')}
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
    if sys.path and os.path.abspath(sys.path[0] or '.') == os.path.dirname(os.path.abspath(HARNESS_FILE)):
        del sys.path[0]  # `import oracle` in a program must not find this file
    tasks = claim_stdio()
    MON.use_tool_id(TOOL, 'etpy-oracle')
    signal.signal(signal.SIGALRM, on_alarm)  # before the baseline, which restores it
    baseline = ProcessState()
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
        baseline.restore()
        emit(result)


if __name__ == '__main__':
    main(sys.argv[1:])
