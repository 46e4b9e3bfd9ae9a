from datetime import datetime, date, timedelta
from enum import Enum, auto
from fractions import Fraction
import statistics, textwrap, time
logs = ["2023-01-15 08:30:00 INFO start", "2023-01-15 09:45:30 WARN slow", "2023-01-16 00:00:01 INFO next"]
stamps = [datetime.strptime(l[:19], "%Y-%m-%d %H:%M:%S") for l in logs]
for a, b in zip(stamps, stamps[1:]):
    print(b - a, (b - a).total_seconds(), f"{(b - a).seconds // 60} min")
print(max(stamps).strftime("%A, %B %d, %Y at %I:%M %p"))
by_day = {}
for s in stamps:
    by_day.setdefault(s.date(), []).append(s.time())
print(by_day)
def age(born, today=date(2024, 3, 1)):
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
print(age(date(1990, 3, 2)), age(date(1990, 2, 28)))
print([d.strftime('%a') for d in (date(2024, 1, 1) + timedelta(days=i) for i in range(7))])
print(date(2024, 12, 25) - date(2024, 1, 1), (date(2024, 12, 25) - date(2024, 1, 1)).days // 7)
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()
    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]
s = State.IDLE
for _ in range(4):
    print(s, s.name, s.value, f"{s.name:>10}|", end=" / ")
    s = s.next()
print()
print({s.name: s.value for s in State}, State['DONE'] is State.DONE, State(2))
def egyptian(fr):
    out = []
    while fr.numerator != 0:
        d = -(-fr.denominator // fr.numerator)
        out.append(Fraction(1, d))
        fr -= Fraction(1, d)
    return out
print(egyptian(Fraction(7, 15)), sum(egyptian(Fraction(7, 15))))
print(Fraction(22, 7) - Fraction(355, 113), float(Fraction(355, 113)), Fraction(0.75).limit_denominator(10))
scores = [88, 92, 79, 93, 85, 92, 70]
print(statistics.mean(scores), statistics.median(scores), statistics.mode(scores), round(statistics.stdev(scores), 3), statistics.quantiles(scores))
print(textwrap.fill("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.", width=40))
print(textwrap.indent(textwrap.dedent("""
    def f():
        return 1
"""), "    "))
t0 = time.time(); t1 = time.time(); print(t1 >= t0, isinstance(t0, float), type(time.perf_counter_ns()))
