class Stack:
    def __init__(self):
        self.items = []
    def pop(self):
        return self.items.pop()
    def peek(self):
        return self.items[-1]
s = Stack()
try:
    s.pop()
except IndexError:
    s.peek()
