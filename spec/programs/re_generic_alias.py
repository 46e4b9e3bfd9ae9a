import re
print(re.Pattern[str], re.Match[str], re.Pattern[bytes])
def f(p: re.Pattern[str]) -> re.Match[str] | None:
    return p.match('a')
print(f(re.compile('a')))
print(re.Match[str] | None)
