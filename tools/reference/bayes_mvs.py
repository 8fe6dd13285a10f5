#!/usr/bin/python3
"""Reference values for MeanVarianceStdTest.

Run with Debian's python: /usr/bin/python3 tools/reference/bayes_mvs.py (scipy 1.10.1)
Call: scipy.stats.bayes_mvs(x, alpha) -> (mean, variance, std) each (statistic, (minmax)); for
n <= 1000 SciPy uses the exact posteriors (t, invgamma, gengamma), as statlearn does everywhere.
"""
import numpy as np
import scipy
from scipy import stats

print("// scipy %s, numpy %s" % (scipy.__version__, np.__version__))
iris = np.loadtxt("/work/shared/data/iris.csv", delimiter=",", skiprows=1)
sets = {
    "iris sepal length": iris[:, 0],
    "small": np.array([2.1, 3.4, 1.9, 5.6, 4.4, 7.0, 6.1, 8.8, 9.3, 0.5]),
    "four": np.array([1.0, 2.5, 2.0, 7.0]),
}
for name, x in sets.items():
    for alpha in [0.9, 0.95]:
        m, v, s = stats.bayes_mvs(x, alpha)
        vals = [m.statistic, *m.minmax, v.statistic, *v.minmax, s.statistic, *s.minmax]
        print('{"%s", %r, %s},' % (name, alpha, ", ".join(repr(float(t)) for t in vals)))
