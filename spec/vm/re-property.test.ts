// Property: for random patterns and subjects, etpy's re gives CPython's
// results (compile errors, search span/groups/lastindex, findall, sub, split,
// fullmatch, match at pos 1). The generator is seeded, so runs repeat.
import { describeRuns, type RunTask } from './run-compare.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ATOMS = ['a', 'b', '.', '\\d', '\\w', '\\s', '\\W', '[ab]', '[^a]', '[a-c1]', '\\b', '\\B', '^', '$', '\\A', '\\Z', ' ', 'A', 'é', '[\\w ]', 'x', '\\n'];
const QUANTS = ['*', '+', '?', '{2}', '{1,2}', '{,2}', '{2,}'];
const ALPHABET = ['a', 'b', ' ', '\n', '1', '_', 'A', 'é'];

function generator(seed: number): () => [string, string] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const alt = (d: number): string => Array.from({ length: 1 + Math.floor(r() * 2) }, () => seq(d)).join('|');
  const seq = (d: number): string => Array.from({ length: Math.floor(r() * 4) }, () => quant(d)).join('');
  const quant = (d: number): string => {
    const a = atom(d);
    if (r() < 0.6) return a;
    return a + pick(QUANTS) + pick(['', '', '?', '+']);
  };
  const atom = (d: number): string => {
    const x = r();
    if (d > 3 || x < 0.35) return pick(ATOMS);
    if (x < 0.5) return `(${alt(d + 1)})`;
    if (x < 0.57) return `(?:${alt(d + 1)})`;
    if (x < 0.62) return `(?=${alt(d + 1)})`;
    if (x < 0.66) return `(?!${alt(d + 1)})`;
    if (x < 0.7) return `(?<=${pick(['a', 'b', 'ab', '[ab]', '\\w', '(a)'])})`;
    if (x < 0.73) return `(?<!${pick(['a', 'b', 'ab', '\\s'])})`;
    if (x < 0.77) return `(?>${alt(d + 1)})`;
    if (x < 0.8) return `(?i:${alt(d + 1)})`;
    if (x < 0.85) return '\\1';
    if (x < 0.88) return `(?P<n${Math.floor(r() * 10)}>${alt(d + 1)})`;
    if (x < 0.9) return '(?(1)a|b)';
    return pick(['a', 'b']);
  };
  return () => {
    const p = pick(['', '(?i)', '(?m)', '(?s)', '(?a)', '(?x)', '']) + alt(0);
    const s = Array.from({ length: Math.floor(r() * 9) }, () => pick(ALPHABET)).join('');
    return [p, s];
  };
}

const pyStr = (s: string): string => JSON.stringify(s).replace(/\\u([0-9a-f]{4})/g, '\\u$1');

const BODY = `
for p, s in cases:
    try:
        r = re.compile(p)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
        continue
    m = r.search(s)
    m1 = r.match(s, 1)
    print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), r.findall(s), r.sub('<\\\\g<0>>', s),
          r.split(s), r.fullmatch(s) is not None, m1 and m1.span())
`;

const tasks: RunTask[] = [];
for (let seed = 1; seed <= 6; seed++) {
  const next = generator(seed);
  const cases = Array.from({ length: 150 }, () => next());
  const list = cases.map(([p, s]) => `(${pyStr(p)}, ${pyStr(s)})`).join(',\n    ');
  tasks.push({ id: `re_random_${seed}`, source: `import re\ncases = [\n    ${list}\n]\n${BODY}` });
}

describeRuns('re: random patterns behave as in CPython 3.12', tasks, {}, { steps: false });
