// libm-dd.ts, the double-double first phase of sin, cos and pow (halves and
// small integer exponents), must give the
// double the big-integer phase gives (that phase is the correctly rounded
// reference; math-module.test.ts checks both phases together against
// CPython), and must decide almost every argument itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sinCosFast } from '../../src/runtime/libm-dd.js';
import { ddConstants, pow, sinCosExact } from '../../src/runtime/libm.js';

const args = fc.oneof(
  fc.double({ min: -8, max: 8, noNaN: true }),
  fc.double({ min: -(2 ** 19), max: 2 ** 19, noNaN: true }),
  fc.integer({ min: -(2 ** 19) + 1, max: 2 ** 19 - 1 }).map((n) => n),
  fc.double({ min: 2 ** -26, max: 1e-3, noNaN: true }),
  // Near multiples of π/2, where the reduction cancels most bits.
  fc.tuple(fc.integer({ min: -300000, max: 300000 }), fc.integer({ min: -64, max: 64 }))
    .map(([k, ulps]) => {
      const x = k * (Math.PI / 2);
      return x + ulps * Math.abs(x) * 2 ** -52;
    }),
).filter((x) => Math.abs(x) >= 2 ** -26);

describe('sin and cos: the double-double phase', () => {
  it('gives the correctly rounded result or declines (20,000 arguments per function)', () => {
    const c = ddConstants();
    let declined = 0;
    let total = 0;
    fc.assert(fc.property(args, (x) => {
      for (const wantSin of [true, false]) {
        total++;
        const fast = sinCosFast(x, wantSin, c);
        if (Number.isNaN(fast)) {
          declined++;
          continue;
        }
        const want = sinCosExact(x, wantSin);
        expect(fast, `${wantSin ? 'sin' : 'cos'}(${x})`).toBe(want);
      }
    }), { seed: 20261130, numRuns: 10_000 });
    // Large |x| (≥ 2^19) and the rare undecided cases go to the slow phase.
    expect(declined / total).toBeLessThan(0.002);
  });

  it('keeps π/2 to better than 2^-119 in three parts', () => {
    const [c1, c2, c3] = ddConstants().reduce;
    expect(c1 + c2 + c3).toBe(Math.PI / 2);
    expect(Math.abs(c3)).toBeLessThan(2 ** -60);
  });
});

describe('pow with exponents n/2: the double-double phase', () => {
  it('gives what the big-integer phase gives (20,000 pairs)', () => {
    const base = fc.oneof(
      fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
      fc.double({ min: 0.5, max: 2, noNaN: true }),
      fc.integer({ min: 2, max: 100000 }).map((n) => n),
      fc.double({ min: 1e-300, max: 1e300, noNaN: true }),
    ).filter((x) => x > 0 && x !== 1);
    const exponent = fc.integer({ min: -130, max: 130 }).filter((n) => n !== 0).map((n) => n / 2);
    fc.assert(fc.property(base, exponent, (x, y) => {
      expect(pow(x, y), `pow(${x}, ${y})`).toBe(pow(x, y, false));
    }), { seed: 20261130, numRuns: 20_000 });
  });

  it('settles exact squares and exact powers', () => {
    for (const [x, y] of [[4, 0.5], [4, 1.5], [0.25, -1.5], [9, 2.5], [3, 2], [1.5, 3], [2, -3], [10, 10], [1e-5, 2]] as const) {
      expect(pow(x, y), `pow(${x}, ${y})`).toBe(pow(x, y, false));
    }
  });
});
