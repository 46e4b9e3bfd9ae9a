import sys
def prof(frame, event, arg):
    name = getattr(arg, '__qualname__', None) if event.startswith('c_') else None
    print(event, frame.f_code.co_name, name)
class Box:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
def work():
    b = Box([3, 1, 2])
    s = sorted(b.get())
    try:
        int('x')
    except ValueError:
        pass
    return max(s)
sys.setprofile(prof)
work()
sys.setprofile(None)
print(sys.getprofile())
