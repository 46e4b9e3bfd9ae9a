# math.tan of small ints: CPython's glibc tan is correctly rounded; etpy's comes from Math.tan (known difference: tan(7) is an ulp off).
import math
print([math.tan(x) for x in range(10)])
