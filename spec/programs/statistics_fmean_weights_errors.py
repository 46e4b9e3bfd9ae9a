# fmean with weights multiplies pairs before noticing a length mismatch
import statistics as st

for data, weights in [([1, 2, 3], [1, 2]), (['b', 'a', 'a'], [9, 15]), ([None, 1], [1.5]), ([1.5, 2], [1, 3])]:
    try:
        print(st.fmean(data, weights=weights))
    except Exception as e:
        print(type(e).__name__, e)
