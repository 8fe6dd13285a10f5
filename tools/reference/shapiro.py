#!/usr/bin/python3
"""Reference values for ShapiroWilkTest.

Run with Debian's python: /usr/bin/python3 tools/reference/shapiro.py (scipy 1.10.1)
Call: scipy.stats.shapiro(x) -> statistic, pvalue (Royston's AS R94, run by SciPy in single
precision: about 7 significant digits).
"""
import numpy as np
import scipy
from scipy import stats

print("// scipy %s, numpy %s" % (scipy.__version__, np.__version__))
iris = np.loadtxt("/work/shared/data/iris.csv", delimiter=",", skiprows=1)
sets = {
    "iris sepal length": iris[:, 0],
    "iris petal length": iris[:, 2],
    "small": np.array([2.1, 3.4, 1.9, 5.6, 4.4, 7.0, 6.1, 8.8, 9.3, 0.5]),
    "three": np.array([1.0, 2.0, 4.0]),
    "five": np.array([1.0, 2.5, 2.0, 7.0, 3.0]),
    "uniformish": np.linspace(0.0, 1.0, 25),
}
for name, x in sets.items():
    r = stats.shapiro(x)
    print('{"%s", %r, %r},' % (name, float(r.statistic), float(r.pvalue)))
