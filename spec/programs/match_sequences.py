def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [first, *rest] if len(rest) > 3:
            return f"long first={first} rest={rest}"
        case [1, *middle, 9]:
            return f"1..9 middle={middle}"
        case [*init, last]:
            return f"init={init} last={last}"
        case _:
            return "not a sequence"
for v in [[], [1], (1, 2), [1, 2, 3, 4, 5], [1, 5, 9], [4, 5, 6], "abc", {1: 2}, range(2), 7]:
    print(seq(v))
match (1, (2, 3)):
    case (a, (b, c)):
        print(a, b, c)
match [1, [2, [3, 4]]]:
    case [_, [_, [x, *_]]]:
        print("deep", x)
match "xy":
    case [a, b]:
        print("str matched?")
    case _:
        print("str is not a sequence pattern")
