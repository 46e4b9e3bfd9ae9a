// Replaces `Op.NAME` with the opcode's number in the compiled VM (dist/src/vm),
// as a C compiler would fold an enum: V8 does not fold those property loads,
// so every `case Op.NAME:` of the eval loop's switch was a load and a compare
// (fib ran 1.6x slower). The source keeps the names; the table stays the one
// truth (src/bytecode/opcodes.ts). Run after tsc (npm run build).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = new URL('../dist/src/', import.meta.url);
const { Op } = await import(new URL('bytecode/opcodes.js', dist).href);
const dir = fileURLToPath(new URL('vm/', dist));
let total = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const path = `${dir}${file}`;
  const text = readFileSync(path, 'utf8');
  let count = 0;
  const out = text.replace(/\bOp\.([A-Z_][A-Z0-9_]*)\b/g, (whole, name) => {
    if (!Object.prototype.hasOwnProperty.call(Op, name)) return whole;
    count++;
    return `${Op[name]} /* ${name} */`;
  });
  if (count > 0) writeFileSync(path, out);
  total += count;
}
console.log(`inlined ${total} opcode numbers in dist/src/vm`);
