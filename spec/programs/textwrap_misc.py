import textwrap as T
s = "The quick brown fox jumped over the lazy dog. A well-known state-of-the-art phrase -- with em-dashes--and things; supercalifragilisticexpialidocious words too! Mr. Smith went.  Done?"
print(T.wrap("", 10), T.wrap("   ", 10), T.wrap("abc-def-ghi", 5), T.wrap("a-b-c-d-e", 3), T.wrap("---abc", 2), T.wrap("x" * 25, 10))
print(T.wrap("ab--cd ef", 4), T.wrap("hello -- world", 7), T.wrap("well-done, re-do!", 6))
try: T.wrap("abc", 0)
except ValueError as e: print(e)
try: T.shorten("hello world", 3)
except ValueError as e: print(e)
w = T.TextWrapper(width=15)
print(w.wrap("über naïve café déjà vu"), w.width)
