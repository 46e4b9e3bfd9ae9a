def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield 'caught ' + str(e)
    finally:
        print('fin')

it = g()
next(it)
print(it.throw(ValueError('boom')))
it.close()
it2 = g()
next(it2)
it2.close()
