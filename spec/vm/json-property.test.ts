// Property: for random nested values, json.dumps (with random options) gives
// CPython's text, and json.loads of random texts (valid ones and corrupted
// ones) gives CPython's value or its exact JSONDecodeError message. The
// generator is seeded, so runs repeat; each task is one CPython process.
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

const STRS = ['""', '"a"', '"héllo"', '"tab\\there"', '"q\\"uote"', '"back\\\\slash"', '"\\U0001F600"', '"\\x00\\x1f\\x7f"', '"\\u2028"', '"\\ud800"'];
const NUMS = ['0', '-1', '7', '10**20', '-(2**70)', '1.5', '-0.0', '1e-7', '1e16', '0.1', '123456.789', 'float("nan")', 'float("inf")', '-float("inf")', '2.5e300'];
const KEYS = ['"k"', '"a"', '"b"', '"é"', '1', '2.5', 'True', 'None', 'False', '-3', '"z z"'];
const TEXT_PARTS = ['{', '}', '[', ']', ',', ':', ' ', '\n', '"', '\\', 'u', '1', '-', '.', 'e', 'x', 'null', 'tru', 'NaN', '"a"', '0', '\t', '\\u12'];

function generator(seed: number): { values: string[]; texts: string[] } {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const value = (d: number): string => {
    const x = r();
    if (d > 3 || x < 0.45) return pick([...STRS, ...NUMS, 'None', 'True', 'False']);
    if (x < 0.65) return `[${Array.from({ length: Math.floor(r() * 4) }, () => value(d + 1)).join(', ')}]`;
    if (x < 0.72) {
      const n = Math.floor(r() * 3);
      return n === 0 ? '()' : `(${Array.from({ length: n }, () => value(d + 1)).join(', ')},)`;
    }
    return `{${Array.from({ length: Math.floor(r() * 4) }, () => `${pick(KEYS)}: ${value(d + 1)}`).join(', ')}}`;
  };
  const values = Array.from({ length: 60 }, () => value(0));
  const texts = Array.from({ length: 120 }, () => Array.from({ length: Math.floor(r() * 8) }, () => pick(TEXT_PARTS)).join(''));
  return { values, texts };
}

const BODY = `
OPTIONS = [{}, {'indent': 2}, {'sort_keys': True}, {'ensure_ascii': False}, {'separators': (',', ':')},
           {'indent': '\\t', 'sort_keys': True}, {'allow_nan': False}, {'indent': 0, 'ensure_ascii': False}, {'skipkeys': True}]
for i, v in enumerate(values):
    for opts in OPTIONS[i % 3::3]:
        try:
            text = json.dumps(v, **opts)
            back = json.loads(text)
            print(i, repr(text), repr(back))
        except Exception as e:
            print(i, opts, type(e).__name__, e)
for t in texts:
    for s in (t, '[' + t + ']', '{"k": ' + t + '}'):
        try:
            print(repr(s), repr(json.loads(s)))
        except json.JSONDecodeError as e:
            print(repr(s), e.msg, e.pos, e.lineno, e.colno)
        except Exception as e:
            print(repr(s), type(e).__name__, e)
`;

const tasks: RunTask[] = [];
for (let seed = 1; seed <= 5; seed++) {
  const { values, texts } = generator(seed);
  tasks.push({
    id: `json_random_${seed}`,
    source: `import json\nvalues = [\n    ${values.join(',\n    ')}\n]\ntexts = [\n    ${texts.map((t) => JSON.stringify(t)).join(',\n    ')}\n]\n${BODY}`,
  });
}

describeRuns('json: random values and texts behave as in CPython 3.12', tasks, {}, { steps: false });
