// The module table: `import x` finds x among the modules etpy provides
// (src/vm/modules/), created on first import per program run.
import type { PyModule } from './object.js';
import { interpState } from './state.js';
import { pyErr } from './errors.js';

/** Builds a native module; registered by each module file. */
export type ModuleFactory = () => PyModule;

const factories = new Map<string, ModuleFactory>();

export function registerModule(name: string, factory: ModuleFactory): void {
  factories.set(name, factory);
}

export function importModule(name: string): PyModule {
  const loaded = interpState.modules.get(name);
  if (loaded !== undefined) return loaded;
  const dot = name.lastIndexOf('.');
  if (dot > 0) importModule(name.slice(0, dot));
  const factory = factories.get(name);
  if (factory === undefined) {
    const err = pyErr('ModuleNotFoundError', `No module named '${name}'`);
    throw err;
  }
  const mod = factory();
  interpState.modules.set(name, mod);
  if (dot > 0) {
    const parent = interpState.modules.get(name.slice(0, dot))!;
    parent.dict.setStr(name.slice(dot + 1), mod);
  }
  return mod;
}
