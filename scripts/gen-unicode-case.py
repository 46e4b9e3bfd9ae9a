"""Generate src/runtime/unicode-case-data.ts: the per-code-point Unicode data
behind CPython 3.12's str case methods and str predicates (Unicode 15.0).
Node's ICU carries a newer Unicode and JS case mapping differs from Python's,
so everything is read off CPython's own str methods.

Run with CPython 3.12:  python3 scripts/gen-unicode-case.py > src/runtime/unicode-case-data.ts

Two tables:
- flags: the character properties of Objects/unicodectype.c that the str
  methods consult, run-length encoded over all of 0..0x10FFFF;
- case mappings: _PyUnicode_ToUpperFull / ToLowerFull / ToTitleFull /
  ToFoldedFull, stored as runs of equal code point deltas (title as its
  differences from upper, casefold as its differences from lower), with the
  few multi-character results listed apart.
"""
import sys
import unicodedata

assert sys.version_info[:2] == (3, 12), "run with CPython 3.12"

N = 0x110000
SIGMA = '\u03a3'
DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'


def base36(n):
    if n < 0:
        return '-' + base36(-n)
    s = ''
    while True:
        n, r = divmod(n, 36)
        s = DIGITS[r] + s
        if n == 0:
            return s


# Bit order must match the FLAG_* constants in src/runtime/str-case.ts.
FLAG_NAMES = ['ALPHA', 'DECIMAL', 'DIGIT', 'NUMERIC', 'SPACE', 'PRINTABLE', 'UPPER', 'LOWER',
              'TITLE', 'CASED', 'CASE_IGNORABLE', 'XID_START', 'XID_CONTINUE']


def flags_of(cp):
    c = chr(cp)
    # Single-character str methods read the flags directly: isupper/islower of
    # one character are Py_UNICODE_ISUPPER/ISLOWER, istitle is ISTITLE||ISUPPER.
    upper, lower = c.isupper(), c.islower()
    title = c.istitle() and not upper
    # do_title sets previous_is_cased = _PyUnicode_IsCased(c): the 'A' after c
    # is lowered exactly when c is cased.
    cased = (c + 'A').title()[-1] == 'a'
    # handle_capital_sigma skips case-ignorable characters in both directions.
    # Before the sigma ('A' c Σ) a final sigma means ignorable or cased; after
    # it ('AΣ' c) it means ignorable or not cased.
    if cased:
        ignorable = (('A' + SIGMA + c).lower()[1] == '\u03c2')
    else:
        ignorable = (('A' + c + SIGMA).lower()[-1] == '\u03c2')
    bits = [c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(), c.isprintable(),
            upper, lower, title, cased, ignorable,
            # '_' is accepted by isidentifier() but is not XID_Start; the
            # runtime tests it apart, as unicodeobject.c does.
            c.isidentifier() and c != '_', ('a' + c).isidentifier()]
    return sum(1 << i for i, b in enumerate(bits) if b)


flags = [flags_of(cp) for cp in range(N)]
# Runs of equal flags; each run's flag value goes through a palette so that a
# run costs its length plus one palette character.
runs = []
start = 0
for cp in range(1, N + 1):
    if cp == N or flags[cp] != flags[start]:
        runs.append((cp - start, flags[start]))
        start = cp
palette = sorted({f for _, f in runs}, key=lambda f: -sum(1 for _, g in runs if g == f))
ALPHABET = DIGITS + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&()*+,-./:;<=>?@[]^_{|}~'
assert len(palette) <= len(ALPHABET), len(palette)


def mapping(method):
    return {cp: getattr(chr(cp), method)() for cp in range(N)}


upper = mapping('upper')
lower = mapping('lower')
title = mapping('title')
casefold = mapping('casefold')
# One character alone: lower() of Σ has no cased letter before it, so it is
# ToLowerFull; title() is ToTitleFull.
assert lower[0x3A3] == '\u03c3'


def encode_mapping(result, base):
    """Code points whose result differs from base(cp): single-character results
    as runs 'gap,delta[,count,stride]' (gap from the previous run's first code
    point), multi-character ones as 'cp:cp.cp.cp' in base 36."""
    singles, multis = [], []
    for cp in range(N):
        r = result[cp]
        if r == base(cp):
            continue
        if len(r) == 1:
            singles.append((cp, ord(r) - cp))
        else:
            multis.append(base36(cp) + ':' + '.'.join(base36(ord(ch)) for ch in r))
    tokens, prev, i = [], 0, 0
    while i < len(singles):
        cp, delta = singles[i]
        # The longest run of equal deltas with stride 1 or 2 from here.
        best_n, best_s = 1, 1
        for stride in (1, 2):
            n = 1
            while (i + n < len(singles) and singles[i + n] == (cp + n * stride, delta)):
                n += 1
            if n > best_n:
                best_n, best_s = n, stride
        tok = base36(cp - prev) + ',' + base36(delta)
        if best_n > 1:
            tok += ',' + base36(best_n) + ',' + str(best_s)
        tokens.append(tok)
        prev = cp
        i += best_n
    return ' '.join(tokens), ' '.join(multis)


def identity(cp):
    return chr(cp)


tables = {
    'UPPER': encode_mapping(upper, identity),
    'LOWER': encode_mapping(lower, identity),
    'TITLE': encode_mapping(title, lambda cp: upper[cp]),
    'CASEFOLD': encode_mapping(casefold, lambda cp: lower[cp]),
}

out = [f"""// Generated by scripts/gen-unicode-case.py from CPython {sys.version.split()[0]}'s str methods
// (Unicode {unicodedata.unidata_version}). Do not edit.

/** Property bits, in the order of FLAG_* in str-case.ts: {' '.join(FLAG_NAMES)}. */
export const FLAG_PALETTE: readonly number[] = [{', '.join(str(f) for f in palette)}];

/** The flag value of each run, as one character per run indexing FLAG_PALETTE through FLAG_ALPHABET. */
export const FLAG_ALPHABET = {ALPHABET!r};

/** Lengths of the runs of equal flags from U+0000, base 36. */
export const FLAG_RUN_LENGTHS =
  '{' '.join(base36(n) for n, _ in runs)}';

export const FLAG_RUN_VALUES =
  '{''.join(ALPHABET[palette.index(f)] for _, f in runs)}';
"""]
for name, (singles, multis) in tables.items():
    base = {'UPPER': 'the code point', 'LOWER': 'the code point',
            'TITLE': 'upper()', 'CASEFOLD': 'lower()'}[name]
    out.append(f"""
/** str.{name.lower()}() of one character where it differs from {base}: single-character runs. */
export const {name}_SINGLE =
  '{singles}';

/** str.{name.lower()}() of one character where it is several characters. */
export const {name}_MULTI =
  '{multis}';
""")
sys.stdout.write(''.join(out))
