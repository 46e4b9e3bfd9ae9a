def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("cannot parse " + s)
parse("x1")
