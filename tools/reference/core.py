#!/usr/bin/python3
"""Reference values for core's tests (CoreReferenceTest).

Run with Debian's python: /usr/bin/python3 tools/reference/core.py
Versions used for the committed numbers: scipy 1.10.1, scikit-learn 1.2.1, numpy 1.24.2.
"""
import numpy as np
import scipy
import sklearn
from scipy.special import logsumexp, xlogy, log1p, expit
from sklearn.preprocessing import StandardScaler, MinMaxScaler
from sklearn.impute import SimpleImputer

np.set_printoptions(precision=17)
print("# scipy", scipy.__version__, "sklearn", sklearn.__version__, "numpy", np.__version__)

def r(x):
    return repr(float(x))

print("## scipy.special.logsumexp")
for v in ([1.0, 2.0, 3.0], [1000.0, 1000.0], [-1000.0, -1000.5, -999.0], [0.0], [-745.0, -745.0, 2.0, 1e-10]):
    print(v, r(logsumexp(v)))
print("## log1p(exp(x)) via np.logaddexp(0, x)")
for v in (-800.0, -30.0, -1.0, 0.0, 1e-8, 1.0, 30.0, 800.0):
    print(v, r(np.logaddexp(0.0, v)))
print("## scipy.special.expit")
for v in (-800.0, -30.0, -1.0, 0.0, 1.0, 30.0, 800.0):
    print(v, r(expit(v)))
print("## scipy.special.xlogy")
for a, b in ((0.0, 0.0), (0.0, 5.0), (2.0, 3.0), (0.5, 1e-300)):
    print(a, b, r(xlogy(a, b)))

def load(path):
    raw = np.loadtxt(path, delimiter=",", skiprows=1)
    return raw[:, :-1], raw[:, -1].astype(int)

print("## StandardScaler().fit(wine X): mean_, scale_")
X, y = load("/work/shared/data/wine_data.csv")
s = StandardScaler().fit(X)
print("mean", [r(v) for v in s.mean_])
print("scale", [r(v) for v in s.scale_])
print("row0 transformed", [r(v) for v in s.transform(X[:1])[0]])
print("## MinMaxScaler().fit(iris X): data_min_, data_range_; transform(row 0)")
X, y = load("/work/shared/data/iris.csv")
m = MinMaxScaler().fit(X)
print("min", [r(v) for v in m.data_min_])
print("range", [r(v) for v in m.data_range_])
print("row0", [r(v) for v in m.transform(X[:1])[0]])

print("## SimpleImputer on a small matrix with NaN")
A = np.array([[1.0, np.nan, 3.0], [np.nan, 2.0, 3.0], [7.0, 2.0, np.nan], [4.0, 5.0, 1.0]])
for strat in ("mean", "median", "most_frequent"):
    imp = SimpleImputer(strategy=strat).fit(A)
    print(strat, [r(v) for v in imp.statistics_])
