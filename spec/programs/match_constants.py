class Color:
    RED = 1
    GREEN = 2
def name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case _:
            return "?"
print(name(1), name(2), name(3))
match 3:
    case 1 | 2:
        print("no")
    case (3 | 4) as n:
        print("or-as", n)
match [1, 2]:
    case [1, 2] | [2, 1]:
        print("either order")
x = 0
match x:
    case 0 if False:
        print("guard false")
    case 0:
        print("second case")
match 1.0:
    case 1:
        print("1.0 matches 1")
match True:
    case 1:
        print("True matches 1?")
    case _:
        print("True does not match literal 1")
