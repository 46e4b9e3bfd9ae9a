def classify(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "complex"
        case str() as s if len(s) > 3:
            return "long str " + s
        case int(n) if n > 100:
            return f"big {n}"
        case other:
            return f"other {other!r}"
for v in [0, 2, "hello", None, True, False, -1, 1.5, 2j, "abcdef", "ab", 500, 50, 1.0, [1]]:
    print(classify(v))
