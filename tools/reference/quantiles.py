#!/usr/bin/env python3
"""Reference quantiles at extreme probabilities and parameters for QuantileReferenceTest.

Run with a Python 3 that has scipy 1.17.1 and mpmath 1.3.0 (the pyenv `python3` on PATH, Python
3.11.7; Debian's /usr/bin/python3 has no scipy 1.17 here):
    python3 tools/reference/quantiles.py > /tmp/quantiles.txt

The reference quantile is mpmath's, at 80 significant digits: the root of log F(x) = log p
(lower tail, p <= 1/2) or log S(x) = log q with q = 1 - p computed exactly (upper tail), found in log x by a
secant iteration from SciPy's value (accepted when the residual is below 1e-28) or else bisection, then rounded to the nearest double (so a quantile below 4.9e-324 prints as
0.0 and one above 1.8e308 as inf, the limits SciPy returns). The CDFs used:
    gamma(a, rate)     F = mpmath.gammainc(a, 0, rate x, regularized=True)
    beta(a, b)         F = mpmath.betainc(a, b, 0, x, regularized=True)
    t(nu) (standard)   P(T > s) = betainc(nu/2, 1/2, 0, nu/(nu + s^2), regularized=True) / 2
    invgamma(a, scale) F = mpmath.gammainc(a, scale/x, inf, regularized=True)
    norm, lognorm, expon, laplace from mpmath.erfc / exp / log in closed form.
Every row also carries scipy.stats.<family>(...).ppf(p) (scipy.stats.gamma(a, scale=1/rate),
beta(a, b), t(nu), invgamma(a, scale=scale), norm, lognorm(s=sigma, scale=exp(mu)),
expon(scale=1/rate), laplace) and the elasticity |d log x / d log tail| = tail / (x f(x)) at
the reference point (from mpmath), which bounds how many digits of x the tail probability
determines. The script prints, on stderr, the largest relative gap between SciPy and mpmath
over rows where both are finite and non-zero, scaled by the elasticity.
"""
import sys

import mpmath as mp
import scipy
from scipy import stats

mp.mp.dps = 80

PS = [1e-300, 1e-100, 1e-30, 1e-17, 1e-15, 1e-12, 1e-10, 1e-5, 0.01, 0.3, 0.5, 0.7, 0.99,
      1 - 1e-5, 1 - 1e-10, 1 - 1e-16]


def gamma_fam(a, rate):
    a, rate = mp.mpf(a), mp.mpf(rate)
    low = lambda x: mp.gammainc(a, 0, rate * x, regularized=True)
    up = lambda x: mp.gammainc(a, rate * x, mp.inf, regularized=True)
    pdf = lambda x: mp.exp(a * mp.log(rate) + (a - 1) * mp.log(x) - rate * x - mp.loggamma(a))
    return low, up, pdf


def beta_fam(a, b):
    a, b = mp.mpf(a), mp.mpf(b)
    low = lambda x: mp.betainc(a, b, 0, x, regularized=True)
    # the upper tail as the lower integral of the mirrored beta: mpmath's betainc(a, b, x, 1)
    # cancels (at 40 digits it gives 1.56e-44 for I_0.001(0.5, 1e5)'s complement, truly 1.99e-45)
    # (for x below 1/2, where 1 - x would round x away, as 1 - F: at 80 digits this keeps 60
    # digits of any upper tail above 1e-20, and this table's upper tails are above 1e-16)
    up = lambda x: (1 - low(x)) if x < 0.5 else mp.betainc(b, a, 0, 1 - x, regularized=True)
    pdf = lambda x: mp.exp((a - 1) * mp.log(x) + (b - 1) * mp.log1p(-x) - mp.log(mp.beta(a, b)))
    return low, up, pdf


def t_upper(nu):
    """Tail P(T > s) of the standard t as a function of s > 0, and the density."""
    nu = mp.mpf(nu)
    up = lambda s: mp.betainc(nu / 2, mp.mpf(1) / 2, 0, nu / (nu + s * s), regularized=True) / 2
    pdf = lambda s: mp.exp(mp.loggamma((nu + 1) / 2) - mp.loggamma(nu / 2) - mp.log(nu * mp.pi) / 2
                           - (nu + 1) / 2 * mp.log1p(s * s / nu))
    low = lambda s: 1 - up(s)
    return low, up, pdf


def invgamma_fam(a, scale):
    a, scale = mp.mpf(a), mp.mpf(scale)
    low = lambda x: mp.gammainc(a, scale / x, mp.inf, regularized=True)
    up = lambda x: mp.gammainc(a, 0, scale / x, regularized=True)
    pdf = lambda x: mp.exp(a * mp.log(scale) - (a + 1) * mp.log(x) - scale / x - mp.loggamma(a))
    return low, up, pdf


def solve(low, up, pdf, p, upper=None, guess=None, q=None):
    """Root in (0, upper) of log F(x) = log p (or log S(x) = log q) in u = log x: secant
    iteration from SciPy's value when that is finite and positive and the secant converges to
    a residual below 1e-28, bisection on u otherwise; returns (x as mpf, elasticity)."""
    p = mp.mpf(p)
    q = 1 - p if q is None else mp.mpf(q)   # q given: the upper tail, at any size
    use_up = q < p
    target = q if use_up else p
    lt = mp.log(target)
    f = (lambda x: lt - mp.log(up(x))) if use_up else (lambda x: mp.log(low(x)) - lt)
    if guess is not None and 0 < guess < float("inf") and (upper is None or guess < upper):
        try:
            u0 = mp.log(mp.mpf(guess))
            u = mp.findroot(lambda v: f(mp.exp(v)), (u0, u0 + mp.mpf(1e-9) * max(1, abs(u0))),
                            tol=mp.mpf(10) ** -60)
            x = mp.exp(u)
            if (isinstance(x, mp.mpf) and (upper is None or x < upper)
                    and abs(f(x)) < mp.mpf(10) ** -28):
                return finish(x, up, low, pdf, use_up, target)
        except (ValueError, ZeroDivisionError, TypeError):
            pass
    lo_u, hi_u = mp.mpf(-2e6), (mp.log(mp.mpf(upper)) if upper else mp.mpf(2e6))
    for _ in range(400):
        mid = (lo_u + hi_u) / 2
        v = f(mp.exp(mid))
        if v < 0:
            lo_u = mid
        else:
            hi_u = mid
        if hi_u - lo_u < mp.mpf(10) ** -30 * max(1, abs(mid)):
            break
    return finish(mp.exp((lo_u + hi_u) / 2), up, low, pdf, use_up, target)


def finish(x, up, low, pdf, use_up, target):
    """Checks the root against the tail recomputed at 120 digits; returns (x, elasticity)."""
    tail = up(x) if use_up else low(x)
    with mp.workdps(120):
        check = up(x) if use_up else low(x)
    if tail != 0 and abs(check / target - 1) > mp.mpf(10) ** -20:
        raise AssertionError("tail at the root disagrees at 120 digits: %s vs %s" % (check, target))
    return x, tail / (x * pdf(x))


def fmt(v):
    v = float(v)
    if v == float("inf"):
        return "Double.POSITIVE_INFINITY"
    if v == float("-inf"):
        return "Double.NEGATIVE_INFINITY"
    if v != v:
        return "Double.NaN"
    return repr(v)


worst = [0.0, None]


def row(name, params, p, x, el, sp):
    x = float(x)
    el = float(el) if x != 0 and x != float("inf") and abs(x) != float("inf") else 0.0
    sp = float(sp)
    if x != 0 and abs(x) != float("inf") and sp != 0 and abs(sp) != float("inf"):
        gap = abs(sp - x) / abs(x) / max(1.0, el)
        if gap > worst[0]:
            worst[0], worst[1] = gap, (name, params, p)
    print('            {"%s", %s, %s, %s, %s, %s},' % (
        name, ", ".join(repr(float(v)) for v in params), repr(p), fmt(x), repr(el), fmt(sp)))


def main():
    sys.stderr.write("scipy %s, mpmath %s, python %s\n" % (scipy.__version__, mp.__version__,
                                                            sys.version.split()[0]))
    for a, rate in [(1e-3, 1), (0.01, 1), (0.5, 1), (1, 1), (10, 1), (1e3, 1), (1e5, 1),
                    (2.5, 1e-50), (2.5, 1e50)]:
        low, up, pdf = gamma_fam(a, rate)
        for p in PS:
            sp = stats.gamma(a, scale=1 / rate).ppf(p)
            x, el = solve(low, up, pdf, p, guess=sp)
            row("Gamma", (a, rate), p, x, el, sp)
    for a, b in [(0.01, 0.01), (1e-3, 10), (0.5, 0.5), (2, 5), (10, 1e-3), (1e3, 1e3),
                 (100, 0.01)]:
        low, up, pdf = beta_fam(a, b)
        for p in PS:
            sp = stats.beta(a, b).ppf(p)
            if mp.mpf(p) <= low(mp.mpf(0.5)):
                x, el = solve(low, up, pdf, p, upper=0.5, guess=sp)
            else:
                # above 1/2 solve for y = 1 - x, the quantile of beta(b, a) at q = 1 - p (exact),
                # so that x near 1 keeps its digits
                mlow, mup, mpdf = beta_fam(b, a)
                y, el_y = solve(mlow, mup, mpdf, 1 - mp.mpf(p), upper=0.5, guess=1 - sp)
                x, el = 1 - y, el_y * y / (1 - y)
            row("Beta", (a, b), p, x, el, sp)
    for nu in [0.05, 0.5, 1, 3, 30, 1e6]:
        low, up, pdf = t_upper(nu)
        for p in PS:
            if p == 0.5:
                row("StudentT", (nu,), p, 0.0, 0.0, stats.t(nu).ppf(p))
                continue
            qq = min(mp.mpf(p), 1 - mp.mpf(p))
            sp = stats.t(nu).ppf(p)
            s, el = solve(low, up, pdf, 1, guess=abs(sp), q=qq)   # upper tail, probability qq
            x = -s if p < 0.5 else s
            row("StudentT", (nu,), p, x, el, sp)
    for a, scale in [(0.01, 1), (0.5, 1), (2.5, 1), (10, 1), (1e3, 1), (2.5, 1e-100)]:
        low, up, pdf = invgamma_fam(a, scale)
        for p in PS:
            sp = stats.invgamma(a, scale=scale).ppf(p)
            x, el = solve(low, up, pdf, p, guess=sp)
            row("InverseGamma", (a, scale), p, x, el, sp)
    # closed forms: norm(0, 1), lognorm(s=2, scale=e^1), expon(scale=1/3), laplace(0, 1)
    for p in PS:
        pm = mp.mpf(p)
        # z solves log Phi(z) = log p (or log Phi(-z) = log q) by a secant iteration from SciPy
        qm = 1 - pm
        if p <= 0.5:
            z = mp.findroot(lambda v: mp.log(mp.ncdf(v)) - mp.log(pm), float(stats.norm.ppf(p)))
        else:
            z = mp.findroot(lambda v: mp.log(mp.ncdf(-v)) - mp.log(qm), float(stats.norm.ppf(p)))
        el_n = (pm if p <= 0.5 else 1 - pm) / (abs(z) * mp.npdf(z)) if z != 0 else 0
        row("Normal", (0.0, 1.0), p, z, el_n, stats.norm.ppf(p))
        row("LogNormal", (1.0, 2.0), p, mp.exp(1 + 2 * z), 0.0,
            stats.lognorm(s=2, scale=float(mp.e)).ppf(p))
        ex = -mp.log1p(-pm) / 3
        row("Exponential", (3.0,), p, ex, 0.0, stats.expon(scale=1 / 3).ppf(p))
        la = mp.log(2 * pm) if p <= 0.5 else -mp.log(2 * (1 - pm))
        row("Laplace", (0.0, 1.0), p, la, 0.0, stats.laplace.ppf(p))
    sys.stderr.write("largest SciPy-mpmath gap / max(1, elasticity): %.3g at %s\n"
                     % (worst[0], worst[1]))


if __name__ == "__main__":
    main()
