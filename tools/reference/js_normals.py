"""Jensen-Shannon divergence (nats) of two normals by adaptive quadrature (scipy.integrate.quad),
the reference for DistributionPlotsGeometryTest.jensenShannonOfNormalsMatchesQuadrature."""
import numpy as np
from scipy import integrate, stats


def js(m1, s1, m2, s2):
    p = stats.norm(m1, s1)
    q = stats.norm(m2, s2)

    def f(x):
        lp, lq = p.logpdf(x), q.logpdf(x)
        lm = np.logaddexp(lp, lq) - np.log(2)
        return 0.5 * np.exp(lp) * (lp - lm) + 0.5 * np.exp(lq) * (lq - lm)

    lo = min(m1 - 40 * s1, m2 - 40 * s2)
    hi = max(m1 + 40 * s1, m2 + 40 * s2)
    v, err = integrate.quad(f, lo, hi, epsabs=1e-13, epsrel=1e-12, limit=500, points=[m1, m2])
    return v, err


for args in [(0, 1, 1, 1), (0, 1, 0, 3)]:
    v, err = js(*args)
    print(args, "%.10f" % v, "err %.1e" % err)
