"""The automatic bin count of Histograms.autoBins (plot's HistogramRulesTest), computed from its
documented rule: width h = min(Freedman-Diaconis 2 IQR n^(-1/3), Sturges range / (log2 n + 1)),
Sturges alone when the IQR is 0, count ceil(range / h) in [1, 100]. This is numpy's bins="auto"
before numpy 2.1 (numpy >= 2.1 also bounds the FD width below by half the square-root rule's width,
printed here for comparison)."""
import math

import numpy as np

cases = {
    "unsorted 1..10": [5, 1, 4, 2, 3, 10, 7, 6, 9, 8],
    "squares 0..49": [float(i * i) for i in range(50)],
    "iqr zero": [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 5],
    "two values": [3, 7],
    "heavy tail": [1, 2, 2, 3, 3, 3, 4, 4, 5, 100],
}
for name, x in cases.items():
    a = np.sort(np.array(x, dtype=float))
    n = a.size
    rng = a[-1] - a[0]
    sturges = rng / (math.log2(n) + 1)
    iqr = np.percentile(a, 75) - np.percentile(a, 25)
    fd = 2 * iqr / n ** (1 / 3)
    h = min(fd, sturges) if fd > 0 else sturges
    bins = max(1, min(100, math.ceil(rng / h)))
    print(name, bins, "(numpy", np.__version__, "auto:", len(np.histogram_bin_edges(a, "auto")) - 1, ")")
