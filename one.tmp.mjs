import { parse } from './dist/src/parser/index.js';
import { readFileSync } from 'node:fs';
try { parse(readFileSync(process.argv[2], 'utf8')); console.log('ok'); } catch (e) { console.log(e.type, e.msg, e.lineno, e.offset, JSON.stringify(e.text)); }
