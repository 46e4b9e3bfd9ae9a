"""CPython side of `npm run bench` (bench/run.ts): a long-lived process that
answers one JSON command per stdin line with one JSON line on stdout, so the
Node harness can interleave CPython's timings with etpy's.

Programs are compiled once (file name `<source>`) and run timeit-style in
this process: each run executes the code object in fresh globals with
sys.stdout captured. Traced runs use JsonlTracer, a lean sys.settrace tracer
that writes the JSONL of shared/spec/trace.md (the events and reprs
`etpy trace` writes; the equality is checked by the harness on one program)
to a null sink (os.devnull, UTF-8, buffered).

Commands: version, load, run, jsonl, time, compile, batch (see handle()).
"""

import contextlib
import dis
import gc
import io
import json
import os
import sys
import time
import traceback
import types

SOURCE = '<source>'
CO_OPTIMIZED = 0x1
MON = sys.monitoring
TOOL = 5  # a free tool id (the oracle uses DEBUGGER_ID; settrace uses 7)
ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(',', ':')).encode


def exception_line(exc):
    te = traceback.TracebackException(type(exc), exc, None, compact=True)
    te.__notes__ = None
    return list(te.format_exception_only())[-1].rstrip('\n')


def safe_repr(value):
    try:
        return repr(value)
    except Exception as exc:
        return '<repr failed: ' + exception_line(exc) + '>'


def walk_code(code):
    yield code
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from walk_code(const)


class JsonlTracer:
    """settrace tracer making trace.md's events; `emit` gets each event dict.

    Lean on purpose (what a tool built on settrace does): no step limit, no
    recursion-limit bookkeeping, no sys.monitoring; a frame left by an
    exception is told apart from `return None` by the exception event that
    preceded its return.
    """

    def __init__(self, emit, delta=False, opcode=False):
        self.emit = emit
        self.delta = delta
        self.opcode = opcode
        self.step = 0
        self.depths = {}
        self.seen = {}
        self.raised = set()
        self.opnames = {}

    def run(self, code, globals_):
        self.start(code)
        try:
            exec(code, globals_)
        finally:
            self.stop()

    def start(self, module_code):
        sys.settrace(self.hook)
        if self.opcode:
            # settrace's f_trace_opcodes takes effect only at the next settrace
            # in 3.12; INSTRUCTION events (after the LINE of the same
            # instruction, as the oracle checked) give the opcode events.
            self.codes = list(walk_code(module_code))
            MON.use_tool_id(TOOL, 'bench')
            MON.register_callback(TOOL, MON.events.INSTRUCTION, self.on_instruction)
            for code in self.codes:
                MON.set_local_events(TOOL, code, MON.events.INSTRUCTION)

    def stop(self):
        sys.settrace(None)
        if self.opcode:
            for code in self.codes:
                MON.set_local_events(TOOL, code, 0)
            MON.register_callback(TOOL, MON.events.INSTRUCTION, None)
            MON.free_tool_id(TOOL)

    def on_instruction(self, code, offset):
        names = self.opnames.get(code)
        if names is None:
            names = self.opnames[code] = [dis.opname[op] for op in code.co_code[::2]]
        opname = names[offset // 2]
        if opname == 'RESUME':
            return
        frame = sys._getframe(1)
        depth = self.depths.get(id(frame))
        if depth is None:  # before the frame's call event
            return
        self.emit({'step': self.step, 'event': 'opcode', 'func': code.co_qualname, 'line': frame.f_lineno,
                   'depth': depth, 'locals': self.locals_of(frame, False), 'offset': offset, 'opname': opname})
        self.step += 1

    def locals_of(self, frame, full):
        code = frame.f_code
        if code.co_flags & CO_OPTIMIZED or code.co_name != '<module>':
            items = frame.f_locals.items()
        else:
            items = [(k, v) for k, v in list(frame.f_globals.items())
                     if not (k.startswith('__') or isinstance(v, types.ModuleType))]
        try:
            reprs = {k: repr(v) for k, v in items}
        except Exception:  # a user __repr__ failed: the oracle's text for that value
            reprs = {k: safe_repr(v) for k, v in items}
        if not self.delta:
            return reprs
        key = id(frame)
        before = None if full else self.seen.get(key)
        self.seen[key] = reprs
        if before is None:
            return reprs
        return {k: '..' if before.get(k) == r else r for k, r in reprs.items()}

    def hook(self, frame, event, arg):
        code = frame.f_code
        if code.co_filename != SOURCE:
            return None
        key = id(frame)
        if event == 'call':
            back = frame.f_back
            depth = 1
            while back is not None:
                known = self.depths.get(id(back))
                if known is not None:
                    depth = known + 1
                    break
                back = back.f_back
            self.depths[key] = depth
        else:
            depth = self.depths.get(key, 1)
        ev = {'step': self.step, 'event': event, 'func': code.co_qualname, 'line': frame.f_lineno,
              'depth': depth, 'locals': self.locals_of(frame, event == 'call')}
        self.step += 1
        if event == 'line':
            self.raised.discard(key)
        elif event == 'return':
            ev['value'] = None if key in self.raised else safe_repr(arg)
            self.raised.discard(key)
            del self.depths[key]
            self.seen.pop(key, None)
        elif event == 'exception':
            ev['exception'] = exception_line(arg[1])
            self.raised.add(key)
        self.emit(ev)
        return self.hook


class Programs:
    def __init__(self):
        self.codes = {}
        self.null = open(os.devnull, 'w', encoding='utf-8')

    def fresh_globals(self):
        return {'__name__': '__main__', '__builtins__': __builtins__}

    def run_once(self, name, mode, sink=None):
        """One run in fresh globals; returns the program's stdout."""
        code = self.codes[name]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            if mode == 'untraced':
                exec(code, self.fresh_globals())
            else:
                sink = sink or self.null
                write = sink.write
                tracer = JsonlTracer(lambda ev: write(ENCODE(ev) + '\n'),
                                     delta=mode == 'delta', opcode=mode == 'opcode')
                tracer.run(code, self.fresh_globals())
        return out.getvalue()

    def time(self, name, mode, budget, min_runs):
        times = []
        spent = 0.0
        while spent < budget or len(times) < min_runs:
            t0 = time.perf_counter()
            self.run_once(name, mode)
            dt = time.perf_counter() - t0
            times.append(dt)
            spent += dt
        self.null.flush()
        return times


def run_batch(tasks, repeat, null):
    """Tasks of `etpy batch --trace line`: each compiled and run traced in
    fresh globals, `expr` evaluated (its own frame untraced), the result
    line (trace as a list of events) JSON-encoded to the null sink."""
    done = 0
    t0 = time.perf_counter()
    for _ in range(repeat):
        for i, task in enumerate(tasks):
            events = []
            result = {'id': i, 'ok': True}
            out = io.StringIO()
            g = {'__name__': '__main__', '__builtins__': __builtins__}
            tracer = JsonlTracer(events.append)
            try:
                code = compile(task['source'], SOURCE, 'exec')
                with contextlib.redirect_stdout(out):
                    tracer.start(code)
                    try:
                        exec(code, g)
                        if task.get('expr') is not None:
                            result['value'] = repr(eval(compile(task['expr'], '<expr>', 'eval'), g))
                    finally:
                        tracer.stop()
            except Exception as exc:
                result['ok'] = False
                result['error'] = exception_line(exc)
            result['stdout'] = out.getvalue()
            result['steps'] = sum(1 for ev in events if ev['event'] == 'line')
            result['trace'] = events
            null.write(ENCODE(result) + '\n')
            done += 1
    null.flush()
    return done, time.perf_counter() - t0


def handle(cmd, programs):
    kind = cmd['cmd']
    if kind == 'version':
        return {'version': sys.version.split()[0], 'executable': sys.executable}
    if kind == 'load':
        programs.codes[cmd['name']] = compile(cmd['source'], SOURCE, 'exec')
        return {'ok': True}
    if kind == 'run':
        # first run of a program in this process: compile + execute, as etpy's first runSource
        t0 = time.perf_counter()
        programs.codes[cmd['name']] = compile(cmd['source'], SOURCE, 'exec')
        stdout = programs.run_once(cmd['name'], cmd.get('mode', 'untraced'))
        return {'stdout': stdout, 'seconds': time.perf_counter() - t0}
    if kind == 'jsonl':
        sink = io.StringIO()
        programs.run_once(cmd['name'], cmd['mode'], sink)
        return {'jsonl': sink.getvalue()}
    if kind == 'time':
        return {'times': programs.time(cmd['name'], cmd['mode'], cmd['budget'], cmd.get('min_runs', 3))}
    if kind == 'compile':
        times = []
        spent = 0.0
        while spent < cmd['budget'] or len(times) < 3:
            t0 = time.perf_counter()
            compile(cmd['source'], SOURCE, 'exec')
            dt = time.perf_counter() - t0
            times.append(dt)
            spent += dt
        return {'times': times}
    if kind == 'batch':
        done, seconds = run_batch(cmd['tasks'], cmd['repeat'], programs.null)
        return {'tasks': done, 'seconds': seconds}
    raise ValueError(f'unknown command {kind!r}')


def main():
    sys.setrecursionlimit(10000)
    programs = Programs()
    reply = sys.__stdout__
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            answer = handle(json.loads(line), programs)
        except Exception as exc:  # report, keep serving
            answer = {'error': exception_line(exc)}
        gc.collect()
        reply.write(json.dumps(answer) + '\n')
        reply.flush()


if __name__ == '__main__':
    main()
