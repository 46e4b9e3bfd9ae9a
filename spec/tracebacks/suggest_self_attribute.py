class A:
    def __init__(self):
        self.val = 1
    def m(self):
        return val
A().m()
