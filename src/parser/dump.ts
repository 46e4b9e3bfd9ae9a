// `ast.dump(node)` with CPython 3.12's defaults: fields in class order, no
// attributes, None-valued optional fields left out, lists always shown.
import { LOCATED, NODE_FIELDS, type Node } from './ast-nodes.js';
import { PyBytes, PyComplex, PyEllipsis, type PyConstant } from './constants.js';
import { floatRepr, complexRepr } from '../runtime/float-repr.js';
import { strRepr, bytesRepr } from '../runtime/str-repr.js';

export function constantRepr(value: PyConstant): string {
  if (value === null) return 'None';
  switch (typeof value) {
    case 'boolean': return value ? 'True' : 'False';
    case 'bigint': return value.toString();
    case 'number': return floatRepr(value);
    case 'string': return strRepr(value);
  }
  if (value instanceof PyBytes) return bytesRepr(value.bytes);
  if (value instanceof PyComplex) return complexRepr(value.real, value.imag);
  if (value === PyEllipsis) return 'Ellipsis';
  throw new Error('unknown constant');
}

type Dumpable = Node | PyConstant | Dumpable[];

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && '_type' in v;
}

/** `ast.dump(node)`, or `ast.dump(node, include_attributes=True)` when `includeAttributes`. */
export function dump(node: Node, includeAttributes = false): string {
  return format(node, '', includeAttributes);
}

const ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;

/** `asdlType` tells an `int` field (a JS number that is a Python int) from a `constant`. */
function format(v: Dumpable, asdlType: string, attrs: boolean): string {
  if (Array.isArray(v)) return `[${v.map((x) => format(x, asdlType, attrs)).join(', ')}]`;
  if (!isNode(v)) return asdlType === 'int' && typeof v === 'number' ? String(v) : constantRepr(v);
  const args: string[] = [];
  const record = v as unknown as Record<string, Dumpable>;
  for (const [name, kind, type] of NODE_FIELDS[v._type]) {
    const value = record[name];
    if (kind === 'optional' && value === null) continue;
    args.push(`${name}=${format(value, type, attrs)}`);
  }
  if (attrs && LOCATED.has(v._type)) {
    for (const name of ATTRIBUTES) args.push(`${name}=${record[name] as unknown as number}`);
  }
  return `${v._type}(${args.join(', ')})`;
}
