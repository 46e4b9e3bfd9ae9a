// eval(), exec() and compile(): source text is compiled by etpy's own
// compiler (src/compiler) and run in a new frame with the given globals and
// locals. Compile errors become Python SyntaxError exceptions, whose
// attributes and str() are CPython's.
import { compile as compileExec, compileEval } from '../compiler/index.js';
import { PySyntaxError } from '../parser/syntax-error.js';
import { CodeObject } from '../bytecode/code.js';
import {
  type KwArgs, PyBytesValue, PyCodeValue, PyDict, PyException, PyModule, PyTuple, type PyValue,
} from './object.js';
import { None, codeType, dictType, excType, newDict, tupleType } from './types.js';
import { newException, typeError, valueError } from './errors.js';
import { asStr, asInt, str, typeName } from './protocols.js';
import { argRange, bindNative, defMethods, defGetSet } from './call.js';
import { Frame, shareConstants, untracedCode } from './frame.js';
import { codeValue } from './code-value.js';
import { execute } from './eval.js';
import { interpState } from './state.js';

/** A compile error as the SyntaxError (or IndentationError, TabError) Python code can catch. */
export function syntaxErrorFrom(e: PySyntaxError, execMode = true): PyException {
  // Source compiled in exec mode ends in a newline as the tokenizer sees it.
  // A compiler error's text is read from its file, which etpy has none of (CPython: None for a str source).
  const text = e.fromCompiler ? None
    : execMode && !e.textAsIs && e.text !== '' && !e.text.endsWith('\n') ? e.text + '\n' : e.text;
  // A compiler error reported with a start only (future.c) has end_offset None.
  const endOffset = e.fromCompiler && e.endOffset === 0 ? None : e.endOffset;
  const details = new PyTuple(tupleType, [e.filename, e.lineno, e.offset, text, e.endLineno, endOffset]);
  const exc = newException(excType(e.type), e.locationInArgs ? [e.msg, details] : [e.msg]);
  setSyntaxErrorFields(exc, [e.msg, details]);
  return exc;
}

const FIELDS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'] as const;

function setSyntaxErrorFields(exc: PyException, args: PyValue[]): void {
  exc.dict ??= newDict();
  const d = exc.dict;
  d.setStr('msg', args[0] ?? None);
  for (const f of FIELDS) d.setStr(f, None);
  d.setStr('print_file_and_line', None);
  if (args.length >= 2) {
    const info = args[1]!;
    if (!(info instanceof PyTuple)) throw typeError('argument 2 must be tuple, not ' + typeName(info));
    if (info.items.length < 4 || info.items.length > 6) throw typeError(`function takes at least 4 arguments and at most 6 arguments (${info.items.length} given)`);
    info.items.forEach((v, i) => d.setStr(FIELDS[i]!, v));
  }
}

const syntaxErrorType = excType('SyntaxError');
defMethods(syntaxErrorType, {
  __init__: (self, args) => {
    const exc = self as PyException;
    exc.args = new PyTuple(tupleType, args);
    setSyntaxErrorFields(exc, args);
    return None;
  },
  __str__: (self) => {
    const exc = self as PyException;
    const d = exc.dict;
    const msg = d?.getStr('msg') ?? None;
    const filename = d?.getStr('filename') ?? None;
    const lineno = d?.getStr('lineno') ?? None;
    const m = str(msg === None && exc.args.items.length > 0 ? exc.args.items[0]! : msg);
    const f = asStr(filename);
    const base = f === undefined ? undefined : f.slice(f.lastIndexOf('/') + 1);
    const ln = asInt(lineno);
    if (base !== undefined && ln !== undefined) return `${m} (${base}, line ${String(ln)})`;
    if (base !== undefined) return `${m} (${base})`;
    if (ln !== undefined) return `${m} (line ${String(ln)})`;
    return m;
  },
});
void defGetSet;

type Mode = 'exec' | 'eval';

function sourceText(v: PyValue, fname: string): string | CodeObject {
  if (v instanceof PyCodeValue) return v.code;
  const s = asStr(v);
  if (s !== undefined) return s;
  if (v instanceof PyBytesValue) return new TextDecoder().decode(v.bytes);
  throw typeError(`${fname}() arg 1 must be a string, bytes or code object`);
}

/** Marks a run-time compiled code object and the code nested in it as untraced. */
function markUntraced(code: CodeObject): CodeObject {
  untracedCode.add(code);
  for (const c of code.co_consts) if (c instanceof CodeObject) markUntraced(c);
  return code;
}

function compileText(text: string, filename: string, mode: Mode): CodeObject {
  try {
    const code = markUntraced(mode === 'eval' ? compileEval(text, filename) : compileExec(text, filename));
    shareConstants(code);
    return code;
  } catch (e) {
    if (e instanceof PySyntaxError) throw syntaxErrorFrom(e, mode === 'exec');
    throw e;
  }
}

/** The builtins dict a frame with these globals uses (`__builtins__`, inserted when missing). */
function builtinsFor(globals: PyDict): PyDict {
  let b = globals.getStr('__builtins__');
  if (b === undefined) {
    b = interpState.modules.get('builtins') ?? None;
    globals.setStr('__builtins__', b);
  }
  if (b instanceof PyModule) return b.dict;
  if (b instanceof PyDict) return b;
  return interpState.builtins!;
}

function run(fname: 'eval' | 'exec', args: PyValue[], callerLocals: () => PyDict): PyValue {
  const src = sourceText(args[0]!, fname);
  let globals = args[1] ?? None;
  let locals = args[2] ?? None;
  if (globals !== None && !(globals instanceof PyDict && globals.cls.isSubtypeOf(dictType))) {
    throw typeError(fname === 'exec' ? `exec() globals must be a dict, not ${typeName(globals)}` : 'globals must be a dict');
  }
  if (locals !== None && !(locals instanceof PyDict)) {
    throw typeError(fname === 'exec' ? 'locals must be a mapping' : 'locals must be a mapping');
  }
  let g: PyDict;
  let l: PyDict;
  if (globals === None) {
    const f = interpState.frame;
    g = f?.globals ?? newDict();
    l = locals === None ? callerLocals() : (locals as PyDict);
  } else {
    g = globals as PyDict;
    l = locals === None ? g : (locals as PyDict);
  }
  const code = typeof src === 'string' ? compileText(src, '<string>', fname === 'eval' ? 'eval' : 'exec') : src;
  if (typeof src !== 'string' && code.co_freevars.length > 0) {
    throw typeError(`code object passed to ${fname}() may not contain free variables`);
  }
  const result = execute(new Frame(code, g, builtinsFor(g), l, null));
  void globals;
  void locals;
  return fname === 'eval' ? result : None;
}

export function builtinEval(args: PyValue[], kw: KwArgs | null, callerLocals: () => PyDict): PyValue {
  if (kw !== null && kw.size > 0) throw typeError('eval() takes no keyword arguments');
  argRange('eval', args, null, 1, 3);
  return run('eval', args, callerLocals);
}

export function builtinExec(args: PyValue[], kw: KwArgs | null, callerLocals: () => PyDict): PyValue {
  const [source, globals, locals] = bindNative('exec', ['source', 'globals', 'locals', 'closure'], args, kw, { positionalOnly: 3, required: 1, maxPositional: 3 });
  return run('exec', [source!, globals ?? None, locals ?? None], callerLocals);
}

/** compile(source, filename, mode): 'exec' and 'eval' modes. */
export function builtinCompile(args: PyValue[], kw: KwArgs | null): PyValue {
  const [source, filenameArg, modeArg] = bindNative('compile', ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'], args, kw, { required: 3, maxPositional: 6 });
  if (!(source instanceof PyCodeValue) && asStr(source!) === undefined && !(source instanceof PyBytesValue)) {
    throw typeError('compile() arg 1 must be a string, bytes or AST object');
  }
  const src = sourceText(source!, 'compile');
  const filename = asStr(filenameArg!) ?? str(filenameArg!);
  const mode = asStr(modeArg!);
  if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') {
    throw valueError("compile() mode must be 'exec', 'eval' or 'single'");
  }
  if (typeof src !== 'string') return codeValue(src);
  return new PyCodeValue(codeType, compileText(src, filename, mode === 'eval' ? 'eval' : 'exec'));
}
