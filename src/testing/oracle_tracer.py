"""The tracer of oracle.py: records one task's events (shared/spec/trace.md)
from sys.settrace, plus sys.monitoring for what settrace cannot do.

Tool order matters and was checked on 3.12.1: for one event CPython calls
settrace's tool (id 7) before ours (DEBUGGER_ID, 0), and INSTRUCTION events
come after the LINE event of the same instruction.
"""

import ctypes
import dis
import io
import operator
import sys
import traceback
import types

SOURCE = '<source>'
UNCHANGED = '..'
MON = sys.monitoring
TOOL = MON.DEBUGGER_ID
EVENTS = MON.events
# Python frames the tracer and the reprs it takes may use on top of the
# program's deepest frame (see Run.enter).
HEADROOM = 50
CO_OPTIMIZED = 0x1  # function code; module and class bodies lack it
_POINTER = ctypes.POINTER(ctypes.c_void_p)


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


def stack_depth(frame):
    depth = 0
    while frame is not None:
        depth += 1
        frame = frame.f_back
    return depth


class _Discard(io.TextIOBase):
    def write(self, s):
        return len(s)


class Run:
    """Tracing state of one `run` task: the settrace hook, the monitoring
    callbacks, the recursion limit the program sees and the events."""

    def __init__(self, opts, module_code, base_depth):
        self.level = opts.trace
        self.delta = opts.state == 'delta'
        self.max_steps = opts.max_steps
        self.max_repr = opts.max_repr
        self.codes = list(walk_code(module_code))
        self.events = None if self.level == 'none' else []
        self.steps = 0
        self.frames = {}  # id(frame) -> (trace depth, stack depth), while active
        self.seen = {}  # id(frame) -> {name: repr} at its previous event
        self.opnames = {}
        self.last_return = None  # (code, event) of the last `return` with None
        self.overflow = None  # id of the frame that must raise RecursionError
        self.stop_reason = None
        self.internal_error = None
        self.discard = _Discard()
        # Frames below the module's, which `python3 FILE` does not have.
        self.base_depth = base_depth
        self.user_limit = sys.getrecursionlimit()
        self.real_limits = sys.getrecursionlimit, sys.setrecursionlimit

    # -- life cycle -------------------------------------------------------

    def start(self):
        # settrace first: in 3.12.1 local events set before sys.settrace can
        # be lost when settrace re-instruments the code (seen with
        # INSTRUCTION|PY_RETURN), so monitoring is configured after it.
        sys.settrace(self.hook)
        local = EVENTS.PY_START | EVENTS.PY_RESUME
        MON.register_callback(TOOL, EVENTS.PY_START, self.on_start)
        MON.register_callback(TOOL, EVENTS.PY_RESUME, self.on_start)
        if self.level == 'opcode':
            local |= EVENTS.INSTRUCTION
            for code in self.codes:
                self.opnames[code] = [dis.opname[op] for op in code.co_code[::2]]
            MON.register_callback(TOOL, EVENTS.INSTRUCTION, self.on_instruction)
        for code in self.codes:
            MON.set_local_events(TOOL, code, local)
        if self.level != 'none':
            # PY_UNWIND is global-only; settrace reports an unwind as a
            # `return` with None, this tells it apart from `return None`.
            MON.register_callback(TOOL, EVENTS.PY_UNWIND, self.on_unwind)
            MON.set_events(TOOL, EVENTS.PY_UNWIND)
        MON.register_callback(TOOL, EVENTS.LINE, self.on_line_after_stop)
        self.real_limits[1](self.user_limit + self.base_depth + HEADROOM)
        sys.getrecursionlimit, sys.setrecursionlimit = self.getrecursionlimit, self.setrecursionlimit

    def finish(self):
        """No tracing, monitoring or limit of this task survives it."""
        sys.settrace(None)
        MON.set_events(TOOL, 0)
        for code in self.codes:
            MON.set_local_events(TOOL, code, 0)
        for event in (EVENTS.PY_START, EVENTS.PY_RESUME, EVENTS.INSTRUCTION, EVENTS.PY_UNWIND, EVENTS.LINE):
            MON.register_callback(TOOL, event, None)
        sys.getrecursionlimit, sys.setrecursionlimit = self.real_limits

    def request_stop(self, reason):
        if self.stop_reason is not None:
            return
        self.stop_reason = reason
        # A program can catch StopTask, and raising from a trace function
        # makes CPython drop it; from now on every line of <source> raises
        # again, so no `except:` keeps the program running.
        for code in self.codes:
            MON.set_local_events(TOOL, code, MON.get_local_events(TOOL, code) | EVENTS.LINE)

    def on_line_after_stop(self, code, line):
        raise StopTask(self.stop_reason)

    # -- the recursion limit of `python3 FILE` ----------------------------
    # The tracer runs in Python frames on top of the program's, so at the
    # real limit the tracer itself would fail (and CPython would drop it).
    # The real limit has HEADROOM; the program's own limit is enforced at
    # each `call` event: the frame past it raises RecursionError before its
    # first instruction, as CPython's check does, and the caller sees it at
    # the call.  sys.{get,set}recursionlimit show the program's limit.

    def enter(self, frame):
        """Depths of a new or resumed frame; False if it is past the limit."""
        back, hops = frame.f_back, 1
        while back is not None:
            known = self.frames.get(id(back))
            if known is not None:
                depth, stack = known[0] + 1, known[1] + hops
                break
            back, hops = back.f_back, hops + 1
        else:
            depth, stack = 1, hops
        if stack - self.base_depth > self.user_limit:
            self.overflow = id(frame)
            return False
        self.frames[id(frame)] = (depth, stack)
        return True

    def on_start(self, code, offset):
        if self.overflow is not None:
            target, self.overflow = self.overflow, None
            if id(sys._getframe(1)) == target:
                raise RecursionError('maximum recursion depth exceeded')

    def getrecursionlimit(self):
        return self.user_limit

    def setrecursionlimit(self, limit):
        # sys.setrecursionlimit's checks and messages, on the program's depth
        limit = operator.index(limit)
        if limit < 1:
            raise ValueError('recursion limit must be greater or equal than 1')
        depth = stack_depth(sys._getframe(1)) - self.base_depth
        if depth >= limit:
            raise RecursionError(f'cannot set the recursion limit to {limit} at the '
                                 f'recursion depth {depth}: the limit is too low')
        self.user_limit = limit
        self.real_limits[1](limit + self.base_depth + HEADROOM)

    # -- settrace ---------------------------------------------------------

    def hook(self, frame, event, arg):
        """The global and local trace function."""
        if self.stop_reason is not None or frame.f_code.co_filename != SOURCE:
            return None
        if event == 'call':
            if not self.enter(frame):
                return None
        elif event == 'line':
            if self.steps >= self.max_steps:
                self.request_stop('StepLimitExceeded')
                raise StopTask(self.stop_reason)
            self.steps += 1
        if self.events is not None:
            try:
                self.record(frame, event, arg)
            except Exception as exc:  # a bug here must show, not kill the run
                self.internal_error = self.internal_error or exception_line(exc)
        if event == 'return':
            self.frames.pop(id(frame), None)
            self.seen.pop(id(frame), None)
        return self.hook

    def record(self, frame, event, arg):
        self.last_return = None
        ev = self.event(frame, event, event == 'call')
        if event == 'return':
            ev['value'] = self.cut(self.quiet(safe_repr, arg))
            if arg is None:
                self.last_return = (frame.f_code, ev)
        elif event == 'exception':
            ev['exception'] = self.quiet(exception_line, arg[1])

    def event(self, frame, kind, full):
        known = self.frames.get(id(frame))
        ev = {
            'step': len(self.events),
            'event': kind,
            'func': frame.f_code.co_qualname,
            'line': frame.f_lineno,
            'depth': known[0] if known else 1,
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
        if id(frame) not in self.frames:  # before the frame's `call` event
            return
        try:
            self.last_return = None
            ev = self.event(frame, 'opcode', False)
            ev['offset'] = offset
            ev['opname'] = opname
        except Exception as exc:
            self.internal_error = self.internal_error or exception_line(exc)

    def on_unwind(self, code, offset, exc):
        # settrace's `return` for this frame came just before (tool order).
        if self.last_return is not None and self.last_return[0] is code:
            self.last_return[1]['value'] = None
            self.last_return = None
