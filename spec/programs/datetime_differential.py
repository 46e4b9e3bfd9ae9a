from datetime import date, datetime, time, timedelta, timezone
seed = 987
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed % n
fmts = ['%Y-%m-%d %H:%M:%S', '%d/%m/%y %I:%M %p', '%a %b %d %Y', '%A %B %d, %Y %H:%M:%S.%f', '%j %U %W %G %V %u', '%Y%m%dT%H%M%S%z', '%c | %x | %X']
for k in range(120):
    y = rnd(9999) + 1 if k % 3 else 1900 + rnd(200)
    d = datetime(y, rnd(12) + 1, rnd(28) + 1, rnd(24), rnd(60), rnd(60), rnd(1000000) if k % 2 else 0,
                 tzinfo=None if k % 4 else timezone(timedelta(minutes=rnd(1400) - 700)))
    td = timedelta(days=rnd(2000) - 1000, seconds=rnd(200000) - 100000, microseconds=rnd(3000000) - 1500000)
    try:
        e = d + td
    except OverflowError as ex:
        e = str(ex)
    f = fmts[rnd(len(fmts))]
    s = d.strftime(f)
    line = [repr(d), str(td), repr(td), repr(e), s, d.isoformat(), d.weekday(), d.isocalendar(), d.toordinal(), d.timetuple().tm_yday]
    if '%z' not in f and '%c' not in f and '%U' not in f and '%j' not in f and '%a' not in f:
        try:
            line.append(repr(datetime.strptime(s, f)))
        except ValueError as ex:
            line.append('VE ' + str(ex))
    if d.tzinfo is not None:
        line.append(repr(d.astimezone(timezone.utc)))
        line.append(d.timestamp())
        line.append(hash(d) == hash(d.astimezone(timezone.utc)))
    else:
        line.append(hash(d))
        line.append(hash(d.date()))
    line.append(repr(datetime.fromisoformat(d.isoformat())))
    line.append(td.total_seconds())
    line.append(repr(td * 1.37))
    line.append(repr(td / 3))
    line.append(hash(td))
    print(*line, sep=' ; ')
