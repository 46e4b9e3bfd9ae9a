class A:
    def __getattr__(self, n):
        raise AttributeError("custom")
    def abc(self): pass
A().abd
