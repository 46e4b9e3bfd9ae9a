# heapq.merge holds its iterators as CPython's does: closing a suspended merge
# closes them in CPython's order.
import heapq

def multiples(k, log):
    try:
        n = 0
        while True:
            n += k
            yield n
    finally:
        log.append(k)

def smallest(count, ks):
    log = []
    merged = heapq.merge(*[multiples(k, log) for k in ks])
    out = [next(merged) for _ in range(count)]
    return out, log

def run(count, ks):
    out, log = smallest(count, ks)
    print(out, log)

run(5, [2, 3, 5])
run(12, [2, 7, 13, 19])
run(3, [5, 3, 2, 7, 11])
m = heapq.merge([1, 4], [2, 3], key=lambda v: -v, reverse=True)
print(list(m))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge('ace', 'bdf', key=str.upper)))
print(list(heapq.merge([], [1], [])))
