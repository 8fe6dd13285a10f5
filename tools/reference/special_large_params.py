#!/usr/bin/env python3
"""Reference values of the regularized incomplete gamma and beta functions at shapes beyond 1e15,
for LargeShapeSpecialFunctionsTest (the region where Commons Numbers 1.3 throws and statlearn falls
back to the Wilson-Hilferty and Paulson approximations, see Special.regularizedGamma/Beta).

Run with a Python 3 that has mpmath 1.3.0 (the pyenv `python3` on PATH here, Python 3.11.7):
    python3 tools/reference/special_large_params.py

mpmath's gammainc/betainc hypergeometric series do not converge at these shapes and
scipy.special.betainc returns NaN or inconsistent pairs (betainc + betaincc != 1 at a = 1e16,
b = 1e20), so the values are the integrals of the densities at 50 digits, by tanh-sinh
quadrature over +-60 standard deviations around the mean (the mass outside is below 1e-700):
    P(a, x)   = int_{a - 60 sqrt(a)}^{x} t^(a-1) e^(-t) / Gamma(a) dt
    I_x(a, b) = int_{m - 60 sd}^{x} t^(a-1) (1-t)^(b-1) / B(a, b) dt,  m = a/(a+b),
                sd = sqrt(m (1-m) / (a+b+1))
and the complements 1 - P, 1 - I as the integral from x to the upper end. Each x is a double
(printed with repr); each output line is a Java row {a, b, x, lower, upper} (b = 0 for gamma).
"""
import mpmath as mp

mp.mp.dps = 50


def gamma_pair(a, x):
    a, x = mp.mpf(a), mp.mpf(x)
    sd = mp.sqrt(a)
    f = lambda t: mp.exp((a - 1) * mp.log(t) - t - mp.loggamma(a))
    lo, hi = a - 60 * sd, a + 60 * sd
    low = mp.quad(f, [lo, a - 5 * sd, a, x] if x > a else [lo, x])
    up = mp.quad(f, [x, a, a + 5 * sd, hi] if x < a else [x, hi])
    return low, up


def beta_pair(a, b, x):
    a, b, x = mp.mpf(a), mp.mpf(b), mp.mpf(x)
    m = a / (a + b)
    sd = mp.sqrt(m * (1 - m) / (a + b + 1))
    lb = mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b)
    f = lambda t: mp.exp((a - 1) * mp.log(t) + (b - 1) * mp.log1p(-t) - lb)
    lo, hi = m - 60 * sd, m + 60 * sd
    low = mp.quad(f, [lo, m - 5 * sd, m, x] if x > m else [lo, x])
    up = mp.quad(f, [x, m, m + 5 * sd, hi] if x < m else [x, hi])
    return low, up


def fmt(v):
    return repr(float(v))


print("// gamma: {a, 0, x, P, Q}")
for a in (1e15, 1e17, 1e20):
    for z in (-6, -2, -0.5, 0.25, 1, 3, 7):
        x = float(mp.mpf(a) + z * mp.sqrt(a))
        p, q = gamma_pair(a, x)
        print("{%s, 0.0, %s, %s, %s}," % (fmt(a), repr(x), fmt(p), fmt(q)))
print("// beta: {a, b, x, I, 1 - I}")
for a, b in ((1e16, 1e16), (1e16, 1e20), (1e20, 1e16), (3e17, 1e18)):
    m = mp.mpf(a) / (a + b)
    sd = mp.sqrt(m * (1 - m) / (a + b + 1))
    for z in (-6, -2, -0.5, 0.25, 1, 3, 7):
        x = float(m + z * sd)
        low, up = beta_pair(a, b, x)
        print("{%s, %s, %s, %s, %s}," % (fmt(a), fmt(b), repr(x), fmt(low), fmt(up)))
