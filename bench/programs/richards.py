# Classic kernel: a compact Richards (an OS task scheduler simulation with an
# idle task, a worker, two handlers and two devices exchanging packets).
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue, fn, state):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.fn = fn
        self.state = state
        self.waiting = queue is None
        self.held = False
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def runnable(self):
        return not self.held and not (self.waiting and self.queue is None)

    def run(self):
        pkt = None
        if self.queue is not None and not self.waiting:
            pkt = self.queue
            self.queue = pkt.link
        elif self.queue is not None and self.waiting:
            self.waiting = False
            pkt = self.queue
            self.queue = pkt.link
        return self.fn(self, pkt)


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.hold_count = 0
        self.queue_count = 0

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        return t if t.priority > self.current.priority else self.current

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def wait(self):
        self.current.waiting = True
        return self.current

    def queue(self, pkt):
        t = self.table[pkt.ident]
        self.queue_count += 1
        pkt.link = None
        pkt.ident = self.current.ident
        if t.queue is None:
            t.queue = pkt
            t.waiting = False
            return t if t.priority > self.current.priority else self.current
        pkt.append_to(t.queue)
        return self.current

    def schedule(self):
        t = self.tasks
        while t is not None:
            if t.runnable():
                self.current = t
                t = t.run()
            else:
                t = t.link


def idle_fn(task, pkt):
    s = task.sched
    st = task.state
    st['count'] -= 1
    if st['count'] == 0:
        return s.hold_self()
    if st['control'] & 1 == 0:
        st['control'] >>= 1
        return s.release(DEVICE_A)
    st['control'] = (st['control'] >> 1) ^ 0xD008
    return s.release(DEVICE_B)


def worker_fn(task, pkt):
    s = task.sched
    st = task.state
    if pkt is None:
        return s.wait()
    st['dest'] = HANDLER_B if st['dest'] == HANDLER_A else HANDLER_A
    pkt.ident = st['dest']
    pkt.datum = 0
    for i in range(4):
        st['count'] += 1
        if st['count'] > 26:
            st['count'] = 1
        pkt.data[i] = st['count']
    return s.queue(pkt)


def handler_fn(task, pkt):
    s = task.sched
    st = task.state
    if pkt is not None:
        if pkt.kind == KIND_WORK:
            st['work'] = pkt.append_to(st['work'])
        else:
            st['device'] = pkt.append_to(st['device'])
    work = st['work']
    if work is not None:
        count = work.datum
        if count < 4:
            dev = st['device']
            if dev is not None:
                st['device'] = dev.link
                dev.datum = work.data[count]
                work.datum = count + 1
                return s.queue(dev)
        else:
            st['work'] = work.link
            return s.queue(work)
    return s.wait()


def device_fn(task, pkt):
    s = task.sched
    st = task.state
    if pkt is None:
        pkt = st['pending']
        if pkt is None:
            return s.wait()
        st['pending'] = None
        return s.queue(pkt)
    st['pending'] = pkt
    return s.hold_self()


def richards(count):
    s = Scheduler()
    idle = Task(s, IDLE, 0, None, idle_fn, {'control': 1, 'count': count})
    idle.waiting = False
    wq = Packet(None, 0, KIND_WORK)
    wq = Packet(wq, 0, KIND_WORK)
    Task(s, WORKER, 1000, wq, worker_fn, {'dest': HANDLER_A, 'count': 0})
    for ident, prio in ((HANDLER_A, 2000), (HANDLER_B, 3000)):
        dev = DEVICE_A if ident == HANDLER_A else DEVICE_B
        q = Packet(None, dev, KIND_DEVICE)
        q = Packet(q, dev, KIND_DEVICE)
        q = Packet(q, dev, KIND_DEVICE)
        Task(s, ident, prio, q, handler_fn, {'work': None, 'device': None})
    Task(s, DEVICE_A, 4000, None, device_fn, {'pending': None})
    Task(s, DEVICE_B, 5000, None, device_fn, {'pending': None})
    s.schedule()
    return s.queue_count, s.hold_count


print(richards(120))
