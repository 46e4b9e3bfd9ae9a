try:
    compile("", "f", "eval")
except SyntaxError as e:
    print(e.msg, e.lineno)
eval("x = 1")
