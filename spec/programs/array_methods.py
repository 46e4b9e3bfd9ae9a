from array import array
a = array('i',[1,2,3])
a[1:1] = array('i',[7,7]); print(a)
a *= 2; a += array('i',[5]); print(a, a.count(7), a.index(7), a.index(7, 3))
b = array('h', [1,2]); b.byteswap(); print(b, array('u', 'x').itemsize)
import array as m; print(m.typecodes, m.ArrayType)
print(array('i',[1,2]) == array('d',[1.0,2.0]), array('i',[1]) != [1], bool(array('i')))
import copy; print(copy.copy(a), copy.deepcopy(a))
x = array('d', [1.5, -2.25]); y = array('d'); y.frombytes(x.tobytes()); print(y, array('f', x.tobytes()))
a = array('q', [5, 3, 5])
a.remove(5); a.reverse(); print(a, a.tolist(), len(a))
for x in array('B', [9, 8]):
    print(x)
print(sum(array('d', [0.5, 0.25])), sorted(array('h', [3, -1, 2])), max(array('i', [4, 7])))
