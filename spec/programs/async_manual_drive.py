# Coroutines driven by hand (no event loop): await, async with, async for.
class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield ('ask', self.v)
        return self.v * 2

async def add(a, b):
    x = await Ready(a)
    y = await Ready(b)
    return x + y

class Ctx:
    async def __aenter__(self):
        print('enter')
        return 'ctx'
    async def __aexit__(self, *exc):
        print('exit', exc[0])
        return False

class Count:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    total = await add(1, 2)
    async with Ctx() as c:
        print('inside', c)
    seen = [x async for x in Count(3)]
    async for y in Count(2):
        seen.append(y * 10)
    return total, seen

def drive(coro):
    sent = None
    while True:
        try:
            request = coro.send(sent)
        except StopIteration as e:
            return e.value
        print('request', request)
        sent = request[1] * 2

print(drive(main()))
c = main()
print(type(c).__name__)
c.close()
try:
    await_bad = add(1, 2)
    await_bad.send(5)
except TypeError as e:
    print(e)
await_bad.close()
