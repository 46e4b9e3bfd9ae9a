# try/except* (PEP 654): handlers with and without `as`, several handlers,
# else/finally, nesting in functions and loops, raising inside handlers.
try:
    f()
except* ValueError:
    g()

try:
    f()
except* ValueError as e:
    g(e)
except* (TypeError, KeyError) as e:
    h(e)
except* OSError:
    pass

try:
    f()
except* ValueError:
    g()
else:
    h()

try:
    f()
except* ValueError as e:
    g(e)
else:
    h()
finally:
    k()


def handler_raises(x):
    try:
        x()
    except* ValueError as e:
        raise TypeError('converted') from e
    except* KeyError:
        raise
    except* OSError as e:
        del e
    return x


def in_loop(items):
    for item in items:
        try:
            item()
        except* ValueError as eg:
            log(eg.exceptions)
        except* TypeError:
            continue_ok = True
        while item:
            try:
                item = item.next
            except* Exception:
                item = None
            else:
                break
    return items


def nested(x):
    try:
        try:
            x()
        except* ValueError as inner:
            raise ExceptionGroup('again', [inner])
        finally:
            cleanup()
    except* ExceptionGroup as outer:
        report(outer)
    except* BaseException:
        pass
    else:
        return 1
    finally:
        done()
    return 2


async def in_coroutine(x):
    try:
        await x()
    except* ValueError as e:
        await handle(e)
    except* TypeError:
        async with lock:
            fix()


def with_in_handler(path):
    try:
        open(path)
    except* OSError as e:
        with ctx() as c:
            c.record(e)
        def closure():
            return path
        return_value = closure()
    return return_value


class InClass:
    try:
        attr = compute()
    except* LookupError:
        attr = None
    except* Exception as __private:
        attr = __private


try:
    pass
except* ValueError:
    pass
finally:
    pass
