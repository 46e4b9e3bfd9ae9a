class A:
    def m(self):
        return self.zz
A().m()
