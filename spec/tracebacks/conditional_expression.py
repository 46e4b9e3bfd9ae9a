x = [1][2] if True else 0
