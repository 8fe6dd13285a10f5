#!/usr/bin/python3
"""Reference values for MultivariateNormalCdfTest.

Run with Debian's python: /usr/bin/python3 tools/reference/mvn_cdf.py (scipy 1.10.1)
Call: scipy.stats.multivariate_normal.cdf(b, mean, cov, abseps=1e-10, releps=0, maxpts=10**8)
(Genz's MVNDST; randomized, so only ~1e-9 absolute). The closed forms used beside it in the
test: bivariate orthant 1/4 + asin(rho)/(2 pi); trivariate orthant 1/8 + sum asin(rho_ij)/(4 pi);
equicorrelated rho = 1/2 orthant 1/(d + 1).
"""
import numpy as np
import scipy
from scipy import stats

print("// scipy %s, numpy %s" % (scipy.__version__, np.__version__))
cov = np.array([[2.0, 0.6, -0.3, 0.2], [0.6, 1.0, 0.25, -0.1], [-0.3, 0.25, 1.5, 0.4], [0.2, -0.1, 0.4, 0.8]])
mean = np.array([0.1, -0.2, 0.3, 0.0])
for b in ([0.5, 0.0, 1.0, -0.3], [2.0, 1.5, 0.2, 1.0], [-1.0, -0.5, -1.2, -0.4]):
    np.random.seed(1)
    p = stats.multivariate_normal.cdf(np.array(b), mean, cov, abseps=1e-10, releps=0, maxpts=10 ** 8)
    print("{%s, %r}," % (", ".join(repr(v) for v in b), float(p)))

# 8-d case of MultivariateNormalCdfTest.prioritisationSavesEvaluations: cov_ij = s_i s_j 0.6^|i-j|,
# mean 0; same call (SciPy's Genz code prioritises too; only the value is compared)
s = np.array([1, 2, 0.5, 1.5, 1, 0.8, 1.2, 2])
cov8 = np.outer(s, s) * 0.6 ** np.abs(np.subtract.outer(np.arange(8), np.arange(8)))
b8 = np.array([1.5, -0.5, 2.0, 0.3, -1.0, 1.0, 0.0, 2.5])
np.random.seed(1)
p8 = stats.multivariate_normal.cdf(b8, np.zeros(8), cov8, abseps=1e-10, releps=0, maxpts=10 ** 8)
print("// 8-d AR(1): %r" % float(p8))
