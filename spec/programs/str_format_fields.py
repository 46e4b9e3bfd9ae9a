class A:
    x = 'attr'
print('{}{}'.format(1, 2), '{0}{1}{0}'.format('a', 'b'), '{a}{b}'.format(a=1, b=2))
print('{0.real}'.format(3), '{0[1]}'.format([1, 2]), '{0[a]}'.format({'a': 5}), '{a[0][1]}'.format(a=[[1, 2]]))
print('{0[-1]}'.format({'-1': 5}), '{0[00]}'.format(['z']), '{0[0]}'.format({0: 'int key'}), '{0.x}'.format(A()))
print('{:{}}'.format(1, 5), '{:{}{}}'.format(1, '>', 5), '{0:{1}}'.format(1, 5), '{0:{a}}'.format(1, a='>5'))
print('{!s:{}}'.format(1, 5), '{[0]}'.format([9]), '{.real}'.format(5), '{0[0].real}'.format([5]))
print('{{0}}'.format(1), '{0:}}}'.format(1), '{!r}'.format('a'), '{0!r:>5}'.format('x'), '{!a}'.format('é'))
print('{٣}'.format(0, 1, 2, 3), '{a[x y]}'.format(a={'x y': 2}), '{a[:]}'.format(a={':': 3}), '{a[!]}'.format(a={'!': 4}))
print('{0}{0}'.format(*[1]), '{x}'.format(**{'x': 1}), 'abc'.format(1, 2, x=3), '{}'.format(1.0), '{:,}'.format(1e6))
print('{x}'.format_map({'x': 5}), '{x[0]}'.format_map({'x': [5]}))
class Dm(dict):
    def __missing__(self, k):
        return '?' + k
print('{x}-{y}'.format_map(Dm(y=1)))
