# float %, // and divmod with an infinite or NaN operand give NaN as in C
# (fmod gives NaN, which C treats as true; found by the fuzzer).
inf = float("inf")
nan = float("nan")
for a, b in [(inf, inf), (inf, 2.0), (2.0, inf), (-2.0, inf), (inf, -inf), (5.5, -inf), (nan, 1.0), (1.0, nan), (-0.0, 3.0), (0.0, -3.0)]:
    try:
        print(a, b, a % b, divmod(a, b), a // b)
    except Exception as e:
        print(a, b, type(e).__name__, e)
