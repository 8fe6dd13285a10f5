#!/usr/bin/python3
"""Reference values for statlearn-eval's validation protocols, resampling, class weights and
group fairness metrics.

Run with Debian's python (scikit-learn 1.2.1, imbalanced-learn 0.10.0, numpy 1.24.2):
    /usr/bin/python3 tools/reference/eval_protocols.py > \
        eval/src/test/resources/dev/statlearn/eval/resample/eval_protocols.txt

Output: '#' comment lines, then 'key = values' lines (space separated). Data come from
/work/shared/data (the same bytes statlearn bundles as Datasets.*).
"""
import gzip
import sys

import imblearn
import numpy as np
import sklearn
from imblearn.over_sampling import SMOTE, RandomOverSampler
from imblearn.under_sampling import RandomUnderSampler, TomekLinks
from sklearn.neighbors import NearestNeighbors
from sklearn.utils.class_weight import compute_class_weight

DATA = "/work/shared/data/"


def load(name, header=True):
    opener = gzip.open if name.endswith(".gz") else open
    with opener(DATA + name, "rt") as f:
        if header:
            f.readline()
        a = np.loadtxt(f, delimiter=",")
    return a[:, :-1], a[:, -1].astype(int)


def out(key, values):
    print(key + " = " + " ".join(str(v) for v in np.ravel(values)))


def random_binary(seed=7, n=300, d=4, frac=0.2):
    """Two Gaussian blobs, continuous features (no distance ties)."""
    rs = np.random.RandomState(seed)
    y = (rs.uniform(size=n) < frac).astype(int)
    x = rs.normal(size=(n, d)) + 1.5 * y[:, None]
    return x, y


print("# statlearn eval protocols reference values")
print("# python %s, scikit-learn %s, imbalanced-learn %s, numpy %s"
      % (sys.version.split()[0], sklearn.__version__, imblearn.__version__, np.__version__))

bc_x, bc_raw = load("breast_cancer.csv")
bc_y = (bc_raw == 0).astype(int)          # Dataset.breastCancer().oneVsRest(0): malignant = 1
wine_x, wine_raw = load("wine_data.csv")
wine_y = (wine_raw == 2).astype(int)      # Datasets.wine().oneVsRest(2)
dig_x, dig_raw = load("digits.csv.gz", header=False)
dig_y = (dig_raw == 0).astype(int)        # Datasets.digits().oneVsRest(0)
rnd_x, rnd_y = random_binary()

print("# random data: np.random.RandomState(7); y = uniform(size=300) < 0.2; "
      "x = normal(size=(300, 4)) + 1.5 * y[:, None]")
out("random.y", rnd_y)
out("random.x", np.array([float.hex(float(v)) for v in rnd_x.ravel()]))

# ---- Tomek links --------------------------------------------------------------------------
print("# TomekLinks().fit_resample(x, y); removed = np.setdiff1d(arange(n), sample_indices_)")
print("# TomekLinks(sampling_strategy='all') -> 'linked' (both ends of each link)")
for name, x, y in [("breast", bc_x, bc_y), ("wine", wine_x, wine_y), ("random", rnd_x, rnd_y),
                   ("wine3", wine_x, wine_raw)]:
    # sanity: the nearest other point must be unique, or the reference depends on tie order
    # (scikit-learn's brute search uses |a|^2 + |b|^2 - 2ab, so require a clear relative gap)
    d, i = NearestNeighbors(n_neighbors=3).fit(x).kneighbors(x)
    assert np.all(i[:, 0] == np.arange(len(y))) and np.all(d[:, 1] < d[:, 2] * (1 - 1e-9)), name
    t = TomekLinks().fit(x, y)
    t.fit_resample(x, y)
    out("tomek.%s.removed" % name, np.setdiff1d(np.arange(len(y)), t.sample_indices_))
    t = TomekLinks(sampling_strategy="all")
    t.fit_resample(x, y)
    out("tomek.%s.linked" % name, np.setdiff1d(np.arange(len(y)), t.sample_indices_))

# ---- class counts after resampling ---------------------------------------------------------
print("# np.bincount(Sampler(sampling_strategy=s, random_state=0).fit_resample(x, y)[1])")
cases = [("breast", bc_x, bc_y), ("digits", dig_x, dig_y), ("wine", wine_x, wine_y),
         ("wine3", wine_x, wine_raw), ("random", rnd_x, rnd_y)]
for name, x, y in cases:
    for s in ["auto", 0.5, 0.8, 0.73, 1.0]:
        if s != "auto" and len(np.unique(y)) != 2:
            continue
        key = "%s.%s" % (name, s)
        for sname, sampler in [("smote", SMOTE), ("over", RandomOverSampler),
                               ("under", RandomUnderSampler)]:
            try:
                _, yr = sampler(sampling_strategy=s, random_state=0).fit_resample(x, y)
                out("counts.%s.%s" % (sname, key), np.bincount(yr))
            except ValueError as e:
                out("counts.%s.%s" % (sname, key), ["error"])

# ---- SMOTE neighbour sets -------------------------------------------------------------------
print("# NearestNeighbors(n_neighbors=k+1).fit(xc).kneighbors(xc, return_distance=False)[:, 1:],")
print("# xc = x[y == c] (class rows in order), as imblearn's SMOTE; sorted per row")
for name, x, y, c, k in [("breast", bc_x, bc_y, 1, 5), ("random", rnd_x, rnd_y, 1, 5),
                         ("wine", wine_x, wine_y, 1, 3)]:
    xc = x[y == c]
    d, nn = NearestNeighbors(n_neighbors=k + 2).fit(xc).kneighbors(xc)
    assert np.all(nn[:, 0] == np.arange(len(xc))), name
    assert np.all(d[:, k] < d[:, k + 1] * (1 - 1e-9)), name   # no tie at the boundary
    out("smote.nn.%s.k%d" % (name, k), np.sort(nn[:, 1:k + 1], axis=1))

# ---- class weights --------------------------------------------------------------------------
print("# compute_class_weight('balanced', classes=np.unique(y), y=y)")
for name, y in [("breast", bc_y), ("digits", dig_y), ("wine3", wine_raw), ("digits10", dig_raw),
                ("small", np.array([0, 0, 0, 1, 2, 2]))]:
    out("weights.%s" % name, [repr(float(v)) for v in compute_class_weight("balanced", classes=np.unique(y), y=y)])

# ---- group fairness -------------------------------------------------------------------------
print("# group fairness, by hand from sklearn.metrics.confusion_matrix(y[g], p[g], labels=[0, 1]).ravel()")
print("# per present group: selection = (fp + tp) / n_g, tpr = tp / (tp + fn), fpr = fp / (fp + tn);")
print("# gaps = max - min over groups where the rate is defined; ratio = min/max selection;")
print("# equalized odds = max(tpr gap, fpr gap) (fairlearn's definitions; fairlearn not installed)")
from sklearn.metrics import confusion_matrix


def fairness(name, y, p, g):
    sel, tpr, fpr = [], [], []
    for grp in range(g.max() + 1):
        m = g == grp
        if not m.any():
            continue
        tn, fp, fn, tp = confusion_matrix(y[m], p[m], labels=[0, 1]).ravel()
        sel.append((fp + tp) / m.sum())
        if tp + fn > 0:
            tpr.append(tp / (tp + fn))
        if fp + tn > 0:
            fpr.append(fp / (fp + tn))
    gap = lambda v: (max(v) - min(v)) if len(v) > 1 else 0.0
    out("fair.%s.y" % name, y)
    out("fair.%s.p" % name, p)
    out("fair.%s.g" % name, g)
    out("fair.%s.selection" % name, [repr(float(v)) for v in sel])
    out("fair.%s.gaps" % name, [repr(float(v)) for v in
                                [gap(sel), min(sel) / max(sel), gap(tpr), max(gap(tpr), gap(fpr))]])


rs = np.random.RandomState(3)
g = rs.randint(0, 3, size=400)
y = (rs.uniform(size=400) < 0.3 + 0.1 * g).astype(int)
p = np.where(rs.uniform(size=400) < 0.8, y, 1 - y) * (rs.uniform(size=400) < 0.9 - 0.1 * g)
fairness("random", y, p.astype(int), g)
# group 1 has no actual positives, group 3 is absent
y2 = np.array([1, 0, 1, 1, 0, 0, 0, 0, 1, 0, 1, 0])
p2 = np.array([1, 0, 0, 1, 1, 0, 1, 0, 1, 1, 0, 0])
g2 = np.array([0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 4, 4])
fairness("small", y2, p2, g2)

# ---- drift ----------------------------------------------------------------------------------
print("# drift: reference = first 284 rows of breast_cancer.csv, current = the other 285; per column:")
print("# edges = lo + (hi - lo) * i / 10 (i < 10), last edge hi, lo/hi = min/max of both samples")
print("# (statlearn Histogram.spanning); counts = np.histogram(x, edges)[0]; smoothed s = (p + 1e-4) / (1 + 10 * 1e-4)")
print("# psi = sum((sc - sr) * log(sc / sr)); kl = sum(rel_entr(sc, sr)); js = jensenshannon(pc, pr) ** 2;")
print("# tv = 0.5 * sum(|pc - pr|); w1 = wasserstein_distance(r, c); ks = ks_2samp(r, c) (scipy 1.10.1)")
print("# row: psi kl js tv w1 ks_statistic ks_pvalue")
import scipy
from scipy.spatial.distance import jensenshannon
from scipy.special import rel_entr
from scipy.stats import ks_2samp, wasserstein_distance
print("# scipy %s" % scipy.__version__)


def drift_row(r, c, bins=10, eps=1e-4):
    lo = min(r.min(), c.min())
    hi = max(r.max(), c.max())
    if lo == hi:
        lo, hi = lo - 0.5, hi + 0.5
    w = hi - lo
    edges = np.array([lo + w * i / bins for i in range(bins)] + [hi])
    nr = np.histogram(r, edges)[0]
    nc = np.histogram(c, edges)[0]
    pr, pc = nr / nr.sum(), nc / nc.sum()
    sr = (pr + eps) / (1 + bins * eps)
    sc = (pc + eps) / (1 + bins * eps)
    psi = np.sum((sc - sr) * np.log(sc / sr))
    kl = np.sum(rel_entr(sc, sr))
    js = jensenshannon(pc, pr) ** 2
    tv = 0.5 * np.sum(np.abs(pc - pr))
    ks = ks_2samp(r, c)
    return [psi, kl, js, tv, wasserstein_distance(r, c), ks.statistic, ks.pvalue]


for j in range(bc_x.shape[1]):
    out("drift.breast.%d" % j, [repr(float(v)) for v in drift_row(bc_x[:284, j], bc_x[284:, j])])
rs = np.random.RandomState(11)
a = rs.normal(size=500)
b = rs.normal(loc=0.3, scale=1.2, size=400)
out("drift.normal.a", [float.hex(float(v)) for v in a])
out("drift.normal.b", [float.hex(float(v)) for v in b])
out("drift.normal", [repr(float(v)) for v in drift_row(a, b)])

# ---- fold allocation ------------------------------------------------------------------------
print("# per test fold, np.bincount(y[test], minlength=k) for")
print("# StratifiedKFold(n_splits=s, shuffle=True, random_state=0).split(x, y) (the allocation does")
print("# not depend on the shuffle); KFold(n_splits=s).split(x): test fold sizes")
from sklearn.model_selection import KFold, StratifiedKFold
ir_x, ir_y = load("iris.csv")
for name, x, y, s in [("wine3", wine_x, wine_raw, 4), ("digits10", dig_x, dig_raw, 5),
                      ("digits10", dig_x, dig_raw, 7), ("breast", bc_x, bc_raw, 10),
                      ("iris", ir_x, ir_y, 3)]:
    rows = [np.bincount(y[te], minlength=y.max() + 1)
            for _, te in StratifiedKFold(n_splits=s, shuffle=True, random_state=0).split(x, y)]
    out("folds.stratified.%s.%d" % (name, s), np.array(rows))
    out("folds.kfold.%s.%d" % (name, s), [len(te) for _, te in KFold(n_splits=s).split(x)])
