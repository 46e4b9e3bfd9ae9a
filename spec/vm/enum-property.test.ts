// Property: generated Enum/IntEnum/StrEnum/Flag/IntFlag classes (random
// member values, auto(), aliases, mixins, boundaries, @unique, the functional
// API) behave as in CPython 3.12: class-creation errors, members, iteration,
// lookups by value and name, repr/str/format, comparisons, flag combinations
// and their reprs, and the errors of bad lookups. Cases come from fast-check
// with fixed seeds; each task runs its batch in one CPython process.
import fc from 'fast-check';
import { describeRuns, type RunTask } from './run-compare.js';

const NAMES = ['RED', 'GREEN', 'BLUE', 'A', 'B', 'C', 'X', 'Y', 'ZED', 'ALPHA'];

interface Case { src: string; ops: string[] }

const memberNames = fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 5 });

function enumClass(): fc.Arbitrary<Case> {
  const kind = fc.constantFrom('Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'int, Enum', 'str, Enum', 'Enum', 'Flag');
  return fc.tuple(kind, memberNames, fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 10, maxLength: 10 }),
    fc.constantFrom('', '', '', ', boundary=STRICT', ', boundary=CONFORM', ', boundary=EJECT', ', boundary=KEEP'),
    fc.boolean(), fc.integer({ min: 0, max: 9 }), fc.array(fc.integer({ min: -3, max: 40 }), { minLength: 6, maxLength: 6 }),
    fc.constantFrom('', '', '', 'str', 'repr', 'missing'))
    .map(([k, names, rolls, boundary, uniq, aliasRoll, probes, extra]) => {
      const isFlag = k.includes('Flag');
      const lines: string[] = [];
      const values: string[] = [];
      names.forEach((n, i) => {
        const r = rolls[i]!;
        let v: string;
        if (r < 30) v = 'auto()';
        else if (isFlag) v = r < 70 ? String(2 ** (r % 5)) : r < 85 ? String((r % 7) + 1) : r < 92 ? '0' : "'x'";
        else if (k === 'StrEnum' || k === 'str, Enum') v = r < 80 ? `'${n.toLowerCase()}${r % 3}'` : r < 90 ? String(r) : `'${['a', 'b'][r % 2]}'`;
        else if (k === 'Enum') v = r < 55 ? String(r % 6) : r < 70 ? `'${n[0]!.toLowerCase()}'` : r < 80 ? `(${r % 3}, 'x')` : r < 90 ? `${r % 4}.5` : '[1, 2]';
        else v = r < 80 ? String(r % 8) : r < 90 ? `'${r % 8}'` : "'x'";
        values.push(v);
        lines.push(`    ${n} = ${v}`);
      });
      if (aliasRoll < 3 && names.length > 1) lines.push(`    ALIAS = ${values[0]}`);
      if (extra === 'str') lines.push('    def __str__(self):\n        return f"<{self.name}>"');
      if (extra === 'repr') lines.push('    def __repr__(self):\n        return f"R({self.name})"');
      if (extra === 'missing') lines.push('    @classmethod\n    def _missing_(cls, value):\n        return None if value != 99 else list(cls)[0]');
      const bnd = isFlag ? boundary : '';
      const src = `${uniq ? '@unique\n' : ''}class C(${k}${bnd}):\n${lines.join('\n')}\n`;
      const first = names[0]!;
      const last = names[names.length - 1]!;
      const ops = [
        'list(C)', 'len(C)', '[(m.name, m.value) for m in C]', 'list(C.__members__)', 'repr(C)', 'str(C)',
        `repr(C.${first})`, `str(C.${first})`, `format(C.${first})`, `f'{C.${last}}|{C.${last}!r}'`, `format(C.${first}, '>12')`,
        `C.${first}.name`, `C.${first}.value`, `C['${last}']`, "C['nope']", `C(C.${last}.value)`, `C.${first} is C(C.${first}.value)`,
        `C.${first} == C.${last}`, `C.${first} != C.${last}`, `C.${first} < C.${last}`, `C.${first} == C.${first}.value`,
        `C.${first} in C`, `${probes[0]} in C`, `isinstance(C.${first}, int)`, `type(C.${first}).__name__`,
        `list(reversed(C))`, `C.${first}._name_, C.${first}._value_`, 'C.__name__, C.__qualname__',
        `hash(C.${first}) == hash(C.${first}._name_)`, 'bool(list(C)[-1])', `sorted(C.__members__.items())[:2]`,
        ...probes.map((p) => `C(${p})`), "C('x')", 'C(99)', `C[${probes[1]}]`,
        `C.${first} + 1`, `C.${first} * 2`, `C.${first} | C.${last}`, `C.${first} & C.${last}`, `C.${first} ^ C.${last}`, `~C.${first}`,
        `list(C.${first} | C.${last})`, `len(C.${first} | C.${last})`, `(C.${first} | C.${last}).name`, `(C.${first} | C.${last}).value`,
        `C.${first} in (C.${first} | C.${last})`, `str(C.${first} | C.${last})`, `format(C.${first} | C.${last})`,
        `C(${probes[2]}) | C(${probes[3]})`, `repr(~(C.${first} | C.${last}))`, `C.${first} | ${probes[4]}`, `C.${first} & ${probes[5]}`,
        `C(0)`, `bool(C(0))`, `C.${first}.upper()`, `C.${first} + 'z'`,
        `setattr(C, '${first}', 5)`, `delattr(C, '${first}')`, `C.${first}.__class__.__mro__`,
      ];
      return { src, ops };
    });
}

const functional: fc.Arbitrary<Case> = fc.tuple(
  fc.constantFrom('Enum', 'IntEnum', 'Flag', 'StrEnum', 'IntFlag'),
  fc.constantFrom("'A B C'", "'A,B'", "['X', 'Y']", "[('X', 3), ('Y', 5)]", "{'P': 1, 'Q': 2}", "'ONE'", "[('X', 'a'), ('Y', 'b')]"),
  fc.constantFrom('', ', start=0', ', start=10'),
).map(([k, spec, start]) => ({
  src: `C = ${k}('C', ${spec}${start})\n`,
  ops: ['list(C)', '[(m.name, m.value) for m in C]', 'repr(C)', 'repr(list(C)[0])', 'str(list(C)[-1])', 'C(1)', 'C(2)', 'C(3)', "C['A']", 'len(C)',
    'list(C)[0] | list(C)[-1]'],
}));

const caseArb = fc.oneof({ weight: 6, arbitrary: enumClass() }, { weight: 1, arbitrary: functional });

const BODY = `
for src, ops in cases:
    print('---')
    print(src, end='')
    ns = {'__name__': 'gen'}
    exec('from enum import *', ns)
    try:
        exec(src, ns)
    except Exception as e:
        print('class:', type(e).__name__, e)
        continue
    for op in ops:
        try:
            print(op, '->', repr(eval(op, ns)))
        except Exception as e:
            print(op, '->', type(e).__name__, e)
`;

const tasks: RunTask[] = [];
for (let seed = 1; seed <= 8; seed++) {
  const cases = fc.sample(caseArb, { seed: 5300 + seed, numRuns: 40 });
  const list = cases.map((c) => `(${JSON.stringify(c.src)}, [\n        ${c.ops.map((o) => JSON.stringify(o)).join(',\n        ')}])`).join(',\n    ');
  tasks.push({ id: `enum_random_${seed}`, source: `cases = [\n    ${list}\n]\n${BODY}` });
}

describeRuns('enum: generated enum classes behave as in CPython 3.12', tasks, {}, { steps: false });
