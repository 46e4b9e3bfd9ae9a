import datetime
def check_date(m, d, y):
    try:
        m, d, y = map(int, (m, d, y))
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False
print(check_date(11, 11, 2002), check_date(13, 11, 2002), check_date('11', '11', '2002'), check_date(2, 29, 2001))
datetime.date(2002, 13, 11)
