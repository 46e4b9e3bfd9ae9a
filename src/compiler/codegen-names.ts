// Loading, storing and deleting names: compile.c's compiler_nameop, which
// picks FAST / DEREF / GLOBAL / NAME instructions from the symbol's scope.
import { Op } from '../bytecode/opcodes.js';
import type { Location } from './instructions.js';
import { type Compiler, getScope, SCOPE } from './compiler.js';
import { mangle } from './symtable.js';

export type NameContext = 'Load' | 'Store' | 'Del';

/** `_PyST_IsFunctionLike`: blocks whose locals live in fast slots. */
export function isFunctionLike(c: Compiler): boolean {
  return c.u.ste.isFunctionLike();
}

/** compile.c's forbidden_name: `__debug__` can be neither assigned nor deleted. */
export function checkForbiddenName(c: Compiler, name: string, ctx: NameContext, loc: Location): void {
  if (ctx === 'Store' && name === '__debug__') throw c.syntaxError(loc, 'cannot assign to __debug__');
  if (ctx === 'Del' && name === '__debug__') throw c.syntaxError(loc, 'cannot delete __debug__');
}

export function compileNameOp(c: Compiler, loc: Location, name: string, ctx: NameContext): void {
  checkForbiddenName(c, name, ctx, loc);
  const u = c.u;
  const mangled = mangle(u.priv, name);
  const scope = getScope(u.ste, mangled);
  let kind: 'fast' | 'deref' | 'global' | 'name' = 'name';
  switch (scope) {
    case SCOPE.FREE: case SCOPE.CELL: kind = 'deref'; break;
    case SCOPE.LOCAL:
      if (isFunctionLike(c) || u.metadata.fasthidden.get(mangled) === true) kind = 'fast';
      break;
    case SCOPE.GLOBAL_IMPLICIT: if (isFunctionLike(c)) kind = 'global'; break;
    case SCOPE.GLOBAL_EXPLICIT: kind = 'global'; break;
  }
  switch (kind) {
    case 'deref': {
      const index = scope === SCOPE.FREE ? c.freeIndex(mangled) : u.metadata.cellvars.add(mangled);
      if (ctx === 'Load') {
        if (u.ste.type === 'class' && !u.inInlinedComp) {
          c.addOp(Op.LOAD_LOCALS, loc);
          c.addOpI(Op.LOAD_FROM_DICT_OR_DEREF, index, loc);
        } else if (u.ste.canSeeClassScope) {
          c.addOpI(Op.LOAD_DEREF, c.freeIndex('__classdict__'), loc);
          c.addOpI(Op.LOAD_FROM_DICT_OR_DEREF, index, loc);
        } else {
          c.addOpI(Op.LOAD_DEREF, index, loc);
        }
      } else {
        c.addOpI(ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF, index, loc);
      }
      return;
    }
    case 'fast': {
      const index = u.metadata.varnames.add(mangled);
      c.addOpI(ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST, index, loc);
      return;
    }
    case 'global': {
      if (ctx === 'Load') {
        if (u.ste.canSeeClassScope && scope === SCOPE.GLOBAL_IMPLICIT) {
          c.addOpI(Op.LOAD_DEREF, c.freeIndex('__classdict__'), loc);
          c.addOpI(Op.LOAD_FROM_DICT_OR_GLOBALS, u.metadata.names.add(mangled), loc);
        } else {
          c.addOpI(Op.LOAD_GLOBAL, u.metadata.names.add(mangled) << 1, loc);
        }
      } else {
        c.addOpI(ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, u.metadata.names.add(mangled), loc);
      }
      return;
    }
    case 'name': {
      const index = u.metadata.names.add(mangled);
      if (ctx === 'Load') {
        c.addOpI(u.ste.type === 'class' && u.inInlinedComp ? Op.LOAD_GLOBAL : Op.LOAD_NAME,
          u.ste.type === 'class' && u.inInlinedComp ? index << 1 : index, loc);
      } else {
        c.addOpI(ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME, index, loc);
      }
    }
  }
}

/** compile.c's compiler_addop_name: attribute-family opcodes encode flags in the oparg's low bits. */
export function addAttrOp(
  c: Compiler,
  op: 'LOAD_ATTR' | 'LOAD_METHOD' | 'STORE_ATTR' | 'DELETE_ATTR' | 'LOAD_SUPER_ATTR' | 'LOAD_SUPER_METHOD' | 'LOAD_ZERO_SUPER_ATTR' | 'LOAD_ZERO_SUPER_METHOD' | 'IMPORT_NAME' | 'IMPORT_FROM',
  name: string,
  loc: Location,
): void {
  const arg = c.u.metadata.names.add(mangle(c.u.priv, name));
  switch (op) {
    case 'LOAD_ATTR': return c.addOpI(Op.LOAD_ATTR, arg << 1, loc);
    case 'LOAD_METHOD': return c.addOpI(Op.LOAD_ATTR, (arg << 1) | 1, loc);
    case 'LOAD_SUPER_ATTR': return c.addOpI(Op.LOAD_SUPER_ATTR, (arg << 2) | 2, loc);
    case 'LOAD_SUPER_METHOD': return c.addOpI(Op.LOAD_SUPER_ATTR, (arg << 2) | 3, loc);
    case 'LOAD_ZERO_SUPER_ATTR': return c.addOpI(Op.LOAD_SUPER_ATTR, arg << 2, loc);
    case 'LOAD_ZERO_SUPER_METHOD': return c.addOpI(Op.LOAD_SUPER_ATTR, (arg << 2) | 1, loc);
    default: return c.addOpI(Op[op], arg, loc);
  }
}
