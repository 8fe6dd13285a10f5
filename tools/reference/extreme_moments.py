#!/usr/bin/env python3
"""Reference moments at extreme-but-legal parameters, for ExtremeMomentsTest: the closed forms
evaluated with mpmath at 60 digits (where the direct double formulas overflow to NaN or inf).

Run with a Python 3 that has mpmath 1.3.0 (the pyenv `python3` on PATH here):
    python3 tools/reference/extreme_moments.py
Each parameter is the double nearest the decimal literal, converted exactly (mpf(float)).
"""
import mpmath as mp

mp.mp.dps = 60
f = lambda v: mp.mpf(float(v))


def beta_var(a, b):
    a, b = f(a), f(b)
    return a * b / ((a + b) ** 2 * (a + b + 1))


def invgamma_var(a, s):
    a, s = f(a), f(s)
    return s ** 2 / ((a - 1) ** 2 * (a - 2))


def lognormal_var(mu, sigma):
    mu, sigma = f(mu), f(sigma)
    return mp.expm1(sigma ** 2) * mp.exp(2 * mu + sigma ** 2)


def student_var(nu, scale):
    nu, scale = f(nu), f(scale)
    return scale ** 2 * nu / (nu - 2)


def dirichlet_cov(alpha, i, j):
    al = [f(x) for x in alpha]
    a0 = sum(al)
    return ((a0 * al[i] if i == j else 0) - al[i] * al[j]) / (a0 ** 2 * (a0 + 1))


rows = [
    ("Beta.of(1e308, 1e308).variance()", beta_var(1e308, 1e308)),
    ("Beta.of(1e200, 1e200).variance()", beta_var(1e200, 1e200)),
    ("Beta.of(1e-300, 1e300).variance()", beta_var(1e-300, 1e300)),
    ("Beta.of(2, 3).variance()", beta_var(2, 3)),
    ("InverseGamma.of(1e200, 1e300).variance()", invgamma_var(1e200, 1e300)),
    ("InverseGamma.of(3, 1e-160).variance()", invgamma_var(3, 1e-160)),
    ("InverseGamma.of(1e160, 1e-10).variance()", invgamma_var(1e160, 1e-10)),
    ("LogNormal.of(-1000, 30).variance()", lognormal_var(-1000, 30)),
    ("LogNormal.of(400, 1e-160).variance()", lognormal_var(400, 1e-160)),
    ("LogNormal.of(-400, 1e-10).variance()", lognormal_var(-400, 1e-10)),
    ("StudentT.of(1e300, 0, 1e10).variance()", student_var(1e300, 1e10)),
    ("Dirichlet.of(1e160, 3e160).covariance()[0][0]", dirichlet_cov([1e160, 3e160], 0, 0)),
    ("Dirichlet.of(1e160, 3e160).covariance()[0][1]", dirichlet_cov([1e160, 3e160], 0, 1)),
    ("Dirichlet.of(1e-160, 3e-160).covariance()[0][0]", dirichlet_cov([1e-160, 3e-160], 0, 0)),
    ("Dirichlet.of(1e-160, 3e-160).covariance()[0][1]", dirichlet_cov([1e-160, 3e-160], 0, 1)),
]
for name, v in rows:
    print('{"%s", %r},' % (name, float(v)))
