// The JIT: a code object's bytecode turned into one JavaScript function, for
// untraced runs. It removes the eval loop's dispatch (the opcode switch, the
// oparg and size reads, the per-instruction tracing branch) and nothing else:
// each instruction becomes the same work on the same frame (frame.stack at
// indices fixed by the bytecode's static stack depth, frame.localsplus),
// calling the same helpers, so that the state at every instruction boundary
// is the interpreter's and a frame can leave the JIT for the eval loop at any
// instruction (jit-runtime.ts `bail`): when a tracer is set, or at an
// instruction the JIT does not compile. While a generator is open, compiled
// code frees values where the eval loop does (release.ts), with the same
// stack heights.
//
// The generated text holds only numbers, the fixed text below and the names
// of the runtime's helpers: names, constants and every Python value are read
// from arrays by index, so no program text reaches the JavaScript compiler.
import { Op, stackEffect } from '../bytecode/opcodes.js';
import { INSTRUCTION_SIZE, type CodeInfo } from './frame.js';
import type { Frame } from './frame.js';
import type { PyValue } from './object.js';

export type JitFunction = (frame: Frame) => PyValue;

/** Set when a code object cannot be compiled (an unknown stack depth, or no `Function` in this host). */
export const NOT_COMPILABLE = null;

/** True while the host's `Function` constructor works (a strict CSP forbids it; the eval loop then runs everything). */
let canGenerate = true;

/**
 * The stack depth before each reachable instruction (undefined where none is
 * reachable), from the bytecode's stack effects, as CPython's compiler
 * computes co_stacksize; null if two paths disagree.
 */
export function stackDepths(info: CodeInfo): (number | undefined)[] | null {
  const { ops, args } = info;
  const n = ops.length;
  const depth = new Array<number | undefined>(n);
  const work: number[] = [];
  const reach = (pc: number, d: number): boolean => {
    if (pc < 0 || pc >= n || d < 0) return false;
    const seen = depth[pc];
    if (seen === undefined) {
      depth[pc] = d;
      work.push(pc);
      return true;
    }
    return seen === d;
  };
  if (!reach(0, 0)) return null;
  for (const h of info.handlers) {
    // A handler is reached from its try block's instructions; its depth is fixed by the table.
    if (!reach(h.target, h.depth + (h.lasti ? 1 : 0) + 1)) return null;
  }
  while (work.length > 0) {
    const pc = work.pop()!;
    const op = ops[pc]!;
    const oparg = args[pc]!;
    const d = depth[pc]!;
    const next = pc + INSTRUCTION_SIZE[op]!;
    let target = -1;
    let falls = true;
    switch (op) {
      case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.POP_JUMP_IF_NONE: case Op.POP_JUMP_IF_NOT_NONE:
        target = next + oparg; break;
      case Op.JUMP_FORWARD: target = next + oparg; falls = false; break;
      case Op.JUMP_BACKWARD: case Op.JUMP_BACKWARD_NO_INTERRUPT: target = next - oparg; falls = false; break;
      case Op.FOR_ITER: case Op.SEND: target = next + oparg; break;
      case Op.RETURN_VALUE: case Op.RETURN_CONST: case Op.RAISE_VARARGS: case Op.RERAISE:
        falls = false; break;
    }
    try {
      // A generator's frame resumes after RETURN_GENERATOR with the sent value pushed (its POP_TOP
      // drops it); CPython's compiler adds these two after computing depths, so no effect is listed.
      const effect = op === Op.RETURN_GENERATOR ? 1 : falls ? stackEffect(op, oparg, false) : 0;
      if (falls && !reach(next, d + effect)) return null;
      if (target >= 0 && !reach(target, d + stackEffect(op, oparg, true))) return null;
    } catch {
      return null;
    }
  }
  return depth;
}

/**
 * Compiles `info`'s code object, or returns null when it cannot be (an
 * unknown stack depth, no `Function` in this host).
 */
export function compileJit(info: CodeInfo, runtime: Readonly<Record<string, unknown>>): JitFunction | null {
  if (!canGenerate) return NOT_COMPILABLE;
  const depths = stackDepths(info);
  if (depths === null) return NOT_COMPILABLE;
  const body = generate(info, depths, Object.keys(runtime));
  info.jitRaiseSp = raiseHeights(info, depths);
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const factory = new Function('rt', 'info', body) as (rt: unknown, info: CodeInfo) => JitFunction;
    return factory(runtime, info);
  } catch (e) {
    if (e instanceof EvalError) canGenerate = false;
    return NOT_COMPILABLE;
  }
}

/** The instructions a block starts at: the entry, jump targets, handlers, where a generator resumes. */
function blockStarts(info: CodeInfo, depths: readonly (number | undefined)[]): Set<number> {
  const { ops, args } = info;
  const starts = new Set<number>([0]);
  for (const h of info.handlers) starts.add(h.target);
  for (let pc = 0; pc < ops.length; pc += INSTRUCTION_SIZE[ops[pc]!]!) {
    if (depths[pc] === undefined) continue;
    const op = ops[pc]!;
    const next = pc + INSTRUCTION_SIZE[op]!;
    switch (op) {
      case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.POP_JUMP_IF_NONE: case Op.POP_JUMP_IF_NOT_NONE:
      case Op.JUMP_FORWARD: case Op.SEND:
        starts.add(next + args[pc]!); break;
      case Op.FOR_ITER:
        // Exhausted, the loop continues after its END_FOR.
        starts.add(next + args[pc]! + 1); break;
      case Op.JUMP_BACKWARD: case Op.JUMP_BACKWARD_NO_INTERRUPT: starts.add(next - args[pc]!); break;
      case Op.RETURN_GENERATOR: case Op.YIELD_VALUE: starts.add(next); break;
    }
  }
  return starts;
}

/** Compiled code goes on only while no tracer is set: checked after anything that may run Python code. */
const GUARD = '(st.tracer !== null)';
const OPEN = '(st.openGenerators !== 0)';

/**
 * Per instruction, the stack's height when the eval loop raises there: the
 * operands it pops before the work that raises are gone (what an unwinding
 * then frees while a generator is open depends on it).
 */
function raiseHeights(info: CodeInfo, depths: readonly (number | undefined)[]): Int32Array {
  const { ops, args } = info;
  const heights = new Int32Array(ops.length);
  for (let pc = 0; pc < ops.length; pc++) {
    const d = depths[pc];
    if (d !== undefined) heights[pc] = d - poppedBeforeRaise(ops[pc]!, args[pc]!);
  }
  return heights;
}

/** How many operands eval.ts pops before an instruction's work that may raise. */
function poppedBeforeRaise(op: number, a: number): number {
  switch (op) {
    case Op.CALL: return a + 2;
    case Op.BINARY_OP: case Op.COMPARE_OP: case Op.CONTAINS_OP: case Op.BINARY_SUBSCR: case Op.CALL_INTRINSIC_2:
    case Op.STORE_NAME: case Op.DELETE_ATTR: case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.LIST_APPEND:
    case Op.SET_ADD: case Op.LIST_EXTEND: case Op.SET_UPDATE: case Op.DICT_UPDATE: case Op.DICT_MERGE: case Op.MAKE_FUNCTION:
    case Op.RERAISE: case Op.POP_EXCEPT: case Op.IMPORT_NAME: case Op.YIELD_VALUE:
      return 1;
    case Op.STORE_ATTR: case Op.DELETE_SUBSCR: case Op.BINARY_SLICE: case Op.MAP_ADD: return 2;
    case Op.STORE_SUBSCR: case Op.LOAD_SUPER_ATTR: return 3;
    case Op.CALL_FUNCTION_EX: return 3 + (a & 1);
    case Op.MATCH_CLASS: return 2;
    case Op.STORE_SLICE: return 4;
    case Op.BUILD_SLICE: return a === 3 ? 2 : 1;
    case Op.FORMAT_VALUE: return (a & 4) !== 0 ? 1 : 0;
    case Op.RAISE_VARARGS: return a;
    default: return 0;
  }
}

function generate(info: CodeInfo, depths: readonly (number | undefined)[], helpers: readonly string[]): string {
  const { ops, args } = info;
  const starts = blockStarts(info, depths);
  const out: string[] = [
    "'use strict';",
    // The runtime's helpers by their own names (jit-runtime.ts runtime()).
    `const { ${helpers.join(', ')} } = rt;`,
    'const consts = info.consts;',
    'const names = info.code.co_names;',
    'const lpn = info.code.co_localsplusnames;',
    'return function jitted(frame) {',
    'const stack = frame.stack;',
    'const locals = frame.localsplus;',
    'let pc = frame.pc;',
    'for (;;) {',
    'try {',
    // generator.throw(): raised where the generator is suspended (its YIELD_VALUE is lasti).
    ...(info.isGenerator ? ['if (frame.pendingThrow !== null) { const t = frame.pendingThrow; frame.pendingThrow = null; throw t; }'] : []),
    'switch (pc) {',
  ];
  let kwnames = -1;
  for (let pc = 0; pc < ops.length; pc += INSTRUCTION_SIZE[ops[pc]!]!) {
    const d = depths[pc];
    if (d === undefined) continue;
    if (starts.has(pc)) out.push(`case ${pc}:`);
    const op = ops[pc]!;
    const a = args[pc]!;
    const next = pc + INSTRUCTION_SIZE[op]!;
    const text = instruction(op, a, pc, next, d, kwnames);
    kwnames = op === Op.KW_NAMES ? a : -1;
    out.push(text);
  }
  out.push(
    "default: throw new Error('etpy: no compiled code at unit ' + pc);",
    '}',
    '} catch (e) {',
    'pc = jitUnwind(frame, e);',
    'if (pc < 0) return bail(frame, -1, -1);',
    '}',
    '}',
    '};',
  );
  return out.join('\n');
}

/** Leaves for the eval loop at `pc` with `sp` values on the stack. */
function leave(pc: number, sp: number): string {
  return `return bail(frame, ${pc}, ${sp});`;
}

/** After work that may run Python code: leave for the eval loop if it set a tracer or opened a generator. */
function guard(pc: number, sp: number): string {
  return `if ${GUARD} ${leave(pc, sp)}`;
}

/**
 * An iterator the instruction consumed is freed after it while a generator
 * is open (release.ts), as the eval loop does.
 */
function dropConsumed(value: string, sp: number): string {
  return `if ${OPEN} dropConsumed(${value}, frame, ${sp});`;
}

/** guard() for an instruction that consumed the iterator `value`. */
function guardConsuming(value: string, pc: number, sp: number): string {
  return `${dropConsumed(value, sp)} ${guard(pc, sp)}`;
}

function jump(target: number): string {
  return `pc = ${target}; continue;`;
}

/** One instruction; `pc` its code unit, `next` the next instruction's, `d` the stack depth before it. */
function instruction(op: number, a: number, pc: number, next: number, d: number, kwnames: number): string {
  const lasti = `frame.lasti = ${pc};`;
  const top = `stack[${d - 1}]`;
  switch (op) {
    case Op.NOP: case Op.RESUME: case Op.EXTENDED_ARG: case Op.CACHE: case Op.END_FOR: case Op.KW_NAMES:
      return '';
    case Op.POP_TOP:
      return `if ${OPEN} { ${lasti} dropTemporary(${top}, frame, ${d - 1}); ${guard(next, d - 1)} }`;
    case Op.LOAD_FAST: case Op.LOAD_CLOSURE:
      return `stack[${d}] = locals[${a}];`;
    case Op.LOAD_FAST_CHECK:
      return `{ const v = locals[${a}]; if (v === undefined) { ${lasti} throw unboundLocal(lpn[${a}]); } stack[${d}] = v; }`;
    case Op.LOAD_FAST_AND_CLEAR:
      return `stack[${d}] = locals[${a}]; locals[${a}] = undefined;`;
    case Op.STORE_FAST:
      return `{ const old = locals[${a}]; locals[${a}] = ${top}; if ${OPEN} { ${lasti} dropOld(old, frame, ${d - 1}); ${guard(next, d - 1)} } }`;
    case Op.DELETE_FAST:
      return `{ const old = locals[${a}]; if (old === undefined) { ${lasti} throw unboundLocal(lpn[${a}]); } locals[${a}] = undefined;`
        + ` if ${OPEN} { ${lasti} dropOld(old, frame, ${d}); ${guard(next, d)} } }`;
    case Op.LOAD_CONST:
      return `stack[${d}] = consts[${a}];`;
    case Op.PUSH_NULL:
      return `stack[${d}] = undefined;`;
    case Op.COPY:
      return `stack[${d}] = stack[${d - a}];`;
    case Op.SWAP:
      return `{ const t = ${top}; ${top} = stack[${d - a}]; stack[${d - a}] = t; }`;
    case Op.UNARY_NEGATIVE:
      return `${lasti} ${top} = unaryNegative(${top}); ${guard(next, d)}`;
    case Op.UNARY_INVERT:
      return `${lasti} ${top} = unaryInvert(${top}); ${guard(next, d)}`;
    case Op.UNARY_NOT:
      return `{ const v = ${top}; if (typeof v === 'boolean') ${top} = !v; else { ${lasti} ${top} = !truthy(v); ${guard(next, d)} } }`;
    case Op.BINARY_OP:
      return binary(a, pc, next, d);
    case Op.COMPARE_OP:
      return compare(a, pc, next, d);
    case Op.IS_OP:
      return `stack[${d - 2}] = (stack[${d - 2}] === ${top}) !== ${a === 1};`;
    case Op.CONTAINS_OP:
      return `${lasti} stack[${d - 2}] = contains(${top}, stack[${d - 2}]) !== ${a === 1}; ${guard(next, d - 1)}`;
    case Op.BINARY_SUBSCR:
      return `{ const key = ${top}, c = stack[${d - 2}]; let hit = false;`
        + ` if (typeof key === 'number' && typeof c === 'object' && c.cls === listType) { const items = c.items; const i = key < 0 ? key + items.length : key;`
        + ` if (i >= 0 && i < items.length) { stack[${d - 2}] = items[i]; hit = true; } }`
        + ` if (!hit) { ${lasti} stack[${d - 2}] = getItem(c, key); ${guard(next, d - 1)} } }`;
    case Op.STORE_SUBSCR:
      return `{ const key = ${top}, c = stack[${d - 2}], v = stack[${d - 3}]; let done = false;`
        + ` if (typeof key === 'number' && typeof c === 'object' && c.cls === listType) { const items = c.items; const i = key < 0 ? key + items.length : key;`
        + ` if (i >= 0 && i < items.length) { items[i] = v; done = true; } }`
        + ` if (!done) { ${lasti} setItem(c, key, v); ${guard(next, d - 3)} } }`;
    case Op.DELETE_SUBSCR:
      return `${lasti} delItem(stack[${d - 2}], ${top}); ${guard(next, d - 2)}`;
    case Op.BINARY_SLICE:
      return `${lasti} stack[${d - 3}] = getItem(stack[${d - 3}], buildSlice(stack[${d - 2}], ${top}, None)); ${guard(next, d - 2)}`;
    case Op.STORE_SLICE:
      return `${lasti} setItem(stack[${d - 3}], buildSlice(stack[${d - 2}], ${top}, None), stack[${d - 4}]); ${guard(next, d - 4)}`;
    case Op.BUILD_SLICE:
      return a === 3
        ? `${lasti} stack[${d - 3}] = buildSlice(stack[${d - 3}], stack[${d - 2}], ${top});`
        : `${lasti} stack[${d - 2}] = buildSlice(stack[${d - 2}], ${top}, None);`;
    case Op.JUMP_FORWARD:
      return jump(next + a);
    case Op.JUMP_BACKWARD:
      return `${lasti} if (st.deadline !== Infinity) checkDeadline(); ${jump(next - a)}`;
    case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: {
      const target = next + a;
      const onTrue = op === Op.POP_JUMP_IF_TRUE;
      // A bool decides at once; anything else asks truthy(), which may run __bool__ or __len__.
      return `{ const v = ${top}; let t; if (v === true) t = true; else if (v === false) t = false;`
        + ` else { ${lasti} t = truthy(v); if ${GUARD} return bail(frame, t === ${onTrue} ? ${target} : ${next}, ${d - 1}); }`
        + ` if (t === ${onTrue}) { ${jump(target)} } }`;
    }
    case Op.POP_JUMP_IF_NONE:
      return `if (${top} === None) { ${jump(next + a)} }`;
    case Op.POP_JUMP_IF_NOT_NONE:
      return `if (${top} !== None) { ${jump(next + a)} }`;
    case Op.GET_ITER:
      return `${lasti} ${top} = getIter(${top}); ${guard(next, d)}`;
    case Op.FOR_ITER: {
      const exhausted = next + a + 1;
      return `{ const it = ${top}; ${lasti} const v = it instanceof PyNativeIterator ? it.next() : iterNext(it);`
        + ` if (v === undefined) { ${dropConsumed('it', d - 1)} ${guard(exhausted, d - 1)} ${jump(exhausted)} }`
        + ` stack[${d}] = v; ${guard(next, d + 1)} }`;
    }
    case Op.LOAD_GLOBAL: {
      // The eval loop's inline cache (frame.ts GlobalCacheEntry), keyed by the next unit.
      const at = (a & 1) !== 0 ? d + 1 : d;
      return `{ const gc = info.globalCache, g = frame.globals; let v; const e = gc === null ? undefined : gc[${next}];`
        + ` if (e !== undefined && e.globals === g && e.globalsVersion === g.version) { const b = e.builtins;`
        + ` if (b === null) v = g.values[e.index];`
        + ` else if (b === frame.builtins && e.builtinsVersion === b.version) v = b.values[e.index]; }`
        + ` if (v === undefined) { ${lasti} v = loadGlobalSlow(frame, names[${a >> 1}], info, ${next}); }`
        + `${(a & 1) !== 0 ? ` stack[${d}] = undefined;` : ''} stack[${at}] = v; }`;
    }
    case Op.STORE_GLOBAL:
      return `{ const old = ${OPEN} ? frame.globals.getStr(names[${a}]) : undefined; frame.globals.setStr(names[${a}], ${top});`
        + ` if (old !== undefined) { ${lasti} dropOld(old, frame, ${d - 1}); ${guard(next, d - 1)} } }`;
    case Op.LOAD_NAME:
      return `${lasti} stack[${d}] = loadName(frame, names[${a}]); ${guard(next, d + 1)}`;
    case Op.STORE_NAME:
      return `${lasti} storeName(frame, names[${a}], ${top}, ${d - 1}); ${guard(next, d - 1)}`;
    case Op.MAKE_CELL:
      return `locals[${a}] = new PyCell(cellType, locals[${a}]);`;
    case Op.COPY_FREE_VARS:
      return `{ const closure = frame.func.closure; const offset = locals.length - ${a}; for (let i = 0; i < ${a}; i++) locals[offset + i] = closure[i]; }`;
    case Op.LOAD_DEREF:
      return `{ const v = locals[${a}].value; if (v === undefined) { ${lasti} throw derefError(frame, ${a}); } stack[${d}] = v; }`;
    case Op.STORE_DEREF:
      return `locals[${a}].value = ${top};`;
    case Op.LOAD_ATTR:
      return (a & 1) !== 0 ? loadMethod(a, pc, next, d) : loadAttr(a, pc, next, d);
    case Op.STORE_ATTR:
      // storeAttr's cache inline: a store to the instance dict.
      return `{ const owner = ${top}, v = stack[${d - 2}]; const ic = info.attrCache; let hit = false; const e = ic === null ? undefined : ic[${next}];`
        + ` if (e !== undefined && typeof owner === 'object') { const t = owner.cls, dd = owner.dict;`
        + ` if (dd !== null && e.type === t && e.version === t.version && e.value === STORE_IN_DICT) { e.hint = dd.setStrHinted(names[${a}], v, e.hint); hit = true; } }`
        + ` if (!hit) { ${lasti} storeAttrSlow(owner, names[${a}], v, info, ${next}); ${guard(next, d - 2)} } }`;
    case Op.DELETE_ATTR:
      return `${lasti} setAttr(${top}, names[${a}], undefined); ${guard(next, d - 1)}`;
    case Op.LOAD_SUPER_ATTR: {
      const after = d - 3 + ((a & 1) !== 0 ? 2 : 1);
      return `${lasti} loadSuperAttr(stack, ${d - 3}, stack[${d - 3}], stack[${d - 2}], ${top}, names[${a >> 2}], ${(a & 1) === 1}, ${(a & 2) === 2});`
        + ` ${guard(next, after)}`;
    }
    case Op.BUILD_TUPLE:
      return `stack[${d - a}] = buildTuple(${items(d - a, d)});`;
    case Op.BUILD_LIST:
      return `stack[${d - a}] = buildList(${items(d - a, d)});`;
    case Op.BUILD_SET:
      return `${lasti} stack[${d - a}] = buildSet(stack, ${d - a}, ${d}); ${guard(next, d - a + 1)}`;
    case Op.BUILD_MAP:
      return `${lasti} stack[${d - 2 * a}] = buildMap(stack, ${d - 2 * a}, ${a}); ${guard(next, d - 2 * a + 1)}`;
    case Op.BUILD_CONST_KEY_MAP:
      return `${lasti} stack[${d - 1 - a}] = buildConstKeyMap(stack, ${d - 1 - a}, ${a}); ${guard(next, d - a)}`;
    case Op.BUILD_STRING:
      return `stack[${d - a}] = ${a === 0 ? "''" : Array.from({ length: a }, (_, i) => `stack[${d - a + i}]`).join(' + ')};`;
    case Op.LIST_APPEND:
      return `${lasti} listAppend(stack[${d - 1 - a}], ${top});`;
    case Op.SET_ADD:
      return `${lasti} setAdd(stack[${d - 1 - a}], ${top}); ${guard(next, d - 1)}`;
    case Op.MAP_ADD:
      return `${lasti} mapAdd(stack[${d - 2 - a}], stack[${d - 2}], ${top}); ${guard(next, d - 2)}`;
    case Op.LIST_EXTEND:
      return `{ const v = ${top}; ${lasti} listExtend(stack[${d - 1 - a}], v); ${guardConsuming('v', next, d - 1)} }`;
    case Op.SET_UPDATE:
      return `{ const v = ${top}; ${lasti} setUpdate(stack[${d - 1 - a}], v); ${guardConsuming('v', next, d - 1)} }`;
    case Op.DICT_UPDATE:
      return `${lasti} dictUpdate(stack[${d - 1 - a}], ${top}); ${guard(next, d - 1)}`;
    case Op.DICT_MERGE:
      return `${lasti} dictMerge(stack[${d - 1 - a}], ${top}, stack[${d - 3 - a}]); ${guard(next, d - 1)}`;
    case Op.UNPACK_SEQUENCE:
      return `{ const v = ${top}; ${lasti} unpackSequence(stack, ${d}, ${a}); ${guardConsuming('v', next, d - 1 + a)} }`;
    case Op.UNPACK_EX:
      return `{ const v = ${top}; ${lasti} unpackEx(stack, ${d}, ${a}); ${guardConsuming('v', next, d + (a & 0xff) + (a >> 8))} }`;
    case Op.FORMAT_VALUE:
      return (a & 4) !== 0
        ? `${lasti} stack[${d - 2}] = formatValue(stack[${d - 2}], ${a & 3}, ${top}); ${guard(next, d - 1)}`
        : `${lasti} ${top} = formatValue(${top}, ${a & 3}, null); ${guard(next, d)}`;
    case Op.CALL: {
      const base = d - a - 2;
      const kw = kwnames < 0 ? 'null' : `consts[${kwnames}]`;
      return `${lasti} stack[${base}] = jitCall(frame, stack, ${base}, ${a}, ${kw}); ${guard(next, base + 1)}`;
    }
    case Op.CALL_INTRINSIC_1:
      return `${lasti} ${top} = callIntrinsic1(${a}, ${top}, frame); ${guard(next, d)}`;
    case Op.CALL_INTRINSIC_2:
      return `${lasti} stack[${d - 2}] = callIntrinsic2(${a}, stack[${d - 2}], ${top}); ${guard(next, d - 1)}`;
    case Op.MAKE_FUNCTION:
      return `${lasti} makeFunction(stack, ${d - 1}, ${top}.code, ${a}, frame);`;
    case Op.RETURN_VALUE: case Op.RETURN_CONST: {
      const value = op === Op.RETURN_VALUE ? top : `consts[${a}]`;
      return `${lasti} st.depth--; st.frame = frame.back; if ${OPEN} releaseFrame(frame, ${value}); return ${value};`;
    }
    case Op.RAISE_VARARGS:
      if (a === 0) return `${lasti} { const active = reraiseActive(); if (active === st.handled) throw new Reraise(active, ${pc}); throw active; }`;
      if (a === 1) return `${lasti} throw raiseFrom(${top}, undefined);`;
      return `${lasti} throw raiseFrom(stack[${d - 2}], ${top});`;
    case Op.RERAISE:
      return `${lasti} ${a !== 0 ? `frame.lasti = stack[${d - 1 - a}]; ` : ''}throw new Reraise(${top}, ${pc});`;
    case Op.PUSH_EXC_INFO:
      return `{ const exc = ${top}; ${top} = st.handled ?? None; stack[${d}] = exc; st.handled = exc; }`;
    case Op.POP_EXCEPT:
      return `${lasti} popExcept(frame, ${top}, stack, ${d - 1}); ${guard(next, d - 1)}`;
    case Op.CHECK_EXC_MATCH:
      return `${lasti} ${top} = checkExcMatch(stack[${d - 2}], ${top}); ${guard(next, d)}`;
    case Op.LOAD_ASSERTION_ERROR:
      return `stack[${d}] = excType('AssertionError');`;
    case Op.LOAD_BUILD_CLASS:
      return `${lasti} stack[${d}] = loadBuildClass(frame);`;
    case Op.BEFORE_WITH:
      return `${lasti} beforeWith(stack, ${d}); ${guard(next, d + 1)}`;
    case Op.WITH_EXCEPT_START:
      return `${lasti} stack[${d}] = afterWithExit(stack[${d - 4}], ${top}); ${guard(next, d + 1)}`;
    case Op.IMPORT_NAME:
      return `${lasti} stack[${d - 2}] = importName(names[${a}], ${top}, stack[${d - 2}], frame); ${guard(next, d - 1)}`;
    case Op.IMPORT_FROM:
      return `${lasti} stack[${d}] = importFrom(${top}, names[${a}]); ${guard(next, d + 1)}`;
    case Op.GET_LEN:
      return `${lasti} stack[${d}] = getLen(${top}); ${guard(next, d + 1)}`;
    case Op.CALL_FUNCTION_EX: {
      const base = d - 3 - (a & 1);
      return `${lasti} stack[${base}] = jitCallEx(frame, stack, ${base}, ${(a & 1) !== 0}); ${guard(next, base + 1)}`;
    }
    case Op.DELETE_GLOBAL:
      return `{ ${lasti} const old = ${OPEN} ? frame.globals.getStr(names[${a}]) : undefined;`
        + ` if (!frame.globals.deleteStr(names[${a}])) throw nameError(names[${a}]);`
        + ` if (old !== undefined) { dropOld(old, frame, ${d}); ${guard(next, d)} } }`;
    case Op.DELETE_NAME:
      return `${lasti} deleteName(frame, names[${a}], ${d}); ${guard(next, d)}`;
    case Op.LOAD_LOCALS:
      return `stack[${d}] = frame.locals;`;
    case Op.MATCH_MAPPING:
      return `stack[${d}] = matchMapping(${top});`;
    case Op.MATCH_SEQUENCE:
      return `stack[${d}] = matchSequence(${top});`;
    case Op.MATCH_KEYS:
      return `${lasti} stack[${d}] = matchKeys(stack[${d - 2}], ${top}); ${guard(next, d + 1)}`;
    case Op.MATCH_CLASS:
      return `${lasti} stack[${d - 3}] = matchClass(stack[${d - 3}], stack[${d - 2}], ${a}, ${top}); ${guard(next, d - 2)}`;
    case Op.RETURN_GENERATOR:
      return `${lasti} { const gen = makeGenerator(frame); frame.pc = ${next}; frame.sp = ${d}; st.depth--; st.frame = frame.back; return gen; }`;
    case Op.YIELD_VALUE:
      return `${lasti} frame.sp = ${d - 1}; frame.pc = ${next}; st.depth--; frame.generator.suspended = true; st.frame = frame.back; return ${top};`;
    case Op.GET_YIELD_FROM_ITER:
      return `${lasti} ${top} = getYieldFromIter(${top}); ${guard(next, d)}`;
    case Op.SEND:
      return `{ ${lasti} const r = sendToIterator(stack[${d - 2}], ${top}); ${top} = r.value;`
        + ` if (r.done) { ${guard(next + a, d)} ${jump(next + a)} } ${guard(next, d)} }`;
    case Op.END_SEND:
      return `stack[${d - 2}] = ${top};`;
    case Op.JUMP_BACKWARD_NO_INTERRUPT:
      return jump(next - a);
    case Op.CLEANUP_THROW:
      // Anything but StopIteration goes on unwinding as it is (the eval loop's CLEANUP_THROW).
      return `${lasti} if (!${top}.cls.isSubtypeOf(stopIterationType())) throw new Reraise(${top}, ${pc}); cleanupThrow(stack, ${d});`;
    default:
      // Rare instructions (class bodies' name lookups, pattern matching, async, generators): the eval loop runs them.
      return leave(pc, d);
  }
}

function items(from: number, to: number): string {
  const parts: string[] = [];
  for (let i = from; i < to; i++) parts.push(`stack[${i}]`);
  return parts.join(', ');
}

/** A float operand's value (an exact float's, or a small int's: exact in a double), else undefined. */
function floatOperand(v: string): string {
  return `(typeof ${v} === 'number' ? ${v} : typeof ${v} === 'object' && ${v}.cls === floatType ? ${v}.value : undefined)`;
}

/**
 * BINARY_OP: small ints in JS numbers as the eval loop does them, the rest
 * through binaryOp. (Floats inline here measured slower than binaryOp's own
 * float path: nbody 1.8 -> 2.4 ms.)
 */
function binary(a: number, pc: number, next: number, d: number): string {
  const op = a >= 13 ? a - 13 : a;
  let fast: string | null = null;
  switch (op) {
    case 0: fast = 'r = x + y;'; break;
    case 10: fast = 'r = x - y;'; break;
    case 5: fast = 'r = x * y; if (r === 0) r = 0;'; break;
    case 6: fast = 'if (y !== 0) { r = x % y; if (r !== 0 && (r < 0) !== (y < 0)) r += y; if (r === 0) r = 0; }'; break;
    case 2: fast = 'if (y !== 0) { r = x % y; if (r !== 0 && (r < 0) !== (y < 0)) r += y; r = (x - r) / y; if (r === 0) r = 0; }'; break;
  }
  const slow = `frame.lasti = ${pc}; stack[${d - 2}] = binaryOp(${a}, x, y); ${guard(next, d - 1)}`;
  if (fast === null) return `{ const x = stack[${d - 2}], y = stack[${d - 1}]; ${slow} }`;
  return `{ const x = stack[${d - 2}], y = stack[${d - 1}]; let r = NaN;`
    + ` if (typeof x === 'number' && typeof y === 'number') { ${fast} }`
    + ` if (Number.isSafeInteger(r)) stack[${d - 2}] = r; else { ${slow} } }`;
}

const COMPARISONS = ['<', '<=', '===', '!==', '>', '>='] as const;

/** COMPARE_OP: small ints and exact floats (an int in a float comparison is exact in a double) as JS numbers. */
function compare(a: number, pc: number, next: number, d: number): string {
  const cmp = a >> 4;
  return `{ const x = stack[${d - 2}], y = stack[${d - 1}];`
    + ` if (typeof x === 'number' && typeof y === 'number') stack[${d - 2}] = x ${COMPARISONS[cmp]!} y;`
    + ` else { const fx = ${floatOperand('x')}, fy = ${floatOperand('y')};`
    + ` if (fx !== undefined && fy !== undefined) stack[${d - 2}] = fx ${COMPARISONS[cmp]!} fy;`
    + ` else { frame.lasti = ${pc}; stack[${d - 2}] = richCompare(x, y, ${cmp}); ${guard(next, d - 1)} } } }`;
}

/** LOAD_ATTR with the method bit: the eval loop's inline cache, then loadAttrMethod. */
function loadMethod(a: number, pc: number, next: number, d: number): string {
  const name = `names[${a >> 1}]`;
  return `{ const owner = stack[${d - 1}]; let hit = false; const ic = info.attrCache; const e = ic === null ? undefined : ic[${next}];`
    + ` if (e !== undefined && typeof owner === 'object') { const t = owner.cls;`
    + ` if (e.type === t && e.version === t.version) { const dd = owner.dict; const v = e.value;`
    + ` if (v === NO_CLASS_ATTR) { const own = dd === null ? undefined : dd.getStr(${name}); if (own !== undefined) { stack[${d - 1}] = undefined; stack[${d}] = own; hit = true; } }`
    + ` else if (dd === null || dd.getStr(${name}) === undefined) { stack[${d - 1}] = v; stack[${d}] = owner; hit = true; } } }`
    + ` else if (e !== undefined && typeof owner === 'string' && e.type === strType && e.version === strType.version) {`
    + ` stack[${d - 1}] = e.value; stack[${d}] = owner; hit = true; }`
    + ` if (!hit) { frame.lasti = ${pc}; loadAttrMethod(stack, ${d}, owner, ${name}, info, ${next}); ${guard(next, d + 1)} } }`;
}

/** LOAD_ATTR of an attribute: an instance's own, through the inline cache, else loadAttrSlow. */
function loadAttr(a: number, pc: number, next: number, d: number): string {
  const name = `names[${a >> 1}]`;
  return `{ const owner = stack[${d - 1}]; let v; const ic = info.attrCache; const e = ic === null ? undefined : ic[${next}];`
    + ` if (e !== undefined && typeof owner === 'object') { const t = owner.cls;`
    + ` if (e.type === t && e.version === t.version && e.value === NO_CLASS_ATTR) { const dd = owner.dict;`
    + ` if (dd !== null) { const h = e.hint; if (dd.keys[h] === ${name}) v = dd.values[h];`
    + ` else { const i = dd.indexOfStr(${name}); if (i >= 0) { e.hint = i; v = dd.values[i]; } } } } }`
    + ` if (v !== undefined) stack[${d - 1}] = v;`
    + ` else { frame.lasti = ${pc}; stack[${d - 1}] = loadAttrSlow(owner, ${name}, info, ${next}); ${guard(next, d)} } }`;
}
