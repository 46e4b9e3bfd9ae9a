# Decimal data keeps its type: exact sums converted back, stdev/pstdev correctly rounded Decimals
from decimal import Decimal as D
import statistics as st

data = [D('669.9'), D('72.98'), D('34.14'), D('8.031')]
print(repr(st.mean(data)))
print(repr(st.variance(data)))
print(repr(st.pvariance(data)))
print(repr(st.stdev(data)))
print(repr(st.pstdev(data)))
print(repr(st.pstdev([D('9489')])))
print(repr(st.harmonic_mean([D('0.16')])))
print(repr(st.harmonic_mean([D('7022'), D('0.5'), D('0.001')])))
print(repr(st.mean([-15, D('-468.6'), D('-725.7')])))
