// The `sys.monitoring` namespace (a module object in 3.12): its functions
// forward to the running program's Monitoring (monitoring.ts) and re-install
// the tracing bridge when the set of monitored events changes.
import { PyModule, type KwArgs, type PyObject, type PyValue } from '../vm/object.js';
import { ReusedWhileUnchanged } from '../vm/reused.js';
import { None, moduleType, newDict } from '../vm/types.js';
import { argRange, builtinFunction } from '../vm/call.js';
import { DISABLE, MISSING, eventsNamespace, intArg } from './monitoring.js';
import { pythonTracing } from './python-tracing.js';

type Body = (args: PyValue[]) => PyValue;

/** sys.monitoring for a new run: its functions keep no state of their own (they act on the running program's Monitoring), so runs share the module until one changes it. */
const sharedModule = new ReusedWhileUnchanged(buildMonitoringModule, (m) => [
  m, ...m.dict!.values.filter((v): v is PyObject => typeof v === 'object'),
]);

export function monitoringModule(): PyModule {
  return sharedModule.get();
}

function buildMonitoringModule(): PyModule {
  const d = newDict();
  const m = new PyModule(moduleType, 'sys.monitoring', d);
  d.setStr('__name__', 'sys.monitoring');
  const def = (name: string, min: number, max: number, body: Body): void => {
    d.setStr(name, builtinFunction(name, (args: PyValue[], kw: KwArgs | null) => {
      argRange(name, args, kw, min, max);
      return body(args);
    }));
  };
  const mon = () => pythonTracing().monitoring;
  const changed = (): PyValue => {
    pythonTracing().refresh();
    return None;
  };
  def('use_tool_id', 2, 2, ([tool, name]) => (mon().useToolId(intArg(tool!), name!), None));
  def('free_tool_id', 1, 1, ([tool]) => (mon().freeToolId(intArg(tool!)), None));
  def('get_tool', 1, 1, ([tool]) => mon().getTool(intArg(tool!)));
  def('register_callback', 3, 3, ([tool, event, fn]) => mon().registerCallback(intArg(tool!), intArg(event!), fn!));
  def('get_events', 1, 1, ([tool]) => mon().getEvents(intArg(tool!)));
  def('set_events', 2, 2, ([tool, events]) => (mon().setEvents(intArg(tool!), intArg(events!)), changed()));
  def('get_local_events', 2, 2, ([tool, code]) => mon().getLocalEvents(intArg(tool!), code!));
  def('set_local_events', 3, 3, ([tool, code, events]) => (mon().setLocalEvents(intArg(tool!), code!, intArg(events!)), changed()));
  def('restart_events', 0, 0, () => (mon().restartEvents(), None));
  d.setStr('events', eventsNamespace());
  d.setStr('DISABLE', DISABLE);
  d.setStr('MISSING', MISSING);
  d.setStr('DEBUGGER_ID', 0);
  d.setStr('COVERAGE_ID', 1);
  d.setStr('PROFILER_ID', 2);
  d.setStr('OPTIMIZER_ID', 5);
  return m;
}
