def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print('error', e)
        return None
    except (TypeError, ValueError):
        raise
    else:
        print('ok')
    finally:
        print('done')


def reraise():
    try:
        int('x')
    except ValueError as exc:
        raise RuntimeError('bad') from exc


def loop_finally(xs):
    for x in xs:
        try:
            if x:
                break
            continue
        finally:
            print(x)
    return xs


def with_files(path):
    with open(path) as f, open(path + '.bak', 'w') as g:
        for line in f:
            g.write(line)
        return f.name


def bare():
    try:
        pass
    except:
        pass
