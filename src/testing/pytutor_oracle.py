"""Python Tutor traces from CPython 3.12: the expected values of etpy's
`--format pytutor` (src/trace/formats/pytutor.ts, which states the rules).

Reads tasks (JSON lines {"id", "source"}) on stdin and writes one JSON line
{"id", "pytutor": {"code", "trace"}} per task. The encoder follows Python
Tutor's pg_logger/pg_encoder (facts about the format, own code) with the same
simplifications as etpy: no closure parent frames, no zombie frames, no
imported-object placeholders, builtin classes without attributes.
Run with PYTHONHASHSEED=0.
"""

import io
import json
import math
import sys
import types
import weakref

SOURCE = '<source>'
CO_OPTIMIZED = 0x1
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
HEAPTYPE = 1 << 9
HIDDEN_ATTRS = ('__doc__', '__module__', '__return__', '__dict__', '__locals__', '__weakref__', '__qualname__')
HIDDEN_KEYS = ('__module__', '__return__', '__locals__')


class StopTask(BaseException):
    pass


def encode_float(x):
    if math.isinf(x):
        return ['SPECIAL_FLOAT', 'Infinity' if x > 0 else '-Infinity']
    if math.isnan(x):
        return ['SPECIAL_FLOAT', 'NaN']
    if x == int(x):
        return ['SPECIAL_FLOAT', '%.1f' % x]
    return round(x, 4)


class Encoder:
    def __init__(self):
        # id() -> small id. An object that can be weakly referenced leaves
        # the table when it dies (so its id() may be reused); any other is
        # kept alive: either way an id() never names two objects, and the
        # program's generators and instances die when CPython frees them.
        self.ids = {}
        self.alive = []
        self.count = 0
        self.lambdas = set()
        self.heap = {}

    def encode(self, v):
        t = type(v)
        if t is float:
            return encode_float(v)
        if t in (int, str, bool, type(None)):
            return v
        if t in (types.FunctionType, types.MethodType):
            func = v.__func__ if t is types.MethodType else v
            if getattr(func, '__code__', None) is None or func.__code__.co_filename != SOURCE:
                return ['IMPORTED_FAUX_PRIMITIVE', 'imported object']
        elif isinstance(v, type) and v.__module__ not in ('__main__', 'builtins'):
            return ['IMPORTED_FAUX_PRIMITIVE', 'imported class']
        key = id(v)
        small = self.ids.get(key)
        if small is None:
            self.count += 1
            small = self.count
            self.ids[key] = small
            try:
                self.alive.append(weakref.ref(v, lambda _r, key=key: self.ids.pop(key, None)))
            except TypeError:
                self.alive.append(v)
        ref = ['REF', small]
        if small in self.heap:
            return ref
        out = []
        self.heap[small] = out
        if t is list:
            out.append('LIST')
            out.extend(self.encode(e) for e in v)
        elif t is tuple:
            out.append('TUPLE')
            out.extend(self.encode(e) for e in v)
        elif t is set:
            out.append('SET')
            out.extend(self.encode(e) for e in v)
        elif t is dict:
            out.append('DICT')
            for k, x in v.items():
                if k not in HIDDEN_KEYS:
                    out.append([self.encode(k), self.encode(x)])
        elif t in (types.FunctionType, types.MethodType):
            self.encode_function(v, out)
        elif t is types.BuiltinFunctionType:
            out.extend(['FUNCTION', v.__name__ + '(...)', None])
        elif isinstance(v, type):
            out.extend(['CLASS', v.__name__, [b.__name__ for b in v.__bases__ if b is not object]])
            if v.__module__ == '__main__':
                self.encode_attrs(v.__dict__, out)
        else:
            name = t.__name__
            plain = t.__module__ == '__main__' and t.__str__ is object.__str__ and t.__repr__ is object.__repr__
            text = None
            if not plain:
                try:
                    text = quiet_str(v)
                except Exception:
                    text = None
            out.extend(['INSTANCE', name] if text is None else ['INSTANCE_PPRINT', name, text])
            if t.__module__ == '__main__':
                d = getattr(v, '__dict__', None)
                if isinstance(d, dict):
                    self.encode_attrs(d, out)
        return ref

    def encode_attrs(self, d, out):
        for k in sorted(k for k in d if isinstance(k, str) and k not in HIDDEN_ATTRS):
            out.append([self.encode(k), self.encode(d[k])])

    def encode_function(self, v, out):
        func = v.__func__ if isinstance(v, types.MethodType) else v
        code = func.__code__
        n = code.co_argcount
        k = code.co_kwonlyargcount
        names = list(code.co_varnames[:n])
        args = list(names)
        i = n + k
        if code.co_flags & CO_VARARGS:
            args.append('*' + code.co_varnames[i])
            i += 1
        args.extend(code.co_varnames[n:n + k])
        if code.co_flags & CO_VARKEYWORDS:
            args.append('**' + code.co_varnames[i])
        defaults = []
        pos = func.__defaults__ or ()
        for j, d in enumerate(pos):
            defaults.append([names[n - len(pos) + j], self.encode(d)])
        kwd = func.__kwdefaults__ or {}
        for name in code.co_varnames[n:n + k]:
            if name in kwd:
                defaults.append([name, self.encode(kwd[name])])
        pretty = v.__name__ + '(' + ', '.join(args) + ')'
        if v.__name__ == '<lambda>':
            self.lambdas.add(code)
            pretty += ' <line %d>' % code.co_firstlineno
        out.extend(['FUNCTION', pretty, None])
        if defaults:
            out.append(defaults)


_discard = io.StringIO()


def quiet_str(v):
    saved = sys.stdout
    sys.stdout = _discard
    try:
        return str(v)
    finally:
        sys.stdout = saved


def is_class_body(code):
    return not (code.co_flags & CO_OPTIMIZED) and code.co_name != '<module>'


class Recorder:
    def __init__(self, source, max_steps):
        self.source = source
        self.max_steps = max_steps
        self.steps = 0
        self.trace = []
        self.enc = Encoder()
        self.stack = []  # active recorded frames, outermost first
        # id(frame) -> frame id, while the frame is active: holding the frames
        # themselves would keep their variables (and so the program's
        # suspended generators) alive past their return.
        self.frame_ids = {}
        self.next_id = 1
        self.all_globals = []
        self.wait_for = None
        self.out = io.StringIO()
        self.module_frame = None

    def tracer(self, frame, event, arg):
        if frame.f_code.co_filename != SOURCE:
            return None
        if event == 'line':
            if self.steps >= self.max_steps:
                raise StopTask()
            self.steps += 1
        self.record(frame, event, arg)
        return self.tracer

    def record(self, frame, event, arg):
        code = frame.f_code
        if self.wait_for is not None:
            if event == 'return' and frame is self.wait_for:
                self.wait_for = None
            return
        if event == 'call' and is_class_body(code):
            self.wait_for = frame
            return
        if code.co_name == '<module>':
            self.module_frame = frame
            if event == 'call':
                return
        if event == 'call':
            self.frame_ids[id(frame)] = self.next_id
            self.next_id += 1
            self.stack.append(frame)
        skipped = code.co_name in ('__repr__', '__new__')
        if not skipped:
            self.entry(frame, event, arg)
        if event == 'return' and self.stack and self.stack[-1] is frame:
            self.stack.pop()
            del self.frame_ids[id(frame)]

    def entry(self, frame, event, arg):
        enc = self.enc
        enc.heap = {}
        frames = [f for f in self.stack if f.f_code.co_name != '<module>']
        entries = []
        for f in reversed(frames):
            is_top = f is frame
            entries.append(self.frame_entry(f, event == 'return' and is_top, arg))
        if entries:
            entries[0]['is_highlighted'] = True
        entries.sort(key=lambda e: e['frame_id'])
        g = {}
        module = self.module_frame
        gdict = module.f_globals if module is not None else frame.f_globals
        for k, v in list(gdict.items()):
            if k.startswith('__') or isinstance(v, types.ModuleType):
                continue
            g[k] = enc.encode(v)
            if k not in self.all_globals:
                self.all_globals.append(k)
        e = {
            'line': frame.f_lineno,
            'event': {'call': 'call', 'line': 'step_line', 'return': 'return', 'exception': 'exception'}[event],
            'func_name': frame.f_code.co_name,
            'globals': g,
            'ordered_globals': [k for k in self.all_globals if k in g],
            'stack_to_render': entries,
            'heap': enc.heap,
            'stdout': self.out.getvalue(),
        }
        if event == 'exception':
            e['exception_msg'] = arg[0].__name__ + ': ' + quiet_str(arg[1])
        self.trace.append(e)

    def frame_entry(self, f, returning, value):
        enc = self.enc
        code = f.f_code
        loc = {}
        for k, v in list(f.f_locals.items()):
            loc[k] = enc.encode(v)
        if returning:
            loc['__return__'] = enc.encode(value)
        names = [n for n in code.co_varnames if n in loc]
        names += sorted(n for n in loc if n != '__return__' and n not in names)
        if '__return__' in loc:
            names.append('__return__')
        name = code.co_name
        if name == '<lambda>' and code in enc.lambdas:
            name += ' <line %d>' % code.co_firstlineno
        fid = self.frame_ids[id(f)]
        return {
            'func_name': name, 'is_parent': False, 'frame_id': fid, 'parent_frame_id_list': [],
            'encoded_locals': loc, 'ordered_varnames': names, 'is_zombie': False, 'is_highlighted': False,
            'unique_hash': '%s_f%d' % (name, fid),
        }

    def finish(self):
        t = self.trace
        if len(t) >= 2 and t[-2]['event'] == 'exception' and t[-1]['event'] == 'return' and t[-1]['func_name'] == '<module>':
            t.pop()
        return {'code': self.source, 'trace': t}


def run(source, max_steps):
    rec = Recorder(source, max_steps)
    try:
        code = compile(source, SOURCE, 'exec')
    except SyntaxError:
        return rec.finish()
    g = {'__name__': '__main__', '__builtins__': __builtins__}
    saved = sys.stdout
    sys.stdout = rec.out
    sys.settrace(rec.tracer)
    try:
        exec(code, g)
    except BaseException:
        pass
    finally:
        sys.settrace(None)
        sys.stdout = saved
    return rec.finish()


def main():
    max_steps = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    for line in sys.stdin:
        if not line.strip():
            continue
        task = json.loads(line)
        doc = run(task['source'], max_steps)
        sys.stdout.write(json.dumps({'id': task['id'], 'pytutor': doc}) + '\n')
        sys.stdout.flush()


if __name__ == '__main__':
    main()
