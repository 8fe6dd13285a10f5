#!/usr/bin/python3
"""Reference values for dev.statlearn.stats.mle (MleScipyTest), on the bundled real datasets.

Run with Debian's python: /usr/bin/python3 tools/reference/mle.py  (scipy 1.10.1, numpy 1.24.2)
Each line: name, then the estimates in statlearn's parametrization, then the log-likelihood
sum(dist.logpdf(x)) (or logpmf) of the fitted scipy distribution. The scipy call is in the
comment above each line.
"""
import gzip

import numpy as np
import scipy
from scipy import stats

D = "/work/shared/data/"
iris = np.loadtxt(D + "iris.csv", delimiter=",", skiprows=1)
wine = np.loadtxt(D + "wine_data.csv", delimiter=",", skiprows=1)
bc = np.loadtxt(D + "breast_cancer.csv", delimiter=",", skiprows=1)
with gzip.open(D + "digits.csv.gz", "rt") as f:
    digits = np.loadtxt(f, delimiter=",")  # this file has no header line
assert digits.shape == (1797, 65)

print("// scipy %s, numpy %s" % (scipy.__version__, np.__version__))


def line(name, call, est, ll):
    print("// %s" % call)
    print('{"%s", %s, %r},' % (name, ", ".join(repr(float(e)) for e in est), float(ll)))


x = iris[:, 2]
m, s = stats.norm.fit(x)
line("normal iris petal length", "stats.norm.fit(iris[:, 2]) -> (mean, sd)", [m, s], stats.norm(m, s).logpdf(x).sum())
x = wine[:, 0]
m, s = stats.norm.fit(x)
line("normal wine alcohol", "stats.norm.fit(wine[:, 0]) -> (mean, sd)", [m, s], stats.norm(m, s).logpdf(x).sum())

x = bc[:, 3]
loc, scale = stats.expon.fit(x, floc=0)
line("exponential bc area", "stats.expon.fit(bc[:, 3], floc=0) -> rate = 1/scale", [1 / scale],
     stats.expon(scale=scale).logpdf(x).sum())

for name, x in [("gamma wine color", wine[:, 9]), ("gamma bc area", bc[:, 3])]:
    a, loc, scale = stats.gamma.fit(x, floc=0)
    line(name, "stats.gamma.fit(x, floc=0) -> (shape a, rate 1/scale)", [a, 1 / scale],
         stats.gamma(a, scale=scale).logpdf(x).sum())

for name, x in [("beta bc smoothness", bc[:, 4]), ("beta bc fractal", bc[:, 9])]:
    a, b, loc, scale = stats.beta.fit(x, floc=0, fscale=1)
    line(name, "stats.beta.fit(x, floc=0, fscale=1) -> (a, b)", [a, b], stats.beta(a, b).logpdf(x).sum())

x = wine[:, 12]
s, loc, scale = stats.lognorm.fit(x, floc=0)
line("lognormal wine proline", "stats.lognorm.fit(wine[:, 12], floc=0) -> (mu = log(scale), sigma = s)",
     [np.log(scale), s], stats.lognorm(s, scale=scale).logpdf(x).sum())

x = iris[:, 1]
loc, scale = stats.laplace.fit(x)
line("laplace iris sepal width", "stats.laplace.fit(iris[:, 1]) -> (location, scale)", [loc, scale],
     stats.laplace(loc, scale).logpdf(x).sum())
x = wine[:, 1]
loc, scale = stats.laplace.fit(x)
line("laplace wine malic acid", "stats.laplace.fit(wine[:, 1]) -> (location, scale)", [loc, scale],
     stats.laplace(loc, scale).logpdf(x).sum())

x = iris[:, 0]
loc, scale = stats.uniform.fit(x)
line("uniform iris sepal length", "stats.uniform.fit(iris[:, 0]) -> (lower, upper = loc + scale)",
     [loc, loc + scale], stats.uniform(loc, scale).logpdf(x).sum())

k = digits[:, 36].astype(int)
lam = k.mean()
line("poisson digits pixel 36", "closed form rate = mean(k); stats.poisson(rate).logpmf(k).sum()", [lam],
     stats.poisson(lam).logpmf(k).sum())
y = bc[:, -1].astype(int)
p = y.mean()
line("bernoulli bc labels", "closed form p = mean(y); stats.bernoulli(p).logpmf(y).sum()", [p],
     stats.bernoulli(p).logpmf(y).sum())
k = digits[:, 20].astype(int)
p = k.sum() / (16 * len(k))
line("binomial digits pixel 20", "closed form p = sum(k)/(16 n); stats.binom(16, p).logpmf(k).sum()", [p],
     stats.binom(16, p).logpmf(k).sum())
k = digits[:, 20].astype(int) + 1
p = 1 / k.mean()
line("geometric digits pixel 20 + 1", "closed form p = 1/mean(k); stats.geom(p).logpmf(k).sum()", [p],
     stats.geom(p).logpmf(k).sum())
y = digits[:, -1].astype(int)
p = np.bincount(y, minlength=10) / len(y)
line("categorical digits labels", "p = np.bincount(y)/n; sum(log p[y])", list(p), np.log(p[y]).sum())

x = iris[:, :4]
mu = x.mean(axis=0)
cov = np.cov(x, rowvar=False, bias=True)
line("mvn iris", "mean, np.cov(x, rowvar=False, bias=True) (row-major); multivariate_normal.logpdf(x).sum()",
     list(mu) + list(cov.ravel()), stats.multivariate_normal(mu, cov).logpdf(x).sum())
