import { parse } from './dist/src/parser/index.js';
import { readFileSync, writeFileSync } from 'node:fs';
const srcs = ['mbpp','humaneval'].flatMap(f => readFileSync(`/work/shared/corpus/${f}.tasks.jsonl`,'utf8').trim().split('\n').map(l => JSON.parse(l).source));
let seed = 12345; const rnd = n => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const tokens = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '\n', '    ', '\t', '"', "'", 'f"{', '}', '\\', '#', 'if ', 'else', 'lambda', '*', '**', '.', '@', 'not ', ' in ', '0x', '1_', 'yield', 'async ', 'await ', ':=', '->', ';', '"""', 'match x:\n', 'case '];
const muts = [];
for (let i = 0; i < 3000; i++) {
  let s = srcs[rnd(srcs.length)];
  const k = 1 + rnd(3);
  for (let j = 0; j < k; j++) {
    const p = rnd(s.length + 1), op = rnd(3);
    if (op === 0) s = s.slice(0, p) + s.slice(p + 1 + rnd(5));
    else if (op === 1) s = s.slice(0, p) + tokens[rnd(tokens.length)] + s.slice(p);
    else { const q = rnd(s.length + 1); s = s.slice(0, p) + s.slice(q, q + 1 + rnd(8)) + s.slice(p); }
  }
  muts.push(s);
}
const out = [];
for (const s of muts) {
  const t = performance.now();
  let r;
  try { parse(s); r = 'ok'; } catch (e) { r = e.type ? `${e.type}|${e.msg}|${e.lineno}` : `JSERROR|${e.stack.split('\n').slice(0,4).join(' ')}`; }
  const ms = performance.now() - t;
  if (ms > 2000) r += `|SLOW ${ms}`;
  out.push(r);
}
writeFileSync('/tmp/fuzz.json', JSON.stringify({ muts, out }));
console.log('jserrors', out.filter(r => r.startsWith('JSERROR')).length, 'slow', out.filter(r => r.includes('SLOW')).length);
