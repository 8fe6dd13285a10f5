#!/usr/bin/env python3
"""Reference values of the special functions statlearn uses, for SpecialFunctionsReferenceTest.

Run with a Python 3 that has mpmath 1.3.0 (the pyenv `python3` on PATH here, Python 3.11.7):
    python3 tools/reference/special_functions.py > /tmp/special.txt

Every value is mpmath's at 80 significant digits (checked against 40), rounded to the nearest double:
    logGamma(x)            mpmath.loggamma(x)
    digamma(x)             mpmath.digamma(x)
    trigamma(x)            mpmath.psi(1, x)
    erf(x), erfc(x)        mpmath.erf(x), mpmath.erfc(x)
    inverseErf(y)          mpmath.erfinv(y)
    gammaP(a, x)           mpmath.gammainc(a, 0, x, regularized=True)
    gammaQ(a, x)           mpmath.gammainc(a, x, mpmath.inf, regularized=True)
    logBeta(a, b)          mpmath.log(mpmath.beta(a, b))
    betaI(x, a, b)         mpmath.betainc(a, b, 0, x, regularized=True)
    betaIc(x, a, b)        mpmath.betainc(b, a, 0, 1 - x, regularized=True) (the mirrored lower
                           integral: mpmath's betainc(a, b, x, 1) cancels, 1.56e-44 instead of
                           1.99e-45 for x = 0.001, a = 0.5, b = 1e5 at 40 digits)
These are the functions statlearn took from Commons Math 3.6.1 (org.apache.commons.math3.special
Gamma.logGamma/digamma/trigamma/regularizedGammaP/Q, Beta.logBeta/regularizedBeta,
Erf.erf/erfc/erfInv) and now takes from Commons Numbers 1.3. The grid spans each domain over many
decades, including the points where Commons Math falls short (digamma below 49). Each output line
is a Java row {"name", arg1, arg2, arg3, value} (unused arguments 0.0).
"""
import mpmath as mp

mp.mp.dps = 40


def row(name, args, value):
    """Prints one row; value is a function of no arguments, evaluated at 40 and at 80 digits,
    which must agree to 1e-25 (mpmath's betainc(a, b, x, 1) can cancel; it is not used)."""
    v40 = value()
    with mp.workdps(80):
        v80 = value()
    if abs(v80 - v40) > mp.mpf(10) ** -25 * abs(v80):
        raise AssertionError("%s%s: %s at 40 digits, %s at 80" % (name, args, v40, v80))
    value = v80
    args = list(args) + [0.0] * (3 - len(args))
    print('            {"%s", %r, %r, %r, %r},' % (name, float(args[0]), float(args[1]),
                                                  float(args[2]), float(value)))


def main():
    for x in [1e-300, 1e-10, 1e-3, 0.1, 0.5, 1.0, 1.5, 2.0, 2.5, 3.7, 10.0, 30.5, 48.9, 100.0,
              1e5, 1e10, 1e300]:
        row("logGamma", [x], lambda: mp.loggamma(mp.mpf(x)))
    for x in [1e-10, 1e-3, 0.1, 0.5, 1.0, 1.4616321449683622, 2.0, 3.7, 7.25, 10.0, 20.0, 30.5,
              48.0, 49.5, 100.0, 1e5, 1e10]:
        row("digamma", [x], lambda: mp.digamma(mp.mpf(x)))
    for x in [1e-10, 1e-3, 0.1, 0.5, 1.0, 2.0, 5.0, 7.25, 10.0, 30.5, 48.0, 100.0, 1e5, 1e10]:
        row("trigamma", [x], lambda: mp.psi(1, mp.mpf(x)))
    for x in [-5.0, -1.0, -1e-10, 0.1, 0.5, 1.0, 2.0, 3.5, 5.0]:
        row("erf", [x], lambda: mp.erf(mp.mpf(x)))
    for x in [-5.0, -1.0, 0.0, 0.1, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 26.5]:
        row("erfc", [x], lambda: mp.erfc(mp.mpf(x)))
    for y in [-0.999999, -0.5, 1e-10, 0.3, 0.9, 0.999999999]:
        row("inverseErf", [y], lambda: mp.erfinv(mp.mpf(y)))
    for a, x in [(1e-3, 1e-10), (1e-3, 1.0), (0.01, 30.0), (0.5, 0.5), (1.0, 2.0), (10.0, 5.0),
                 (10.0, 20.0), (100.0, 90.0), (100.0, 130.0), (1e3, 1100.0), (1e5, 1e5),
                 (1e5, 1.01e5)]:
        row("gammaP", [a, x], lambda: mp.gammainc(mp.mpf(a), 0, mp.mpf(x), regularized=True))
        row("gammaQ", [a, x], lambda: mp.gammainc(mp.mpf(a), mp.mpf(x), mp.inf, regularized=True))
    for a, b in [(1e-3, 10.0), (0.5, 0.5), (2.0, 5.0), (1e3, 1e3), (1e5, 1e-5), (1e10, 1.0),
                 (30.5, 48.0)]:
        row("logBeta", [a, b], lambda: mp.log(mp.beta(mp.mpf(a), mp.mpf(b))))
    for x, a, b in [(1e-10, 0.01, 0.01), (0.3, 2.0, 5.0), (0.999, 10.0, 1e-3), (0.5, 1e3, 1e3),
                    (0.4, 1e3, 1e3), (0.9, 0.5, 0.5), (1e-5, 1e-3, 10.0), (0.99993, 5e5, 0.5),
                    (0.2, 30.5, 48.0), (1e-3, 0.5, 1e5)]:
        row("betaI", [x, a, b], lambda: mp.betainc(mp.mpf(a), mp.mpf(b), 0, mp.mpf(x), regularized=True))
        row("betaIc", [x, a, b], lambda: mp.betainc(mp.mpf(b), mp.mpf(a), 0, 1 - mp.mpf(x),
                                                    regularized=True))


if __name__ == "__main__":
    main()
