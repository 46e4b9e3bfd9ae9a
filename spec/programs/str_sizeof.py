for s in ['', 'a', 'abc', 'éé', 'ab€', 'a😀', '\ud800']:
    print(repr(s), s.__sizeof__())
