# NotImplemented's truth value is deprecated in 3.12: a DeprecationWarning from
# the calling line (once per place under the default filters), then True.
print(bool(NotImplemented))
def f():
    if NotImplemented:
        return 'yes'
for i in range(2):
    print(f())
print(not NotImplemented)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    bool(NotImplemented)
    print(len(w), w[0].category.__name__, str(w[0].message))
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try: bool(NotImplemented)
    except DeprecationWarning as e: print('raised', e)
