// Property: seeded random.Random instances give CPython's exact results (bit
// for bit floats, same ints, same errors) over long random call sequences of
// every method. The call sequences come from a seeded JS generator, so runs
// repeat; each task runs its whole batch in one CPython process.
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

function generator(seed: number): { seedExpr: string; calls: string[] } {
  const r = rng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const num = (): string => pick([String(int(-50, 50)), (r() * 20 - 10).toFixed(3), (r() * 3).toFixed(2), '0', '1', '2**70']);
  const pos = (): string => pick([(r() * 5 + 0.01).toFixed(3), String(int(1, 30)), '0.5', '1.0', '1e-7', '250.0']);
  const seq = (): string => pick(['"abcdefg"', 'list(range(10))', 'range(1000)', 'range(10**12)', '(1, 2, 3)', '"x"', '[]', 'list(range(60))']);
  const CALLS: (() => string)[] = [
    () => 'random()',
    () => `getrandbits(${pick([0, 1, 7, 31, 32, 33, 53, 64, 65, 127, 128, 300])})`,
    () => `randrange(${int(-5, 2 ** 20)})`,
    () => `randrange(${int(-100, 100)}, ${int(-100, 100)}${pick(['', `, ${int(-7, 7)}`])})`,
    () => `randrange(${pick(['2**64', '10**30', '3**90'])})`,
    () => `randint(${int(-100, 100)}, ${int(-100, 200)})`,
    () => `randbytes(${int(0, 20)})`,
    () => `choice(${seq()})`,
    () => `shuffle_copy(${seq()})`,
    () => `sample(${seq()}, ${int(0, 25)})`,
    () => `sample(${pick(['"abc"', '["x", "y"]'])}, ${int(0, 6)}, counts=${pick(['[2, 3, 1]', '[5, 1]', '[0, 4]'])})`,
    () => `choices(${seq()}, k=${int(0, 8)})`,
    () => `choices("abc", ${pick(['[1, 2, 3]', '[0.5, 0, 2.5]', '[1, 1]', '[0, 0, 0]'])}, k=${int(1, 6)})`,
    () => `choices("abcd", cum_weights=${pick(['[1, 2, 3, 4]', '[0.1, 0.1, 5, 5.5]'])}, k=${int(1, 6)})`,
    () => `uniform(${num()}, ${num()})`,
    () => `triangular(${pick(['', `${num()}, ${num()}`, `${num()}, ${num()}, ${num()}`, '1, 1, 1'])})`,
    () => `gauss(${pick(['', `${num()}, ${pos()}`])})`,
    () => `normalvariate(${pick(['', `${num()}, ${pos()}`])})`,
    () => `lognormvariate(${num()}, ${pos()})`,
    () => `expovariate(${pick(['', pos(), num()])})`,
    () => `vonmisesvariate(${num()}, ${pick([pos(), '0', '1e-7'])})`,
    () => `gammavariate(${pos()}, ${pos()})`,
    () => `betavariate(${pos()}, ${pos()})`,
    () => `paretovariate(${pos()})`,
    () => `weibullvariate(${pos()}, ${pos()})`,
    () => `binomialvariate(${int(0, 2000)}, ${pick(['0.5', '0.01', '0.3', '0.9', '0.999', (r()).toFixed(4), '0.0', '1.0'])})`,
    () => 'getstate_roundtrip()',
  ];
  const seedExpr = pick([String(int(0, 2 ** 31)), String(-int(0, 1000)), `2**${int(32, 200)} + ${int(0, 99)}`, `"s${int(0, 999)}"`, `b"b${int(0, 9)}"`, `${(r() * 100).toFixed(2)}`]);
  return { seedExpr, calls: Array.from({ length: 250 }, () => pick(CALLS)()) };
}

const BODY = `
def shuffle_copy(xs):
    xs = list(xs)
    rng.shuffle(xs)
    return xs

def getstate_roundtrip():
    st = rng.getstate()
    a = [rng.random(), rng.gauss()]
    rng.setstate(st)
    return a == [rng.random(), rng.gauss()]

ns = {'shuffle_copy': shuffle_copy, 'getstate_roundtrip': getstate_roundtrip}
for name in dir(rng):
    if not name.startswith('_'):
        ns[name] = getattr(rng, name)
for call in calls:
    try:
        print(call, repr(eval(call, ns)))
    except Exception as e:
        print(call, type(e).__name__, e)
`;

const tasks: RunTask[] = [];
for (let seed = 1; seed <= 8; seed++) {
  const { seedExpr, calls } = generator(seed);
  const list = calls.map((c) => JSON.stringify(c)).join(',\n    ');
  tasks.push({ id: `random_calls_${seed}`, source: `import random\nrng = random.Random(${seedExpr})\ncalls = [\n    ${list}\n]\n${BODY}` });
}

// CPython's math.log (and sin, cos, log2, pow) come from glibc, which is not correctly rounded:
// in 80000 exp/log calls on gammavariate-like inputs glibc gave 63 results one
// ulp away from the correctly rounded ones. exp now emulates glibc exactly
// (runtime/glibc-exp.ts); log, sin, cos, log2 and pow are still correctly rounded.
const KNOWN: Record<string, string> = {
  random_calls_1: "gammavariate(5, 1e-7): glibc's log is not correctly rounded and etpy's is (1 ulp apart); exp is emulated exactly",
};

describeRuns('random: long seeded call sequences give CPython 3.12\'s results', tasks, KNOWN, { steps: false });
