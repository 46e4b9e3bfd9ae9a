// tsc does not copy plain .js files: put the precompiled grammar bundle (and
// the ohm runtime it imports) where dist/src/parser/semantics.js imports it from.
import { mkdirSync, copyFileSync } from 'node:fs';
mkdirSync('dist/grammar', { recursive: true });
for (const f of ['python.ohm-bundle.js', 'python.ohm-bundle.d.ts', 'ohm-runtime.js']) copyFileSync(`grammar/${f}`, `dist/grammar/${f}`);
