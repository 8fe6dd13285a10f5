#!/usr/bin/python3
"""Reference values for KolmogorovSmirnovLocationTest: the statistic's location and sign.

Run with Debian's python: /usr/bin/python3 tools/reference/ks_location.py (scipy 1.10.1)
Calls: r = scipy.stats.kstest(x, 'norm', alternative=alt) and r = scipy.stats.ks_2samp(x, y,
alternative=alt) -> r.statistic, r.statistic_location, r.statistic_sign.
"""
import numpy as np
import scipy
from scipy import stats

print("// scipy %s, numpy %s" % (scipy.__version__, np.__version__))
X = [0.61, -1.23, 0.35, 2.2, -0.08, 1.41, 0.97, -0.55, 0.12, 1.88, 0.74, 0.3]
Y = [0.1, 0.35, -2.0, 0.35, 1.9, -0.4, 0.8, 0.12, -1.1]
SEP = [1.0, 2.0, 2.0, 3.0]
SEP2 = [2.0, 3.0, 3.0, 4.0, 5.0]
for alt in ["two-sided", "greater", "less"]:
    r = stats.kstest(X, "norm", alternative=alt)
    print('{"one %s", %r, %r, %d},' % (alt, float(r.statistic), float(r.statistic_location), int(r.statistic_sign)))
for alt in ["two-sided", "greater", "less"]:
    r = stats.ks_2samp(X, Y, alternative=alt)
    print('{"two %s", %r, %r, %d},' % (alt, float(r.statistic), float(r.statistic_location), int(r.statistic_sign)))
for alt in ["two-sided", "greater", "less"]:
    r = stats.ks_2samp(SEP, SEP2, alternative=alt)
    print('{"ties %s", %r, %r, %d},' % (alt, float(r.statistic), float(r.statistic_location), int(r.statistic_sign)))
