// The module table: `import x` finds x among the modules etpy provides
// (src/vm/modules/), created on first import per program run.
import { PyDict, PyModule } from './object.js';
import { moduleType, newDict, None } from './types.js';
import { compile } from '../compiler/index.js';
import { Frame, shareConstants } from './frame.js';
import { execute } from './eval.js';
import type { CodeObject } from '../bytecode/code.js';
import { deserializeCode, sourceHash, type SerialCode } from '../bytecode/code-serial.js';
import { precompiledData } from './modules/precompiled-data.js';
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
  if (dot > 0) {
    importModule(name.slice(0, dot));
    // Importing the package may have imported this module (collections imports
    // collections.abc), as importlib's _find_and_load_unlocked checks again.
    const byParent = interpState.modules.get(name);
    if (byParent !== undefined) return byParent;
  }
  const factory = factories.get(name);
  if (factory === undefined) {
    const err = pyErr('ModuleNotFoundError', `No module named '${name}'`);
    throw err;
  }
  const mod = factory();
  recordModule(name, mod);
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
/**
 * A Python source etpy ships, as a function returning its text: the text is
 * made on first use, so that a start of the CLI neither builds the half
 * megabyte of them nor deserializes them from its code cache (a template
 * literal at a module's top level is a constant of its code).
 */
export type PythonSourceText = () => string;

/** Every Python source etpy itself ships (what the build precompiles). */
const pythonSources: { filename: string; source: PythonSourceText }[] = [];

/** Declares a Python source etpy ships, so `npm run build` compiles it ahead of time. */
export function registerPythonSource(filename: string, source: PythonSourceText): void {
  pythonSources.push({ filename, source });
}

export function shippedPythonSources(): readonly { filename: string; source: string }[] {
  return pythonSources.map(({ filename, source }) => ({ filename, source: source() }));
}

/** Each shipped file's code object with the source it came from: an import in a later run neither hashes nor compiles it again. */
const compiledByFile = new Map<string, { source: string; code: CodeObject }>();

export function precompiledKey(filename: string, source: string): string {
  return `${filename}\u0000${sourceHash(source)}`;
}

/**
 * The code object of a Python source etpy ships: compiled when etpy was built
 * (modules/precompiled-data.ts, checked against the source's hash), else
 * compiled now; either way once per process, since code objects are immutable.
 */
export function compilePython(filename: string, source: string): CodeObject {
  const known = compiledByFile.get(filename);
  if (known !== undefined && known.source === source) return known.code;
  const pre = precompiledData()[precompiledKey(filename, source)];
  const code = pre !== undefined ? deserializeCode(JSON.parse(pre) as SerialCode) : compile(source, filename);
  shareConstants(code);
  compiledByFile.set(filename, { source, code });
  return code;
}


export function registerPythonModule(name: string, sourceText: PythonSourceText, prepare?: (mod: PyModule) => void): void {
  const filename = pythonModuleFilename(name);
  registerPythonSource(filename, sourceText);
  let source: string | undefined;
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
    recordModule(name, mod);
    try {
      // One text per process, so compilePython finds its code object by identity.
      source ??= sourceText();
      execute(new Frame(compilePython(filename, source), d, builtins, d, null));
    } catch (e) {
      interpState.modules.delete(name);
      throw e;
    }
    return mod;
  });
}

/** Adds a loaded module to the module table and to sys.modules (a dict programs can read). */
export function recordModule(name: string, mod: PyModule): void {
  interpState.modules.set(name, mod);
  const sysModules = interpState.modules.get('sys')?.dict.getStr('modules');
  if (sysModules instanceof PyDict) sysModules.setStr(name, mod);
}
