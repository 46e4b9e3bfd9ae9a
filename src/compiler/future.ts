// `from __future__ import ...` (Python/future.c): which features a module
// turns on, and the errors for unknown or misplaced ones.
import type * as ast from '../parser/ast-nodes.js';
import { getDocString } from './codegen-stmt.js';

// co_flags bits of the features that still change compilation.
const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
const CO_FUTURE_ANNOTATIONS = 0x1000000;

const KNOWN_FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'generator_stop',
]);

export interface FutureFeatures {
  /** co_flags bits every code object of the module carries. */
  flags: number;
  /** Position of the last valid future import; later ones are errors. */
  lastLine: number;
  lastCol: number;
}

export interface FutureError { node: ast.ImportFrom; msg: string }

/** Scan the module's leading future imports; returns the features or the first error. */
export function parseFuture(mod: ast.Module): FutureFeatures | FutureError {
  const ff: FutureFeatures = { flags: 0, lastLine: -1, lastCol: -1 };
  const body = mod.body;
  for (let i = getDocString(body) !== null ? 1 : 0; i < body.length; i++) {
    const s = body[i]!;
    if (s._type !== 'ImportFrom' || s.module !== '__future__') break;
    for (const alias of s.names) {
      if (alias.name === 'barry_as_FLUFL') ff.flags |= CO_FUTURE_BARRY_AS_BDFL;
      else if (alias.name === 'annotations') ff.flags |= CO_FUTURE_ANNOTATIONS;
      else if (alias.name === 'braces') return { node: s, msg: 'not a chance' };
      else if (!KNOWN_FEATURES.has(alias.name)) return { node: s, msg: `future feature ${alias.name} is not defined` };
    }
    ff.lastLine = s.lineno;
    ff.lastCol = s.col_offset;
  }
  return ff;
}

export const FUTURE_ANNOTATIONS_FLAG = CO_FUTURE_ANNOTATIONS;
