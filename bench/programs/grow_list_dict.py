# Growing containers: a list that gains an item and a dict that gains a key
# at almost every step; with full-state tracing every event shows both, so a
# naive tracer does O(steps x size) repr work. About 14,000 line events.
squares = []
index = {}
i = 0
while i < 3200:
    squares.append(i * i % 1000)
    if i % 3 == 0:
        index[i] = len(squares)
    i += 1
print(len(squares), sum(squares), len(index), index[3198])
