#!/usr/bin/env python3
"""Reference values of the special functions behind the goodness-of-fit tests, for
GofSpecialFunctionsReferenceTest (stats/src/test/java/dev/statlearn/stats/inference/).

Run with a Python 3 that has mpmath 1.3.0 (the pyenv `python3` on PATH here, Python 3.11.7):
    python3 tools/reference/gof_special_functions.py > /tmp/gof_special.txt

Every value is mpmath's at 60 significant digits (checked against 40), rounded to the nearest double:
    logGamma(x)              mpmath.loggamma(x), at x = n + 1 (log n!) as the KS code calls it
    chiSquareSf(df, chi2)    mpmath.gammainc(df/2, chi2/2, mpmath.inf, regularized=True):
                             the chi-square p-value of ChiSquare.goodnessOfFit
    binomialLogPmf(n, p, k)  log(C(n, k)) + k log(p) + (n - k) log1p(-p), with
                             C(n, k) = mpmath.binomial(n, k): the terms of the one-sided
                             Kolmogorov-Smirnov sum (KsDistributions.smirnovSf, n >= 1013)
These replaced the Commons Math 3.6.1 calls Gamma.logGamma, Gamma.regularizedGammaQ(a, x, 1e-15,
100000) and BinomialDistribution.logProbability. The grid spans each argument over many decades
and into the far tails. Each output line is a Java row {"name", arg1, arg2, arg3, value}.
"""
import mpmath as mp

mp.mp.dps = 40


def row(name, args, value):
    """Prints one row; value is a function of no arguments, evaluated at 40 and at 60 digits,
    which must agree to 1e-25."""
    v40 = value()
    with mp.workdps(60):
        v60 = value()
    if abs(v60 - v40) > mp.mpf(10) ** -25 * abs(v60):
        raise AssertionError("%s%s: %s at 40 digits, %s at 60" % (name, args, v40, v60))
    args = list(args) + [0.0] * (3 - len(args))
    print('            {"%s", %r, %r, %r, %r},' % (name, float(args[0]), float(args[1]),
                                                  float(args[2]), float(v60)))


def main():
    for n in [0, 1, 2, 10, 140, 141, 1000, 12345, 10 ** 6, 10 ** 8, 2 ** 31 - 1]:
        row("logGamma", [n + 1.0], lambda: mp.loggamma(mp.mpf(n) + 1))
    for df in [1, 2, 3, 5, 10, 30, 100, 1000, 10 ** 4, 10 ** 5]:
        for f in [1e-6, 0.01, 0.1, 0.5, 0.9, 1.0, 1.1, 1.5, 2.0, 5.0, 20.0]:
            chi2 = float(df * f)
            v = mp.gammainc(mp.mpf(df) / 2, mp.mpf(chi2) / 2, mp.inf, regularized=True)
            if v < mp.mpf(10) ** -300:
                continue
            row("chiSquareSf", [df, chi2], lambda: mp.gammainc(mp.mpf(df) / 2, mp.mpf(chi2) / 2, mp.inf,
                                                                 regularized=True))
    for df in [10 ** 6, 10 ** 7, 10 ** 8, 10 ** 9]:   # many categories: Commons Math drifts, then throws
        for f in [0.999, 1.0, 1.001]:
            chi2 = float(df * f)
            row("chiSquareSf", [df, chi2], lambda: mp.gammainc(mp.mpf(df) / 2, mp.mpf(chi2) / 2, mp.inf,
                                                                 regularized=True))
    for chi2 in [50.0, 200.0, 1000.0]:   # far tails at small df
        for df in [1, 4]:
            row("chiSquareSf", [df, chi2], lambda: mp.gammainc(mp.mpf(df) / 2, mp.mpf(chi2) / 2, mp.inf,
                                                                 regularized=True))
    for n in [1013, 5000, 10 ** 5, 10 ** 6]:
        for p in [1e-4, 0.01, 0.1, 0.3, 0.5, 0.9, 0.999]:
            mode = int(n * p)
            for k in sorted({0, 1, mode // 2, mode, min(n, 2 * mode + 1), n - 1}):
                def v(n=n, p=p, k=k):
                    pp = mp.mpf(p)
                    return mp.log(mp.binomial(n, k)) + k * mp.log(pp) + (n - k) * mp.log1p(-pp)
                row("binomialLogPmf", [n, p, k], v)


if __name__ == "__main__":
    main()
