"""A module docstring."""
import os
import os.path as osp
from collections import defaultdict, OrderedDict as OD
from math import *
import re, sys

x: int = 5
y: list

if __name__ == '__main__':
    print(os.getcwd(), osp.sep, defaultdict, OD, sqrt(4), re, sys)
