# strftime directives as glibc reads them: flags, widths, E/O modifiers (refused ones print as
# written), %P, %s, zone of a struct_time, none for a negative isdst
import time

t = (2000, 1, 2, 13, 4, 5, 6, 2, 0)
for c in 'aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYZ%+':
    print(c, repr(time.strftime('%E' + c, t)), repr(time.strftime('%O' + c, t)), repr(time.strftime('%_3' + c, t)),
          repr(time.strftime('%-' + c, t)), repr(time.strftime('%^' + c, t)), repr(time.strftime('%#' + c, t)),
          repr(time.strftime('%010' + c, t)))
print(repr(time.strftime('%Z|%z', time.gmtime(0))), repr(time.strftime('%Z|%z', (2000, 1, 1, 0, 0, 0, 0, 1, -1))))
print(repr(time.strftime('%Z|%z', time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, 'ABC', 3600)))))
print(repr(time.strftime('x%O%-d%', t)), repr(time.strftime('%C|%-C|%j%C', (13, 7, 5, 7, 2, 43, 0, 4, -1))))
