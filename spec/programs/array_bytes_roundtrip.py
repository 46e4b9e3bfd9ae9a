from array import array
for tc in "bBhHiIlLqQfdu":
    a = array(tc, "xyz" if tc == "u" else [1, 2, 3])
    b = a.tobytes()
    c = array(tc)
    c.frombytes(b)
    print(tc, b, c, c == a)
print(array("q", [-2**63, 2**63-1]).tobytes(), array("Q", [2**64-1]).tobytes(), array("b", [-1, -128]).tobytes(), array("h", [-2]).tobytes(), array("i", [-5]).tobytes())
for tc in "bhilqBHILQ":
    c = array(tc); c.frombytes(b"\xff" * 8); print(c)
print(array("u", "\U0001F600a").tobytes(), array("f", [1.1, -0.0, float("inf")]).tobytes())
