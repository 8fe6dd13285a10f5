#!/usr/bin/env python3
"""Reference values of the trigamma function for TrigammaTest (stats/src/test/java/dev/statlearn/stats/mle/).

Run with a Python 3 that has mpmath 1.3.0 (the pyenv `python3` on PATH here, Python 3.11.7):
    python3 tools/reference/trigamma.py          # Java rows {x, mpmath.psi(1, x), x * mpmath.psi(1, x) - 1}
    python3 tools/reference/trigamma.py --grid   # 2001 log-spaced x in [1e-8, 1e8], one "x value" per line

Values are mpmath.psi(1, x) and x * mpmath.psi(1, x) - 1 at 80 significant digits (checked against 40), rounded to the nearest
double; x is the double given, exactly.
"""
import sys

import mpmath as mp

mp.mp.dps = 40


def value(x, f=lambda x: mp.psi(1, x)):
    v40 = f(mp.mpf(x))
    with mp.workdps(80):
        v80 = f(mp.mpf(x))
    assert abs(v80 - v40) <= mp.mpf(10) ** -20 * abs(v80), x
    return float(v80)


def x_trigamma_minus_one(x):
    return x * mp.psi(1, x) - 1


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--grid":
        for i in range(2001):
            x = float(mp.mpf(10) ** (-8 + 16 * mp.mpf(i) / 2000))
            print(repr(x), repr(value(x)))
        return
    for x in [1e-10, 1e-3, 0.1, 0.5, 1.0, 1.5, 2.0, 5.0, 7.25, 10.0, 19.5, 19.999, 20.0, 20.5, 30.5, 48.0,
              49.0, 50.0, 100.0, 1e3, 1e5, 1e10, 1e15, 1e17]:
        print("            {%r, %r, %r}," % (x, value(x), value(x, x_trigamma_minus_one)))


if __name__ == "__main__":
    main()
