# dict_keys and dict_items are set-like and unhashable; dict_values hashes by identity.
d = {1: 2}
for v in (d.keys(), d.items(), d.values()):
    try:
        print(type(hash(v)).__name__)
    except TypeError as e:
        print(e)
try:
    {d.keys(): 1}
except TypeError as e:
    print(e)
print(d.keys() == {1}, d.items() == {(1, 2)}, d.values() == d.values())
