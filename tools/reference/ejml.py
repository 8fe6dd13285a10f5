#!/usr/bin/python3
"""Reference values for the EJML-backed linear algebra and PCA (DenseLinearAlgebraTest, PcaTest).

Run with Debian's python: /usr/bin/python3 tools/reference/ejml.py
Versions used for the committed numbers: scipy 1.10.1, scikit-learn 1.2.1, numpy 1.24.2.
"""
import numpy as np
import scipy
import scipy.linalg
import scipy.stats
import sklearn
from sklearn.datasets import load_iris, load_wine
from sklearn.decomposition import PCA

print("# scipy", scipy.__version__, "sklearn", sklearn.__version__, "numpy", np.__version__)


def j(a):
    a = np.atleast_2d(a)
    return "{" + ", ".join("{" + ", ".join(repr(float(v)) for v in row) + "}" for row in a) + "}"


a = np.array([[4.0, 2.0, 0.6], [2.0, 5.0, 1.5], [0.6, 1.5, 3.0]])
print("## scipy.linalg.cholesky(a, lower=True)")
print(j(scipy.linalg.cholesky(a, lower=True)))
print("## scipy.linalg.inv(a)")
print(j(scipy.linalg.inv(a)))
print("## scipy.linalg.solve_triangular(L, [1, -2, 0.5], lower=True)")
print(j(scipy.linalg.solve_triangular(scipy.linalg.cholesky(a, lower=True), [1.0, -2.0, 0.5], lower=True)))

for name, loader in (("iris", load_iris), ("wine", load_wine)):
    x = loader().data
    p = PCA(n_components=3, svd_solver="full").fit(x)
    print("## %s: PCA(n_components=3, svd_solver='full').fit(x)" % name)
    print("components_", j(p.components_))
    print("explained_variance_", j(p.explained_variance_))
    print("explained_variance_ratio_", j(p.explained_variance_ratio_))
    print("singular_values_", j(p.singular_values_))
    print("transform(x[:3])", j(p.transform(x[:3])))
    print("transform(x[[-1]])", j(p.transform(x[-1:])))

# MultivariateNormalEjmlTest: a 5x5 covariance with a wide spread of eigenvalues
c = np.array([[2.0, 0.9, 0.1, -0.3, 0.0],
              [0.9, 1.5, 0.4, 0.0, 0.2],
              [0.1, 0.4, 0.8, 0.35, -0.1],
              [-0.3, 0.0, 0.35, 0.6, 0.05],
              [0.0, 0.2, -0.1, 0.05, 0.2]])
mu = np.array([0.5, -1.0, 2.0, 0.0, 3.0])
pt = np.array([1.0, -0.5, 1.5, 0.2, 3.01])
assert min(np.linalg.eigvalsh(c)) > 0
print("## numpy.linalg.slogdet(c)[1]", repr(float(np.linalg.slogdet(c)[1])))
print("## scipy.stats.multivariate_normal(mu, c).logpdf(pt)",
      repr(float(scipy.stats.multivariate_normal(mu, c).logpdf(pt))))

# the same matrix with c[4][4] = 0.05 is indefinite (scipy rejects it; so must MultivariateNormal.of)
c2 = c.copy()
c2[4, 4] = 0.05
print("## numpy.linalg.eigvalsh(c2)", j(np.linalg.eigvalsh(c2)))
