from array import array
for tc in 'bBhHiIlLqQ':
    a = array(tc)
    print(tc, a.itemsize, end=' ')
    for v in [2**70, 2**64, 2**63, 2**32, 2**31,2**16,2**15, 256, 128, -1, -129, -2**15-1, -2**31-1,-2**63-1, -2**70]:
        try: a.append(v)
        except Exception as e: print(f'[{v}: {type(e).__name__}: {e}]', end=' ')
    print(a)
for tc in 'bBhHiIlLqQfdu':
  for v in [1.5, 'x', None, True]:
    try: array(tc,[v]); print(tc, v, 'ok')
    except Exception as e: print(tc, repr(v), type(e).__name__, e)
for bad in ['z', 'ab', 1]:
    try: array(bad)
    except Exception as e: print(type(e).__name__, e)
