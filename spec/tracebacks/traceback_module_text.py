# The traceback module's text for a real file (source lines and markers),
# carried out in the message of the uncaught exception.
import traceback


def inner(items, i):
    return items[i] * 2


def outer(items):
    return inner(items, 5) + inner(items, 0)


try:
    outer([1, 2])
except IndexError as e:
    pieces = traceback.format_exception(e)
    tb_pieces = traceback.format_tb(e.__traceback__, limit=-2)
    listed = traceback.format_list(traceback.extract_tb(e.__traceback__))
raise RuntimeError(repr(pieces) + '\n' + repr(tb_pieces) + '\n' + ''.join(listed))
