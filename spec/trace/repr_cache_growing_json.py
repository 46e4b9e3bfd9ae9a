# A container whose repr is long and grows at the end is written as JSON
# bytes grown in place (etpy's repr cache): the bytes of every event must be
# those of that event's repr, through growth, escapes, non-ASCII text,
# changes in the middle, shrinking and several growing containers at once.
def grow_two():
    words = ["é\"\\\n" * 20]
    counts = {}
    other = list(range(40))
    i = 0
    while i < 60:
        words.append("ü€𝄞" * (i % 4) + str(i))
        counts[f"k{i}\t"] = [i] * (i % 3)
        other.append(i * 1.5)
        if i % 17 == 5:
            words[1] = "changed in the middle"
        if i % 23 == 7:
            words.pop()
        if i % 29 == 11:
            del counts[f"k{i - 1}\t"]
        i += 1
    return words, counts, other

def shrink_then_grow():
    xs = ["x" * 50, "y" * 50, "z" * 50]
    for n in range(30):
        xs.append(n)
        if n == 15:
            xs.clear()
            xs.append("again " * 30)
    return len(xs)

result = grow_two()
print(len(result[0]), len(result[1]), len(result[2]), shrink_then_grow())
