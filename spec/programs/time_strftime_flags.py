import time
t=(2020,5,7,18,5,3,3,128,0)
print(time.strftime("%-d %-m %_d %_H %0e %^a %^B %#b %-j %_j %-y %-I %-M %#p %#Z %#A %#H %^p", t))
