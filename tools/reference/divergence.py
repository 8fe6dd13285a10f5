#!/usr/bin/python3
"""Reference values for dev.statlearn.stats.divergence (DivergencesReferenceTest).

Run with Debian's python:  /usr/bin/python3 tools/reference/divergence.py
Tools: scipy 1.10.1, numpy 1.24.2, torch 1.13.0a0 (Debian bookworm packages).
Every value is printed with repr() (17 significant digits) so it can be pasted into Java.
"""
import numpy as np
import scipy
import scipy.stats as st
import scipy.integrate as integrate
from scipy.spatial.distance import jensenshannon
import torch
from torch.distributions import Normal, MultivariateNormal, Categorical, kl_divergence

print("# numpy", np.__version__, "scipy", scipy.__version__, "torch", torch.__version__)

def arr(name, x):
    print("%s = {%s};" % (name, ", ".join(repr(float(v)) for v in x)))

# ---------------------------------------------------------------- discrete
P = [np.array([0.1, 0.2, 0.3, 0.4]),
     np.array([0.25, 0.25, 0.25, 0.25]),
     np.array([0.0, 0.5, 0.5, 0.0]),
     np.array([0.7, 0.1, 0.1, 0.1])]
Q = [np.array([0.4, 0.3, 0.2, 0.1]),
     np.array([0.1, 0.2, 0.3, 0.4]),
     np.array([0.5, 0.0, 0.25, 0.25]),
     np.array([0.7, 0.1, 0.1, 0.1])]
print("# case: p, q, scipy.stats.entropy(p), entropy(p, base=2), entropy(p, q), entropy(p, q, base=2),")
print("#       jensenshannon(p, q), jensenshannon(p, q, base=2)")
for p, q in zip(P, Q):
    vals = [st.entropy(p), st.entropy(p, base=2), st.entropy(p, q), st.entropy(p, q, base=2),
            jensenshannon(p, q), jensenshannon(p, q, base=2)]
    print("{%s, %s, %s}," % ("{" + ", ".join(repr(float(v)) for v in p) + "}",
                             "{" + ", ".join(repr(float(v)) for v in q) + "}",
                             ", ".join(repr(float(v)) if np.isfinite(v) else "Double.POSITIVE_INFINITY" for v in vals)))

# a longer random pair (Dirichlet), normalised so the sums are 1 to rounding
rng = np.random.default_rng(12345)
p = rng.dirichlet(np.ones(50)); q = rng.dirichlet(np.ones(50) * 0.5)
arr("long p", p); arr("long q", q)
print("# entropy(p) =", repr(st.entropy(p)), " entropy(p, q) =", repr(st.entropy(p, q)),
      " jensenshannon(p, q) =", repr(jensenshannon(p, q)))

# ---------------------------------------------------------------- Wasserstein
u = np.round(rng.normal(0, 1, 9), 3); v = np.round(rng.normal(0.5, 2, 13), 3)
arr("u", u); arr("v", v)
print("# wasserstein_distance(u, v) =", repr(st.wasserstein_distance(u, v)))
uw = np.round(rng.uniform(0, 2, 9), 2); vw = np.round(rng.uniform(0, 2, 13), 2)
arr("uw", uw); arr("vw", vw)
print("# wasserstein_distance(u, v, uw, vw) =", repr(st.wasserstein_distance(u, v, uw, vw)))
s = np.array([0.0, 1.0, 2.5, 4.0]); a = np.array([0.1, 0.2, 0.3, 0.4]); b = np.array([0.4, 0.3, 0.2, 0.1])
print("# wasserstein_distance(s, s, a, b) with s = [0, 1, 2.5, 4] =", repr(st.wasserstein_distance(s, s, a, b)))
# ties and different sizes
print("# wasserstein_distance([0,0,1,1,1],[1,2]) =", repr(st.wasserstein_distance([0, 0, 1, 1, 1], [1, 2])))

# ---------------------------------------------------------------- breast cancer, feature 0 (mean radius)
data = np.loadtxt("/work/shared/data/breast_cancer.csv", delimiter=",", skiprows=1)
x, y = data[:, :-1], data[:, -1].astype(int)
mal, ben = x[y == 0, 0], x[y == 1, 0]
print("# breast cancer mean radius: malignant n=%d, benign n=%d" % (len(mal), len(ben)))
print("# wasserstein_distance(malignant, benign) =", repr(st.wasserstein_distance(mal, ben)))
edges = np.linspace(min(mal.min(), ben.min()), max(mal.max(), ben.max()), 21)
cm, _ = np.histogram(mal, edges); cb, _ = np.histogram(ben, edges)
print("# np.histogram counts (20 bins on [min, max] of both):")
print("#   malignant", list(cm)); print("#   benign   ", list(cb))
pm = (cm + 1.0) / (cm.sum() + 20); pb = (cb + 1.0) / (cb.sum() + 20)
print("# Laplace smoothing (c+1)/(n+20): entropy(pm, pb) =", repr(st.entropy(pm, pb)),
      " entropy(pb, pm) =", repr(st.entropy(pb, pm)), " jensenshannon(pm, pb) =", repr(jensenshannon(pm, pb)))
qm = cm / cm.sum(); qb = cb / cb.sum()
print("# unsmoothed: entropy(qm, qb) =", repr(st.entropy(qm, qb)), " jensenshannon(qm, qb) =",
      repr(jensenshannon(qm, qb)), " TV =", repr(0.5 * np.abs(qm - qb).sum()),
      " Hellinger =", repr(np.sqrt(0.5 * ((np.sqrt(qm) - np.sqrt(qb)) ** 2).sum())))

# ---------------------------------------------------------------- closed forms via torch.distributions.kl_divergence
torch.set_default_dtype(torch.float64)
print("# torch.distributions.kl_divergence(Normal(m1, s1), Normal(m2, s2)): m1, s1, m2, s2, kl")
for m1, s1, m2, s2 in [(0, 1, 0, 1), (0, 1, 1, 1), (1.5, 0.5, -0.5, 2.0), (-3, 4, 2, 0.25)]:
    k = kl_divergence(Normal(torch.tensor(float(m1)), torch.tensor(float(s1))),
                      Normal(torch.tensor(float(m2)), torch.tensor(float(s2)))).item()
    print("{%r, %r, %r, %r, %r}," % (float(m1), float(s1), float(m2), float(s2), k))

m1 = torch.tensor([0.0, 1.0, -1.0]); c1 = torch.tensor([[2.0, 0.3, 0.1], [0.3, 1.0, -0.2], [0.1, -0.2, 0.5]])
m2 = torch.tensor([0.5, 0.0, 1.0]); c2 = torch.tensor([[1.0, 0.0, 0.2], [0.0, 1.5, 0.4], [0.2, 0.4, 2.0]])
print("# kl_divergence(MultivariateNormal(m1, c1), MultivariateNormal(m2, c2)) with")
print("#   m1 =", m1.tolist(), "c1 =", c1.tolist()); print("#   m2 =", m2.tolist(), "c2 =", c2.tolist())
print("#   =", repr(kl_divergence(MultivariateNormal(m1, c1), MultivariateNormal(m2, c2)).item()),
      " reverse =", repr(kl_divergence(MultivariateNormal(m2, c2), MultivariateNormal(m1, c1)).item()))

pc = torch.tensor([0.1, 0.2, 0.3, 0.4]); qc = torch.tensor([0.4, 0.3, 0.2, 0.1])
print("# kl_divergence(Categorical(probs=[.1,.2,.3,.4]), Categorical(probs=[.4,.3,.2,.1])) =",
      repr(kl_divergence(Categorical(probs=pc), Categorical(probs=qc)).item()))

# ---------------------------------------------------------------- Hellinger, W2, TV between normals by quadrature
print("# scipy.integrate.quad (epsabs=1e-13, epsrel=1e-13, limit=200) over the real line, normals (m1, s1, m2, s2):")
print("#   hellinger = sqrt(quad(0.5*(sqrt(p)-sqrt(q))^2)), w2 = sqrt(quad_0^1 (P^-1(t)-Q^-1(t))^2 dt), tv = quad(0.5*|p-q|)")
for m1, s1, m2, s2 in [(0, 1, 1, 1), (1.5, 0.5, -0.5, 2.0), (0, 1, 0, 3)]:
    p = st.norm(m1, s1); q = st.norm(m2, s2)
    lo, hi = min(m1 - 40 * s1, m2 - 40 * s2), max(m1 + 40 * s1, m2 + 40 * s2)
    pts = sorted({m1, m2, m1 - s1, m1 + s1, m2 - s2, m2 + s2})
    h2 = integrate.quad(lambda t: 0.5 * (np.sqrt(p.pdf(t)) - np.sqrt(q.pdf(t))) ** 2, lo, hi, points=pts,
                        epsabs=1e-13, epsrel=1e-13, limit=200)[0]
    w2 = integrate.quad(lambda t: (p.ppf(t) - q.ppf(t)) ** 2, 0, 1, epsabs=1e-13, epsrel=1e-13, limit=200)[0]
    tv = integrate.quad(lambda t: 0.5 * abs(p.pdf(t) - q.pdf(t)), lo, hi, points=pts, epsabs=1e-13,
                        epsrel=1e-13, limit=400)[0]
    print("{%r, %r, %r, %r, %r, %r, %r}," % (float(m1), float(s1), float(m2), float(s2), np.sqrt(h2), np.sqrt(w2), tv))

# ---------------------------------------------------------------- no closed form: quadrature references
print("# scipy.integrate.quad, distributions without a closed-form distance:")
p, q = st.norm(0, 1), st.laplace(0, 1)
tv = integrate.quad(lambda t: 0.5 * abs(p.pdf(t) - q.pdf(t)), -60, 60, points=[-2, -1, 0, 1, 2],
                    epsabs=1e-14, epsrel=1e-13, limit=400)[0]
print("# TV(norm(0, 1), laplace(0, 1)) =", repr(tv))
p, q = st.gamma(2.0, scale=1.0), st.lognorm(s=0.8, scale=np.exp(0.5))
# [0, 200] by quad plus the tail beyond 200 (where the log-normal density dominates: 0.5 * (sf_q - sf_p))
tv = integrate.quad(lambda t: 0.5 * abs(p.pdf(t) - q.pdf(t)), 0, 200, points=[0.5, 1, 2, 4, 8],
                    epsabs=1e-14, epsrel=1e-13, limit=400)[0] + 0.5 * (q.sf(200) - p.sf(200))
kl = integrate.quad(lambda t: p.pdf(t) * (p.logpdf(t) - q.logpdf(t)) if p.pdf(t) > 0 else 0.0, 0, 200,
                    points=[0.5, 1, 2, 4, 8], epsabs=1e-14, epsrel=1e-13, limit=400)[0]
print("# TV(gamma(a=2, scale=1), lognorm(s=0.8, scale=exp(0.5))) =", repr(tv))
print("# KL(gamma(a=2, scale=1) || lognorm(s=0.8, scale=exp(0.5))) =", repr(kl))
print("# scipy.stats.norm.sf(4) =", repr(st.norm.sf(4)))
# singular densities and heavy tails (quad split at the listed points; beyond the last point the tail mass of
# the log-normal, which dominates there, is added)
p, q = st.gamma(0.5), st.expon()
f = lambda t: abs(p.pdf(t) - q.pdf(t))
tv = 0.5 * sum(integrate.quad(f, a, b, limit=500, epsabs=1e-15)[0] for a, b in [(0, 1e-6), (1e-6, 1), (1, 80)])
print("# TV(gamma(a=0.5), expon()) =", repr(tv))
p, q = st.lognorm(2), st.expon()
f = lambda t: abs(p.pdf(t) - q.pdf(t))
pts = [1e-6, 1e-4, 0.01, 0.1, 0.5, 1, 2, 3, 5, 10, 100, 1000, 1e4, 1e5, 1e6, 1e7]
tv = 0.5 * (sum(integrate.quad(f, a, b, limit=500, epsabs=1e-15)[0] for a, b in zip([0] + pts[:-1], pts)) + p.sf(1e7))
print("# TV(lognorm(s=2), expon()) =", repr(tv))
# closed form (mpmath, 30 digits): beta(1/2, 1/2) density 1/(pi sqrt(x(1-x))) crosses 1 at x1 = (1 - sqrt(1 - 4/pi^2))/2,
# TV(beta(1/2, 1/2), uniform(0, 1)) = 2 (F(x1) - x1), F(x) = (2/pi) asin(sqrt x)
from mpmath import mp, mpf, sqrt as msqrt, asin, pi as mpi
mp.dps = 30
x1 = (1 - msqrt(1 - 4 / mpi ** 2)) / 2
print("# TV(beta(0.5, 0.5), uniform(0, 1)) =", mp.nstr(2 * (2 / mpi * asin(msqrt(x1)) - x1), 20))

# TV(Beta(2, 0.5), Beta(3, 0.5)): both densities are infinite at x = 1 (integrable singularity);
# mpmath quadrature at 30 digits, split at the crossing point of the densities
import mpmath as mp
mp.mp.dps = 30
pb = lambda t: t ** 1 * (1 - t) ** -0.5 / mp.beta(2, 0.5)
qb = lambda t: t ** 2 * (1 - t) ** -0.5 / mp.beta(3, 0.5)
cross = mp.mpf(0.8)  # p = q where t = B(3, 0.5) / B(2, 0.5) = 0.8
tvb = 0.5 * (mp.quad(lambda t: abs(pb(t) - qb(t)), [0, cross]) + mp.quad(lambda t: abs(pb(t) - qb(t)), [cross, 1]))
print("# TV(beta(2, 0.5), beta(3, 0.5)) (mpmath %s, 30 digits) =" % mp.__version__, mp.nstr(tvb, 20))
