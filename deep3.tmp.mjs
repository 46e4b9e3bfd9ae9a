const { parse, dump } = await import('/work/main/dist/src/parser/index.js');
for (const [name, mk] of [['attr', n => 'x' + '.a'.repeat(n)], ['neg', n => '-'.repeat(n) + '1'], ['sub', n => 'x' + '[0]'.repeat(n)], ['binop', n => 'a' + '+a'.repeat(n)]]) {
  for (const n of [2993, 2994]) { try { const d = dump(parse(mk(n))); console.log(name, n, 'OK', d.length); } catch (e) { console.log(name, n, e.type, e.msg ?? e.message); } }
}
