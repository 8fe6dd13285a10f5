#!/usr/bin/python3
"""Reference values for PowerDivergenceTest.

Run with Debian's python: /usr/bin/python3 tools/reference/power_divergence.py (scipy 1.10.1)
Calls: scipy.stats.power_divergence(f_obs, f_exp=n*p, ddof=ddof, lambda_=lam) -> statistic, pvalue;
and, near lambda = -1 where the direct sum cancels, the statistic in mpmath (mp.dps = 40) from
its definition 2/(lam(lam+1)) sum o((o/e)^lam - 1), with the chi-square p-value gammaincc.
"""
import mpmath as mp
import numpy as np
import scipy
from scipy import stats

print("// scipy %s, numpy %s, mpmath %s" % (scipy.__version__, np.__version__, mp.__version__))
cases = [
    ("dice", [16, 18, 16, 14, 12, 12], [1 / 6] * 6, 0),
    ("skewed", [43, 52, 54, 40, 11], [0.2, 0.25, 0.3, 0.15, 0.1], 1),
    ("sparse", [0, 3, 9, 1, 7], [0.1, 0.2, 0.4, 0.1, 0.2], 0),
]
lams = [("PEARSON", 1.0), ("LOG_LIKELIHOOD", 0.0), ("FREEMAN_TUKEY", -0.5), ("MOD_LOG_LIKELIHOOD", -1.0),
        ("NEYMAN", -2.0), ("CRESSIE_READ", 2 / 3), ("3.5", 3.5), ("-0.25", -0.25)]
for name, obs, p, ddof in cases:
    obs = np.array(obs, dtype=float)
    exp = obs.sum() * np.array(p)
    print("// %s: observed %s, p %s, ddof %d" % (name, obs.astype(int).tolist(), p, ddof))
    for lname, lam in lams:
        with np.errstate(all="ignore"):
            r = stats.power_divergence(obs, exp, ddof=ddof, lambda_=lam)
        print('{"%s", "%s", %r, %r},  // power_divergence(..., lambda_=%r)' % (name, lname, float(r.statistic),
                                                                            float(r.pvalue), lam))

mp.mp.dps = 40
obs = [43, 52, 54, 40, 11]
p = [mp.mpf(v) for v in ["0.2", "0.25", "0.3", "0.15", "0.1"]]
# the doubles that Java passes, exactly
p = [mp.mpf(float(v)) for v in p]
n = sum(obs)
tot = sum(p)
for lam in ["-0.999999999", "-1.000000001", "-0.9999"]:
    lam_f = float(lam)
    L = mp.mpf(lam_f)
    e = [n * pi / tot for pi in p]
    T = 2 / (L * (L + 1)) * mp.fsum(o * ((mp.mpf(o) / ei) ** L - 1) for o, ei in zip(obs, e))
    print("// mpmath: skewed, lambda %s (as the double %r): statistic %s, p-value (df 4) %s" % (
        lam, lam_f, mp.nstr(T, 20), mp.nstr(mp.gammainc(2, T / 2, mp.inf, regularized=True), 20)))
    with np.errstate(all="ignore"):
        r = stats.power_divergence(np.array(obs, float), n * np.array([0.2, 0.25, 0.3, 0.15, 0.1]), lambda_=lam_f)
    print("//   scipy for comparison: %r" % float(r.statistic))

# sparse with -1 < lambda < 0: SciPy gives NaN (0 * inf); the limit of o^(1+lambda) -> 0 makes an
# empty cell contribute 0, so the statistic is the definition summed over the other cells
obs = [0, 3, 9, 1, 7]
p = [mp.mpf(float(v)) for v in ["0.1", "0.2", "0.4", "0.1", "0.2"]]
n = sum(obs)
for lam in [-0.5, -0.25]:
    L = mp.mpf(lam)
    e = [n * pi / sum(p) for pi in p]
    T = 2 / (L * (L + 1)) * mp.fsum(o * ((mp.mpf(o) / ei) ** L - 1) for o, ei in zip(obs, e) if o > 0)
    print("// mpmath: sparse, lambda %r, empty cell contributing its limit 0: statistic %s, p-value (df 4) %s" % (
        lam, mp.nstr(T, 20), mp.nstr(mp.gammainc(2, T / 2, mp.inf, regularized=True), 20)))
