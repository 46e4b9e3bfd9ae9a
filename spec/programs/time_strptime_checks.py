# strptime: directives CPython's _strptime lacks are bad (regex characters show as '%'), dates are
# validated, %U/%W weeks and ISO %G/%V/%u give the date, ISO directives need their partners
import time

for text, fmt in [('x', '%T'), ('x', '%D'), ('x', '%h'), ('x', '%^a'), ('x', '%.'), ('2029-2-31', '%Y-%m-%d'),
                  ('2024-2-29', '%Y-%m-%d'), ('0000-1-1', '%Y-%m-%d'), ('2024 10 3', '%Y %U %w'), ('2024 0 1', '%Y %W %w'),
                  ('2024 1 1', '%G %V %u'), ('2020 53 7', '%G %V %u'), ('2024 5', '%G %V'), ('5 1', '%V %u'),
                  ('2024 5 1', '%Y %V %u'), ('2024 5 100', '%G %V %j'), ('29 2', '%d %m'), ('x', 'x%')]:
    try:
        print(text, fmt, tuple(time.strptime(text, fmt)))
    except ValueError as e:
        print(text, fmt, e)
