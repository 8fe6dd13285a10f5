#!/usr/bin/python3
"""Reference values for ShiftedFitsTest: two-parameter exponential and three-parameter (shifted)
log-normal maximum-likelihood fits on the bundled wine data (Datasets.wine(), column j =
wine_data.csv column j).

Run with Debian's python: /usr/bin/python3 tools/reference/location_scale_fits.py
(scipy 1.10.1, numpy 1.24.2, mpmath 1.2.1).

Exponential: scipy.stats.expon.fit(x) -> (loc, scale); statlearn's rate is 1/scale.
Log-normal: scipy.stats.lognorm.fit(x) -> (s, loc, scale) printed as is (Nelder-Mead from SciPy's
start; it sometimes runs to the degenerate boundary loc ~ min x). The independent reference for
statlearn's local MLE is mpmath (dps 40): the root of the profile score
d/dc l_p(c) = sum (1 + (t_i - mu(c))/sigma2(c)) / (x_i - c), t_i = log(x_i - c), bracketed by a
scan of the profile log-likelihood (numpy, u = log((min - c) / halfrange) in [-40, 25] step 0.05) for its largest interior local maximum; then
mu = mean t, sigma = sqrt(1/n var t), and the log-likelihood sum(lognorm.logpdf(x, sigma, loc, exp(mu))).
Standard errors: the expected Fisher information of (c, mu, sigma) is computed by numerical
integration (scipy.integrate.quad over z ~ N(0, 1)) of the products of the score components
(not from the closed form in the Java doc), times n, inverted.
"""
import numpy as np
import scipy
import mpmath as mp
from scipy import stats, integrate

mp.mp.dps = 40
w = np.loadtxt("/work/shared/data/wine_data.csv", delimiter=",", skiprows=1)
print("// scipy %s, numpy %s, mpmath %s" % (scipy.__version__, np.__version__, mp.__version__))

print("// exponential: j, stats.expon.fit(wine[:, j]) loc, 1/scale, sum(expon.logpdf(x, loc, scale))")
for j in [1, 12]:
    x = w[:, j]
    loc, scale = stats.expon.fit(x)
    print("{%d, %r, %r, %r}," % (j, loc, 1 / scale, float(np.sum(stats.expon.logpdf(x, loc, scale)))))


def profile(x, u):
    # profile log-likelihood at c = min - e^u * (max - min) / 2, up to a constant, as
    # -sum s - n/2 log var(delta s) with s = log1p((x - min) / (delta * halfrange)): no rounding of c
    # and no cancellation between -n u and the variance term
    half = (x.max() - x.min()) / 2
    delta = np.exp(u)
    s = np.log1p((x - x.min()) / half / delta)
    return -s.sum() - 0.5 * len(x) * np.log((delta * s).var())


def score(xs, c):
    t = [mp.log(v - c) for v in xs]
    n = len(xs)
    mu = sum(t) / n
    s2 = sum((ti - mu) ** 2 for ti in t) / n
    return sum((1 + (ti - mu) / s2) / (v - c) for ti, v in zip(t, xs))


def fisher(mu, sigma):
    # per-observation expected information of (c, mu, sigma) by quadrature over z ~ N(0, 1)
    def sc(z):
        y = mu + sigma * z
        return np.array([np.exp(-y) * (1 + z / sigma), z / sigma, (z * z - 1) / sigma])
    m = np.zeros((3, 3))
    for a in range(3):
        for b in range(3):
            m[a, b] = integrate.quad(lambda z: sc(z)[a] * sc(z)[b] * stats.norm.pdf(z), -40, 40,
                                     epsabs=0, epsrel=1e-13, limit=400)[0]
    return m


print("// shifted log-normal: j, mpmath local MLE location, mu, sigma, log-likelihood, se(location), se(mu), se(sigma)")
print("// and stats.lognorm.fit(wine[:, j]) as (s, loc, scale) in a comment")
for j in [1, 7, 8, 9, 12, 4]:
    x = w[:, j]
    n = len(x)
    lo, hi = x.min(), x.max()
    us = np.arange(-40, 25.0001, 0.05)
    ell = np.array([profile(x, u) for u in us])
    cand = [k for k in range(1, len(us) - 1) if ell[k] > ell[k - 1] and ell[k] >= ell[k + 1]]
    fit = stats.lognorm.fit(x)
    if not cand:
        print("// j=%d: no interior local maximum; lognorm.fit = %r" % (j, fit))
        continue
    k = max(cand, key=lambda q: ell[q])
    xs = [mp.mpf(float(v)) for v in x]
    a = mp.mpf(float(lo)) - mp.exp(us[k + 1]) * (mp.mpf(float(hi)) - mp.mpf(float(lo))) / 2
    b = mp.mpf(float(lo)) - mp.exp(us[k - 1]) * (mp.mpf(float(hi)) - mp.mpf(float(lo))) / 2
    c = mp.findroot(lambda cc: score(xs, cc), (a, b), solver="anderson")
    t = [mp.log(v - c) for v in xs]
    mu = sum(t) / n
    sigma = mp.sqrt(sum((ti - mu) ** 2 for ti in t) / n)
    ll = float(np.sum(stats.lognorm.logpdf(x, float(sigma), float(c), float(mp.exp(mu)))))
    cov = np.linalg.inv(n * fisher(float(mu), float(sigma)))
    se = np.sqrt(np.diag(cov))
    print("// lognorm.fit(wine[:, %d]) = %r; interior candidates at u = %s" % (j, fit, [round(us[q], 2) for q in cand]))
    print("{%d, %s, %s, %s, %r, %r, %r, %r}," % (j, mp.nstr(c, 20), mp.nstr(mu, 20), mp.nstr(sigma, 20), ll,
                                              se[0], se[1], se[2]))
