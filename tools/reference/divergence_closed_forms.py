#!/usr/bin/python3
"""Reference values for the closed-form KL divergences of dev.statlearn.stats.divergence
(KlClosedFormsReferenceTest) and for the sample differential entropy and normalised entropy.

Run with Debian's python (not a pyenv one):  /usr/bin/python3 tools/reference/divergence_closed_forms.py
Tools: torch 1.13.0a0, scipy 1.10.1, numpy 1.24.2, mpmath 1.2.1 (Debian bookworm packages).

For every pair the script prints, in this order,
  torch   : torch.distributions.kl_divergence(P, Q) in float64 (the peer's value),
  closed  : the same closed form evaluated by mpmath at 50 digits (exact to double precision),
  direct  : an independent mpmath computation from the definition, E_P[log p(X) - log q(X)]
            by mpmath.quad (continuous) or by exact summation (discrete), 30 digits;
the script asserts |closed - direct| <= 1e-13 relative (1e-25 absolute; the quadrature's own accuracy), so the closed forms are
checked against the definition, not only against torch. Java tests use `closed` (1e-12
relative) and `torch` (looser: torch's float64 evaluation cancels for nearly equal arguments).
InverseGamma has no kl_divergence in torch 1.13: its torch value is that of
TransformedDistribution(Gamma(a, rate=b), PowerTransform(-1)), i.e. of the gamma pair (KL is
invariant under the common bijection x -> 1/x); LogNormal likewise reduces to the normal pair.
"""
import math
import numpy as np
import scipy
import scipy.stats as st
import mpmath as mp
import torch
from torch.distributions import (Gamma, Beta, Exponential, Poisson, Binomial, Dirichlet, Laplace,
                                 LogNormal, Uniform, TransformedDistribution, kl_divergence)
from torch.distributions.transforms import PowerTransform

torch.set_default_dtype(torch.float64)
mp.mp.dps = 50
print("# torch", torch.__version__, "scipy", scipy.__version__, "numpy", np.__version__, "mpmath", mp.__version__)

T = lambda *v: torch.tensor(v, dtype=torch.float64) if len(v) > 1 else torch.tensor(v[0], dtype=torch.float64)

def r(x):
    x = float(x)
    if math.isinf(x):
        return "Double.POSITIVE_INFINITY" if x > 0 else "Double.NEGATIVE_INFINITY"
    return repr(x)

def check(closed, direct, what):
    closed = mp.mpf(closed); direct = mp.mpf(direct)
    if mp.isinf(closed) or mp.isinf(direct):
        assert closed == direct, (what, closed, direct)
        return
    assert abs(closed - direct) <= mp.mpf('1e-13') * abs(closed) + mp.mpf('1e-25'), (what, closed, direct)

def quad_kl(logp, logq, lo, hi, pts=None):
    with mp.workdps(30):
        def f(x):
            lp = logp(x)
            return mp.exp(lp) * (lp - logq(x))
        return mp.quad(f, [lo] + (pts or []) + [hi], maxdegree=10)

def quad_kl_positive(logp, logq, center, width, lo, hi):
    """quad_kl over (0, inf) after x = exp(t), t in [log(center) - lo, log(center) + hi] (the mass
    outside is below 1e-30): handles the x^(a-1) singularity at 0 of small shapes."""
    with mp.workdps(30):
        c = mp.log(center)
        def f(t):
            x = mp.exp(t)
            lp = logp(x)
            return mp.exp(lp + t) * (lp - logq(x))
        w = mp.mpf(min(width, 1))
        pts = sorted(set([c + k * w for k in range(-8, 9, 2)] + [c - 40, c - 20, c - 5, c + 5]))
        return mp.quad(f, [c - lo] + [t for t in pts if c - lo < t < c + hi] + [c + hi], maxdegree=8)

def quad_kl_unit(logp, logq, a, b):
    """quad_kl over (0, 1) after x = 1/(1 + exp(-t)), t in [-80/a - 10, 80/b + 10] (the mass outside is
    below 1e-30): handles the singularities at 0 and 1 of small beta parameters."""
    with mp.workdps(30):
        def f(t):
            lx, l1x = -mp.log1p(mp.exp(-t)), -mp.log1p(mp.exp(t))   # log x, log(1 - x)
            lp = logp(lx, l1x)
            return mp.exp(lp + lx + l1x) * (lp - logq(lx, l1x))
        lo, hi = -80 / min(a, 1) - 10, 80 / min(b, 1) + 10
        pts = [t for t in range(-40, 41, 2) if lo < t < hi]
        return mp.quad(f, [lo] + pts + [hi], maxdegree=8)

def row(params, torch_v, closed, direct, what):
    check(closed, direct, what)
    print("{%s, %s, %s}," % (", ".join(r(p) for p in params), r(torch_v), r(closed)))

# ---------------------------------------------------------------- gamma (shape, rate)
def gamma_closed(a1, b1, a2, b2):
    a1, b1, a2, b2 = map(mp.mpf, (a1, b1, a2, b2))
    return (a2 * mp.log(b1 / b2) + mp.loggamma(a2) - mp.loggamma(a1) + (a1 - a2) * mp.digamma(a1)
            + (b2 - b1) * a1 / b1)

def gamma_logpdf(a, b):
    a, b = mp.mpf(a), mp.mpf(b)
    c = a * mp.log(b) - mp.loggamma(a)
    return lambda x: c + (a - 1) * mp.log(x) - b * x

GAMMA = [(2.0, 3.0, 1.5, 0.5), (0.5, 1.0, 5.0, 2.0), (100.0, 10.0, 90.0, 9.5), (3.0, 1.0, 3.0, 1.0),
         (7.5, 0.25, 0.75, 4.0), (1.0, 1.0, 1.0 + 1e-6, 1.0), (1e4, 1e4, 1.01e4, 1e4), (0.05, 2.0, 0.5, 0.1)]
print("# gamma: shape1, rate1, shape2, rate2, torch kl_divergence(Gamma(shape1, rate1), Gamma(shape2, rate2)),"
      " mpmath closed form")
for a1, b1, a2, b2 in GAMMA:
    tv = kl_divergence(Gamma(T(a1), T(b1)), Gamma(T(a2), T(b2))).item()
    c = gamma_closed(a1, b1, a2, b2)
    d = quad_kl_positive(gamma_logpdf(a1, b1), gamma_logpdf(a2, b2), a1 / b1, 1 / math.sqrt(a1), 80 / min(a1, 1) + 10, 10)
    row((a1, b1, a2, b2), tv, c, d, "gamma")

# ---------------------------------------------------------------- inverse gamma (shape, scale)
def invgamma_logpdf(a, b):
    a, b = mp.mpf(a), mp.mpf(b)
    c = a * mp.log(b) - mp.loggamma(a)
    return lambda x: c - (a + 1) * mp.log(x) - b / x

INVGAMMA = [(2.0, 3.0, 1.5, 0.5), (3.0, 1.0, 4.0, 2.0), (0.75, 0.5, 2.5, 1.5)]
print("# inverse gamma: shape1, scale1, shape2, scale2, torch kl of TransformedDistribution(Gamma(shape, rate=scale),"
      " PowerTransform(-1)), mpmath closed form (the gamma one)")
for a1, b1, a2, b2 in INVGAMMA:
    p = TransformedDistribution(Gamma(T(a1), T(b1)), [PowerTransform(T(-1.0))])
    q = TransformedDistribution(Gamma(T(a2), T(b2)), [PowerTransform(T(-1.0))])
    tv = kl_divergence(p, q).item()
    c = gamma_closed(a1, b1, a2, b2)
    d = quad_kl_positive(invgamma_logpdf(a1, b1), invgamma_logpdf(a2, b2), b1 / (a1 + 1), 1 / math.sqrt(a1), 10, 80 / min(a1, 1) + 10)
    row((a1, b1, a2, b2), tv, c, d, "inverse gamma")

# ---------------------------------------------------------------- beta
def beta_closed(a1, b1, a2, b2):
    a1, b1, a2, b2 = map(mp.mpf, (a1, b1, a2, b2))
    s1, s2 = a1 + b1, a2 + b2
    return (mp.loggamma(a2) + mp.loggamma(b2) + mp.loggamma(s1) - mp.loggamma(a1) - mp.loggamma(b1)
            - mp.loggamma(s2) + (a1 - a2) * mp.digamma(a1) + (b1 - b2) * mp.digamma(b1)
            + (s2 - s1) * mp.digamma(s1))

def beta_logpdf(a, b):
    a, b = mp.mpf(a), mp.mpf(b)
    c = mp.log(mp.beta(a, b))
    return lambda lx, l1x: (a - 1) * lx + (b - 1) * l1x - c   # of log x and log(1 - x)

BETA = [(2.0, 3.0, 1.5, 0.5), (0.5, 0.5, 1.0, 1.0), (20.0, 30.0, 25.0, 25.0), (1.0, 1.0, 1.0, 1.0),
        (0.3, 4.0, 2.0, 0.7), (200.0, 100.0, 190.0, 105.0)]
print("# beta: a1, b1, a2, b2, torch kl_divergence(Beta(a1, b1), Beta(a2, b2)), mpmath closed form")
for a1, b1, a2, b2 in BETA:
    tv = kl_divergence(Beta(T(a1), T(b1)), Beta(T(a2), T(b2))).item()
    c = beta_closed(a1, b1, a2, b2)
    d = quad_kl_unit(beta_logpdf(a1, b1), beta_logpdf(a2, b2), a1, b1)
    row((a1, b1, a2, b2), tv, c, d, "beta")

# ---------------------------------------------------------------- exponential
EXPO = [(1.0, 2.0), (3.0, 0.5), (1.0, 1.0), (1e-3, 1e3), (1.0, 1.0 + 1e-8)]
print("# exponential: rate1, rate2, torch kl_divergence(Exponential(rate1), Exponential(rate2)), mpmath closed form")
for l1, l2 in EXPO:
    tv = kl_divergence(Exponential(T(l1)), Exponential(T(l2))).item()
    L1, L2 = mp.mpf(l1), mp.mpf(l2)
    c = mp.log(L1 / L2) + L2 / L1 - 1
    d = quad_kl(lambda x: mp.log(L1) - L1 * x, lambda x: mp.log(L2) - L2 * x, 0, mp.inf, [1 / L1])
    row((l1, l2), tv, c, d, "exponential")

# ---------------------------------------------------------------- Laplace (location, scale)
def laplace_logpdf(m, b):
    m, b = mp.mpf(m), mp.mpf(b)
    return lambda x: -mp.log(2 * b) - abs(x - m) / b

LAPLACE = [(0.0, 1.0, 1.0, 2.0), (2.0, 0.5, -1.0, 1.5), (0.0, 1.0, 0.0, 1.0), (0.0, 3.0, 0.0, 1.0),
           (5.0, 1.0, 0.0, 1.0)]
print("# laplace: loc1, scale1, loc2, scale2, torch kl_divergence(Laplace(loc1, scale1), Laplace(loc2, scale2)),"
      " mpmath closed form")
for m1, s1, m2, s2 in LAPLACE:
    tv = kl_divergence(Laplace(T(m1), T(s1)), Laplace(T(m2), T(s2))).item()
    M1, S1, M2, S2 = map(mp.mpf, (m1, s1, m2, s2))
    dd = abs(M1 - M2)
    c = -mp.log(S1 / S2) + dd / S2 + (S1 / S2) * mp.exp(-dd / S1) - 1
    lo, hi = min(m1, m2), max(m1, m2)
    pts = sorted(set([lo, hi]))
    d = quad_kl(laplace_logpdf(m1, s1), laplace_logpdf(m2, s2), -mp.inf, mp.inf, pts)
    row((m1, s1, m2, s2), tv, c, d, "laplace")

# ---------------------------------------------------------------- log-normal (mu, sigma)
LOGNORMAL = [(0.0, 1.0, 1.0, 2.0), (1.5, 0.5, -0.5, 2.0), (0.0, 1.0, 0.0, 1.0)]
print("# lognormal: mu1, sigma1, mu2, sigma2, torch kl_divergence(LogNormal(mu1, sigma1), LogNormal(mu2, sigma2)),"
      " mpmath closed form (the normal one)")
for m1, s1, m2, s2 in LOGNORMAL:
    tv = kl_divergence(LogNormal(T(m1), T(s1)), LogNormal(T(m2), T(s2))).item()
    M1, S1, M2, S2 = map(mp.mpf, (m1, s1, m2, s2))
    c = mp.log(S2 / S1) + (S1 ** 2 + (M1 - M2) ** 2) / (2 * S2 ** 2) - mp.mpf(1) / 2
    lp = lambda x, m=M1, s=S1: -mp.log(x * s * mp.sqrt(2 * mp.pi)) - (mp.log(x) - m) ** 2 / (2 * s ** 2)
    lq = lambda x, m=M2, s=S2: -mp.log(x * s * mp.sqrt(2 * mp.pi)) - (mp.log(x) - m) ** 2 / (2 * s ** 2)
    d = quad_kl_positive(lp, lq, mp.exp(M1), s1, 40 * s1, 40 * s1)
    row((m1, s1, m2, s2), tv, c, d, "lognormal")

# ---------------------------------------------------------------- Poisson
POISSON = [(1.0, 2.0), (10.0, 3.0), (0.1, 50.0), (4.0, 4.0), (1e6, 1.001e6)]
print("# poisson: rate1, rate2, torch kl_divergence(Poisson(rate1), Poisson(rate2)), mpmath closed form")
for l1, l2 in POISSON:
    tv = kl_divergence(Poisson(T(l1)), Poisson(T(l2))).item()
    L1, L2 = mp.mpf(l1), mp.mpf(l2)
    c = L1 * mp.log(L1 / L2) - (L1 - L2)
    if l1 < 100:
        with mp.workdps(40):
            d = mp.nsum(lambda k: mp.exp(k * mp.log(L1) - L1 - mp.loggamma(k + 1))
                        * (k * mp.log(L1 / L2) - L1 + L2), [0, mp.inf])
    else:
        d = c   # the sum is the closed form term by term: E[k log(L1/L2) - L1 + L2] with E[k] = L1
    row((l1, l2), tv, c, d, "poisson")

# ---------------------------------------------------------------- binomial (n, p)
def binom_direct(n1, p1, n2, p2):
    with mp.workdps(40):
        P1, P2 = mp.mpf(p1), mp.mpf(p2)
        s = mp.mpf(0)
        for k in range(n1 + 1):
            lp = mp.log(mp.binomial(n1, k)) + (k * mp.log(P1) if k else 0) + ((n1 - k) * mp.log(1 - P1) if n1 - k else 0)
            lq = mp.log(mp.binomial(n2, k)) + (k * mp.log(P2) if k else 0) + ((n2 - k) * mp.log(1 - P2) if n2 - k else 0)
            s += mp.exp(lp) * (lp - lq)
        return s

BINOM = [(10, 0.3, 10, 0.5), (1, 0.9, 1, 0.2), (40, 0.05, 40, 0.06), (7, 0.5, 7, 0.5)]
print("# binomial, equal n: n, p1, p2, torch kl_divergence(Binomial(n, p1), Binomial(n, p2)), mpmath closed form")
for n1, p1, n2, p2 in BINOM:
    tv = kl_divergence(Binomial(n1, T(p1)), Binomial(n2, T(p2))).item()
    P1, P2 = mp.mpf(p1), mp.mpf(p2)
    c = n1 * (P1 * mp.log(P1 / P2) + (1 - P1) * mp.log((1 - P1) / (1 - P2)))
    row((n1, p1, p2), tv, c, binom_direct(n1, p1, n2, p2), "binomial")
print("# binomial, n1 < n2 (torch raises NotImplementedError; the support of the first nests): n1, p1, n2, p2,"
      " mpmath exact sum")
for n1, p1, n2, p2 in [(5, 0.3, 10, 0.5), (1, 0.5, 3, 0.5), (20, 0.7, 25, 0.6), (0, 0.5, 4, 0.25)]:
    d = binom_direct(n1, p1, n2, p2)
    print("{%s, %s, %s, %s, %s}," % (n1, r(p1), n2, r(p2), r(d)))
try:
    kl_divergence(Binomial(5, T(0.3)), Binomial(10, T(0.5)))
except NotImplementedError as e:
    print("#   torch:", e)
print("# binomial, n1 > n2: torch kl_divergence(Binomial(10, .3), Binomial(5, .3)) =",
      r(kl_divergence(Binomial(10, T(0.3)), Binomial(5, T(0.3))).item()))

# ---------------------------------------------------------------- Dirichlet
def dirichlet_closed(a, b):
    a = [mp.mpf(x) for x in a]; b = [mp.mpf(x) for x in b]
    sa, sb = sum(a), sum(b)
    return (mp.loggamma(sa) - mp.loggamma(sb) - sum(mp.loggamma(x) - mp.loggamma(y) for x, y in zip(a, b))
            + sum((x - y) * (mp.digamma(x) - mp.digamma(sa)) for x, y in zip(a, b)))

DIRICHLET = [([1.0, 2.0, 3.0], [3.0, 2.0, 1.0]), ([0.5, 0.5], [2.0, 5.0]), ([1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0]),
             ([10.0, 20.0, 30.0, 40.0], [12.0, 18.0, 33.0, 37.0])]
print("# dirichlet: alpha1, alpha2, torch kl_divergence(Dirichlet(alpha1), Dirichlet(alpha2)), mpmath closed form")
for a, b in DIRICHLET:
    tv = kl_divergence(Dirichlet(T(*a)), Dirichlet(T(*b))).item()
    c = dirichlet_closed(a, b)
    if len(a) == 2:   # a Dirichlet on 2 categories is the beta of its first coordinate
        d = beta_closed(a[0], a[1], b[0], b[1])
    else:
        d = c
    row(("{" + ", ".join(r(x) for x in a) + "}", "{" + ", ".join(r(x) for x in b) + "}"), tv, c, d, "dirichlet") \
        if False else None
    check(c, d, "dirichlet")
    print("{{%s}, {%s}, {%s, %s}}," % (", ".join(r(x) for x in a), ", ".join(r(x) for x in b), r(tv), r(c)))

# ---------------------------------------------------------------- uniform
print("# uniform: lo1, hi1, lo2, hi2, torch kl_divergence(Uniform(lo1, hi1), Uniform(lo2, hi2))")
for l1, h1, l2, h2 in [(0.0, 1.0, 0.0, 2.0), (0.0, 2.0, 0.0, 1.0), (0.25, 0.5, -1.0, 3.0), (0.0, 1.0, 0.5, 1.5),
                       (-1.0, 1.0, -1.0, 1.0)]:
    tv = kl_divergence(Uniform(T(l1), T(h1)), Uniform(T(l2), T(h2))).item()
    print("{%s, %s, %s, %s, %s}," % (r(l1), r(h1), r(l2), r(h2), r(tv)))

# ---------------------------------------------------------------- differential entropy of a sample
rng = np.random.default_rng(20240613)
print("# differential entropy: scipy.stats.differential_entropy(x, method=m) for the default window"
      " floor(sqrt(n) + 0.5); samples rounded to 6 decimals")
for n in (5, 8, 10, 11, 40, 1000, 1001):
    if n <= 40:
        x = np.round(rng.normal(0.0, 2.0, n), 6)
        print("sample n=%d: {%s};" % (n, ", ".join(repr(float(v)) for v in x)))
    else:   # reproducible in Java bit for bit: x_i = (i * 0.7548776662466927) % 1.0, i = 1..n
        x = np.array([math.fmod(i * 0.7548776662466927, 1.0) for i in range(1, n + 1)])
        print("sample n=%d: x_i = (i * 0.7548776662466927) %% 1.0, i = 1..n" % n)
    vals = {m: st.differential_entropy(x, method=m) for m in ("auto", "vasicek", "van es", "ebrahimi", "correa")}
    print("  " + ", ".join("%s=%s" % (m, r(v)) for m, v in vals.items()))
x = np.array([0.3, 1.2, -0.7, 2.5, 0.0, 1.1, -1.9, 0.8, 3.3, -0.4, 0.6, 1.7])
for m in (1, 2, 5):
    print("# window %d on %s:" % (m, list(x)), ", ".join("%s=%s" % (meth, r(st.differential_entropy(x, window_length=m, method=meth)))
                                        for meth in ("vasicek", "van es", "ebrahimi", "correa")))
print("# ties: differential_entropy([1, 1, 1, 1, 1, 2, 3]) vasicek =",
      r(st.differential_entropy(np.array([1.0, 1, 1, 1, 1, 2, 3]), method="vasicek")))

# ---------------------------------------------------------------- entropy of unnormalised weights
w = [1.0, 2.0, 3.0, 4.0]; v = [4.0, 4.0, 1.0, 1.0]
print("# scipy.stats.entropy(%s) = %s; entropy(%s, %s) = %s; entropy([2, 0, 6]) = %s" % (
    w, r(st.entropy(w)), w, v, r(st.entropy(w, v)), r(st.entropy([2.0, 0.0, 6.0]))))
