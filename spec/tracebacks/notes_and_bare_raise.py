def g():
    raise ValueError("bad")
try:
    g()
except ValueError as e:
    e.add_note("note one")
    e.add_note("note two")
    raise
