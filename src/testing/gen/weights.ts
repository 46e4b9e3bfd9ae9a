// Every weighted choice of the program generator in one table. A weight of 0
// turns a construct off; users pass `weights: { 'stmt.while': 0, … }` to
// pythonProgram() to change the mix, and `extraExpressions` /
// `extraStatements` to add constructs of their own (see gen/index.ts).

export const DEFAULT_WEIGHTS = {
  // Expressions, per type. `lit` and `var` are the leaves.
  'int.lit': 4, 'int.var': 6, 'int.arith': 6, 'int.divmod': 3, 'int.pow': 1, 'int.bits': 2, 'int.unary': 2,
  'int.len': 3, 'int.index': 3, 'int.index.raw': 1, 'int.dict': 2, 'int.dict.raw': 1, 'int.strmethod': 2,
  'int.listmethod': 2, 'int.listmethod.raw': 1, 'int.builtin': 4, 'int.call': 4, 'int.cond': 2, 'int.genexp': 2,
  'int.obj': 2, 'int.convert': 2, 'int.bool': 1,
  'float.lit': 4, 'float.var': 4, 'float.arith': 4, 'float.div': 3, 'float.convert': 3, 'float.builtin': 3,
  'float.call': 2, 'float.cond': 1,
  'str.lit': 4, 'str.var': 5, 'str.concat': 3, 'str.repeat': 1, 'str.slice': 3, 'str.index': 2, 'str.convert': 3,
  'str.fstring': 3, 'str.percent': 1, 'str.method': 4, 'str.join': 3, 'str.chr': 1, 'str.call': 3, 'str.cond': 1,
  'str.obj': 1,
  'bool.lit': 2, 'bool.var': 3, 'bool.compare': 8, 'bool.chain': 2, 'bool.member': 3, 'bool.logic': 4,
  'bool.not': 2, 'bool.anyall': 2, 'bool.strtest': 2, 'bool.isinstance': 1, 'bool.obj': 1, 'bool.truth': 1,
  'list.lit': 4, 'list.var': 5, 'list.concat': 2, 'list.repeat': 1, 'list.slice': 3, 'list.sorted': 3,
  'list.range': 3, 'list.comp': 4, 'list.comp.nested': 1, 'list.map': 2, 'list.convert': 3, 'list.call': 2,
  'list.gen': 2,
  'strs.lit': 3, 'strs.var': 4, 'strs.split': 3, 'strs.comp': 2, 'strs.convert': 2, 'strs.sorted': 2,
  'tuple.lit': 3, 'tuple.var': 3, 'tuple.convert': 2, 'tuple.slice': 1, 'tuple.concat': 1, 'tuple.divmod': 1,
  'dict.lit': 3, 'dict.var': 4, 'dict.comp': 2, 'dict.zip': 2, 'dict.merge': 2, 'dict.fromkeys': 1,
  'set.lit': 3, 'set.var': 4, 'set.convert': 3, 'set.ops': 3, 'set.comp': 2,
  'obj.var': 4, 'obj.new': 3, 'obj.add': 1,
  // Statements.
  'stmt.assign': 10, 'stmt.augassign': 5, 'stmt.print': 8, 'stmt.listmut': 4, 'stmt.dictmut': 3, 'stmt.setmut': 2,
  'stmt.objmut': 2, 'stmt.if': 6, 'stmt.for.range': 5, 'stmt.for.iter': 4, 'stmt.for.items': 2,
  'stmt.for.enumerate': 2, 'stmt.for.gen': 1, 'stmt.while': 3, 'stmt.try': 3, 'stmt.raise': 1, 'stmt.assert': 1,
  'stmt.break': 2, 'stmt.continue': 2, 'stmt.return': 2, 'stmt.yield': 6, 'stmt.closure': 2, 'stmt.unpack': 2,
  'stmt.del': 1, 'stmt.raw': 1,
} as const;

export type WeightKey = keyof typeof DEFAULT_WEIGHTS;
export type Weights = Readonly<Record<WeightKey, number>>;
