# queue (FIFO, LIFO, priority, simple; bounded put, non-blocking and timed
# calls, task_done) and keyword, as a BFS or a tokenizer uses them.
import queue
import keyword
from queue import Queue, PriorityQueue, LifoQueue, SimpleQueue, Empty, Full

graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
q = Queue()
q.put(1)
seen = {1}
order = []
while not q.empty():
    node = q.get()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            q.put(nxt)
print(order, q.qsize(), q.empty(), q.full(), q.unfinished_tasks)

pq = PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A')]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())], pq.queue)

lq = LifoQueue(maxsize=2)
lq.put('x')
lq.put_nowait('y')
print(lq.full(), lq.queue)
try:
    lq.put('z', block=False)
except Full as e:
    print('Full', type(e), repr(e), str(e))
try:
    lq.put('z', timeout=0.01)
except Full:
    print('Full after timeout')
try:
    lq.put('z', timeout=-1)
except ValueError as e:
    print(e)
print(lq.get(), lq.get_nowait())
try:
    lq.get_nowait()
except Empty as e:
    print('Empty', type(e), repr(e), isinstance(e, Exception))
try:
    lq.get(timeout=0)
except queue.Empty:
    print('Empty after timeout')
for _ in range(2):
    lq.task_done()
try:
    lq.task_done()
except ValueError as e:
    print(e)
lq.join()

sq = SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(block=False)
except Empty:
    print('SimpleQueue empty')
print(Queue, PriorityQueue, LifoQueue, SimpleQueue, Empty, Full)
print(Queue[int], SimpleQueue[str], issubclass(PriorityQueue, Queue), Queue.__doc__.split('\n')[0])
print(sorted(queue.__all__))

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print([w for w in ['if', 'match', 'print', 'None', 'type', 'await'] if keyword.iskeyword(w)])
print([w for w in ['if', 'match', 'print', '_', 'type'] if keyword.issoftkeyword(w)])
