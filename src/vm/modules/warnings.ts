// warnings and linecache. etpy has no file system: linecache knows the lines
// of the sources it runs (the program, etpy's Python-written modules; '' for
// anything else, as CPython gives for a name it cannot read), and warnings
// is written in Python over it: CPython 3.12's filters (the default list,
// filterwarnings/simplefilter/resetwarnings, the actions error, ignore,
// always, default, module, once, the per-module __warningregistry__),
// warn/warn_explicit with stacklevel, formatwarning/showwarning to
// sys.stderr, and catch_warnings with record=True.
import { PyList, type PyValue } from '../object.js';
import { None, listType } from '../types.js';
import { registerModule, registerPythonModule } from '../import.js';
import { interpState } from '../state.js';
import { makeNativeModule } from './native.js';
import { pyErr } from '../errors.js';
import { typeName } from '../protocols.js';

function lineOf(args: PyValue[]): string {
  const [filename, lineno] = args;
  // CPython's updatecache calls filename.startswith first.
  if (typeof filename !== 'string') throw pyErr('AttributeError', `'${typeName(filename!)}' object has no attribute 'startswith'`);
  if (typeof lineno !== 'number') return '';
  const line = interpState.sourceLine?.(filename, lineno);
  return line === undefined ? '' : line.endsWith('\n') ? line : `${line}\n`;
}

function makeLinecacheModule() {
  return makeNativeModule('linecache', {
    getline: (args) => lineOf(args),
    // What getlines can give without the whole file: the lines up to the first one it does not know.
    getlines: (args) => {
      const out: PyValue[] = [];
      for (let n = 1; ; n++) {
        const line = lineOf([args[0]!, n]);
        if (line === '') break;
        out.push(line);
      }
      return new PyList(listType, out);
    },
    clearcache: () => None,
    checkcache: () => None,
    lazycache: () => false,
  });
}

const warningsSource = (): string => String.raw`
import sys
import linecache

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# CPython 3.12's default filters; a module given as a str matches by equality.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_version = [1]


def _filters_mutated():
    _version[0] += 1


def _add_filter(item, append):
    if append:
        if item not in filters:
            filters.append(item)
    else:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    if message or module:
        import re
    pattern = re.compile(message, re.I) if message else None
    where = re.compile(module) if module else None
    _add_filter((action, pattern, category, where, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


class WarningMessage(object):
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    text = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = linecache.getline(filename, lineno)
    if line:
        text += "  %s\n" % line.strip()
    return text


def _showwarning_default(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


showwarning = _showwarning_default


def _deliver(msg):
    # A program may replace showwarning (or formatwarning): it is called then.
    hook = showwarning
    if hook is not _showwarning_default:
        if not callable(hook):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    _showwarning_default(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _version[0]:
        registry.clear()
        registry["version"] = _version[0]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    chosen = None
    for item in filters:
        action, pattern, cat, where, ln = item
        if (_matches(pattern, text) and issubclass(category, cat) and _matches(where, module)
                and (ln == 0 or ln == lineno)):
            chosen = item
            break
    action = chosen[0] if chosen is not None else defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        if onceregistry.get((text, category)):
            return
        onceregistry[(text, category)] = 1
    elif action == "module":
        registry[key] = 1
        if registry.get((text, category, 0)):
            return
        registry[(text, category, 0)] = 1
    elif action == "default":
        registry[key] = 1
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, chosen))
    _deliver(WarningMessage(message, category, filename, lineno, None, None, source))


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        frame = None
    if frame is None:
        globals_ = sys.__dict__
        filename = "<sys>"
        lineno = 0
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals_.get("__name__", "<string>")
    registry = globals_.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals_, source)


class catch_warnings(object):
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        m = self._module
        self._saved_filters = m.filters
        m.filters = m.filters[:]
        m._filters_mutated()
        self._saved_showwarning = m.showwarning
        self._saved_impl = m._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            m._showwarnmsg_impl = log.append
            m.showwarning = m._showwarning_default
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        m = self._module
        m.filters = self._saved_filters
        m._filters_mutated()
        m.showwarning = self._saved_showwarning
        m._showwarnmsg_impl = self._saved_impl
`;

export function registerWarnings(): void {
  registerModule('linecache', makeLinecacheModule);
  registerPythonModule('warnings', warningsSource);
}
