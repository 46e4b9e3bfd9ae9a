// The module table: `import x` finds x among the modules etpy provides
// (src/vm/modules/), created on first import per program run.
import { PyModule } from './object.js';
import { moduleType, newDict, None } from './types.js';
import { compile } from '../compiler/index.js';
import { Frame } from './frame.js';
import { execute } from './eval.js';
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

/** The file name of a module etpy implements in Python: its frames are never traced or counted. */
export function pythonModuleFilename(name: string): string {
  return `<etpy ${name}>`;
}

/**
 * Registers a module written in Python (etpy's own code, not CPython's): it is
 * compiled and executed on first import, like a source module.
 */
export function registerPythonModule(name: string, source: string, prepare?: (mod: PyModule) => void): void {
  // Compiled once per process: code objects are immutable, and compiling is slow.
  let code: ReturnType<typeof compile> | null = null;
  registerModule(name, () => {
    const d = newDict();
    const mod = new PyModule(moduleType, name, d);
    d.setStr('__name__', name);
    d.setStr('__doc__', None);
    d.setStr('__file__', pythonModuleFilename(name));
    const builtins = interpState.builtins!;
    d.setStr('__builtins__', interpState.modules.get('builtins') ?? builtins);
    prepare?.(mod);
    // Registered before running so that imports back into it see the partial module.
    interpState.modules.set(name, mod);
    try {
      code ??= compile(source, pythonModuleFilename(name));
      execute(new Frame(code, d, builtins, d, null));
    } catch (e) {
      interpState.modules.delete(name);
      throw e;
    }
    return mod;
  });
}
