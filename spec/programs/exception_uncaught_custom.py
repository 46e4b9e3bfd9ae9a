class AppError(Exception):
    def __init__(self, what):
        super().__init__(f"bad thing: {what}")
def level2():
    raise AppError("level2")
def level1():
    level2()
level1()
