sy = 1
sys.exit()
