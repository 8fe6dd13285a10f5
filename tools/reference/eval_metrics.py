#!/usr/bin/python3
"""Reference values for statlearn's eval metrics (ConfusionMatrix, ClassificationReport,
RocCurve, PrecisionRecallCurve, DeLong, probability scores, thresholds).

Run with Debian's python (scikit-learn 1.2.1, imbalanced-learn 0.10.0, numpy 1.24.2,
scipy 1.10.1):  /usr/bin/python3 tools/reference/eval_metrics.py [section]
Prints Java literals that are pasted into the tests under eval/src/test/java.
"""
import sys
import numpy as np
import sklearn
import imblearn
from sklearn import metrics as skm
from sklearn.datasets import load_breast_cancer, load_digits
from imblearn import metrics as imm


def jarr(a, fmt="%r"):
    a = np.asarray(a)
    if a.dtype.kind in "iu":
        return "{" + ", ".join(str(int(v)) for v in a) + "}"
    return "{" + ", ".join(repr(float(v)) for v in a) + "}"


def header():
    print("// scikit-learn %s, imbalanced-learn %s, numpy %s" % (sklearn.__version__, imblearn.__version__, np.__version__))


# ---------------------------------------------------------------- shared data
def random_multiclass():
    """4 actual classes; class 3 never predicted; class 4 predicted but never actual."""
    rng = np.random.RandomState(20240601)
    n = 60
    actual = rng.randint(0, 4, size=n)
    pred = actual.copy()
    flip = rng.rand(n) < 0.4
    pred[flip] = rng.randint(0, 3, size=flip.sum())
    pred[pred == 3] = 2
    pred[5] = 4
    pred[17] = 4
    return actual, pred


def breast_cancer_binary():
    """positive = malignant (file label 0); score = 'worst radius' (column 20)."""
    d = load_breast_cancer()
    y = (d.target == 0).astype(int)
    score = d.data[:, 20]
    return y, score


def digits_zero_vs_rest():
    """positive = digit 0; integer score = ring pixels minus centre pixels (many ties)."""
    d = load_digits()
    x = d.data.astype(np.int64)
    y = (d.target == 0).astype(int)
    ring = [10, 13, 17, 22, 41, 46, 50, 53]
    centre = [27, 28, 35, 36]
    score = x[:, ring].sum(axis=1) - 2 * x[:, centre].sum(axis=1)
    return y, score.astype(float)


def confusion_section():
    header()
    cases = []
    a, p = random_multiclass()
    print("// random multiclass (RandomState(20240601), see random_multiclass())")
    print("int[] ACTUAL = %s;" % jarr(a))
    print("int[] PREDICTED = %s;" % jarr(p))
    cases.append(("RANDOM", a, p))
    y, s = breast_cancer_binary()
    cases.append(("CANCER", y, (s > 16.8).astype(int)))
    y, s = digits_zero_vs_rest()
    cases.append(("DIGITS", y, (s > 20).astype(int)))
    for name, a, p in cases:
        labels = np.unique(np.concatenate([a, p]))
        print("// %s: labels = unique_labels(actual, predicted) = %s" % (name, labels))
        print("// confusion_matrix(a, p)")
        print("long[][] %s_CM = {%s};" % (name, ", ".join(jarr(r) for r in skm.confusion_matrix(a, p))))
        prec, rec, f1, sup = skm.precision_recall_fscore_support(a, p, zero_division=0)
        _, _, f2, _ = skm.precision_recall_fscore_support(a, p, beta=2.0, zero_division=0)
        print("// precision_recall_fscore_support(a, p, average=None, zero_division=0), and beta=2")
        print("double[] %s_PRECISION = %s;" % (name, jarr(prec)))
        print("double[] %s_RECALL = %s;" % (name, jarr(rec)))
        print("double[] %s_F1 = %s;" % (name, jarr(f1)))
        print("double[] %s_F2 = %s;" % (name, jarr(f2)))
        print("// imblearn specificity_score / geometric_mean_score(average=None); iba = make_index_balanced_accuracy(alpha=0.1, squared=True)(geometric_mean_score)(average=None)")
        print("double[] %s_SPECIFICITY = %s;" % (name, jarr(imm.specificity_score(a, p, average=None))))
        print("double[] %s_GMEAN_PER_CLASS = %s;" % (name, jarr(imm.geometric_mean_score(a, p, average=None))))
        iba = imm.make_index_balanced_accuracy(alpha=0.1, squared=True)(imm.geometric_mean_score)
        print("double[] %s_IBA = %s;" % (name, jarr(iba(a, p, average=None))))
        print("// {macro, weighted, micro} of precision_score, recall_score, f1_score, fbeta_score(beta=2) (zero_division=0), imblearn specificity_score")
        for mname, fn in [("PRECISION", lambda av: skm.precision_score(a, p, average=av, zero_division=0)),
                          ("RECALL", lambda av: skm.recall_score(a, p, average=av, zero_division=0)),
                          ("F1", lambda av: skm.f1_score(a, p, average=av, zero_division=0)),
                          ("F2", lambda av: skm.fbeta_score(a, p, beta=2.0, average=av, zero_division=0)),
                          ("SPECIFICITY", lambda av: imm.specificity_score(a, p, average=av))]:
            print("double[] %s_AVG_%s = %s;" % (name, mname, jarr([fn("macro"), fn("weighted"), fn("micro")])))
        print("// accuracy_score, balanced_accuracy_score, imblearn geometric_mean_score (average='multiclass'), matthews_corrcoef, cohen_kappa_score")
        print("double[] %s_WHOLE = %s;" % (name, jarr([skm.accuracy_score(a, p), skm.balanced_accuracy_score(a, p),
                                                    imm.geometric_mean_score(a, p), skm.matthews_corrcoef(a, p),
                                                    skm.cohen_kappa_score(a, p)])))
        print("/* classification_report_imbalanced(a, p, digits=4, alpha=0.1, zero_division=0):")
        print(imm.classification_report_imbalanced(a, p, digits=4, zero_division=0))
        print("*/")
        d = imm.classification_report_imbalanced(a, p, alpha=0.1, zero_division=0, output_dict=True)
        print("// classification_report_imbalanced(a, p, alpha=0.1, zero_division=0, output_dict=True): avg_pre, avg_rec, avg_spe, avg_f1, avg_geo, avg_iba, total_support")
        print("double[] %s_REPORT_AVG = %s;" % (name, jarr([d[key] for key in ["avg_pre", "avg_rec", "avg_spe", "avg_f1", "avg_geo", "avg_iba", "total_support"]])))


def random_scores():
    """120 samples, scores rounded to 1 decimal (many ties), positives shifted up."""
    rng = np.random.RandomState(7)
    y = (rng.rand(120) < 0.3).astype(int)
    s = np.round(rng.randn(120) + 1.2 * y, 1)
    return y, s


def digits_multiclass_scores():
    """score[i][c] = x_i . T_c / sum_c' x_i . T_c', T_c = sum of the rows of class c (integers)."""
    d = load_digits()
    x = d.data.astype(np.int64)
    t = np.stack([x[d.target == c].sum(axis=0) for c in range(10)])
    raw = x @ t.T
    return d.target, raw.astype(float) / raw.sum(axis=1, keepdims=True).astype(float)


def curve_section():
    header()
    tiny_y = np.array([0, 0, 1, 1, 0, 1, 1, 0])
    tiny_s = np.array([0.1, 0.4, 0.35, 0.8, 0.4, 0.4, -0.0, 0.0])
    y, s = random_scores()
    print("// random_scores(): RandomState(7)")
    print("int[] RANDOM_Y = %s;" % jarr(y))
    print("double[] RANDOM_S = %s;" % jarr(s))
    for name, y, s in [("TINY", tiny_y, tiny_s), ("RANDOM", y, s)]:
        fpr, tpr, thr = skm.roc_curve(y, s, drop_intermediate=False)
        print("// %s: roc_curve(y, s, drop_intermediate=False) -> fpr, tpr, thresholds; roc_auc_score(y, s)" % name)
        print("double[] %s_FPR = %s;" % (name, jarr(fpr)))
        print("double[] %s_TPR = %s;" % (name, jarr(tpr)))
        print("double[] %s_ROC_THR = %s;" % (name, jarr(thr)))
        print("double %s_AUC = %r;" % (name, skm.roc_auc_score(y, s)))
        pr, rc, thr = skm.precision_recall_curve(y, s)
        print("// %s: precision_recall_curve(y, s) -> precision, recall, thresholds; average_precision_score(y, s)" % name)
        print("double[] %s_PREC = %s;" % (name, jarr(pr)))
        print("double[] %s_REC = %s;" % (name, jarr(rc)))
        print("double[] %s_PR_THR = %s;" % (name, jarr(thr)))
        print("double %s_AP = %r;" % (name, skm.average_precision_score(y, s)))
    for name, (y, s) in [("CANCER", breast_cancer_binary()), ("DIGITS", digits_zero_vs_rest())]:
        fpr, tpr, thr = skm.roc_curve(y, s, drop_intermediate=False)
        pr, rc, pthr = skm.precision_recall_curve(y, s)
        print("// %s: roc_auc_score, average_precision_score, len(roc_curve(drop_intermediate=False)), sum(fpr), sum(tpr), len(precision_recall_curve), sum(precision), sum(recall)" % name)
        print("double[] %s_SUMMARY = %s;" % (name, jarr([skm.roc_auc_score(y, s), skm.average_precision_score(y, s), len(thr),
              fpr.sum(), tpr.sum(), len(pthr), pr.sum(), rc.sum()])))
    y, p = digits_multiclass_scores()
    print("// digits_multiclass_scores(): [roc_auc_score(y == c, p[:, c]) for c in 0..9], then roc_auc_score(y, p, multi_class='ovr', average='macro')")
    print("double[] DIGITS_OVR = %s;" % jarr([skm.roc_auc_score(y == c, p[:, c]) for c in range(10)]))
    print("double DIGITS_OVR_MACRO = %r;" % skm.roc_auc_score(y, p, multi_class="ovr", average="macro"))
    print("// roc_auc_score(y, p, multi_class='ovr', average='weighted')")
    print("double DIGITS_OVR_WEIGHTED = %r;" % skm.roc_auc_score(y, p, multi_class="ovr", average="weighted"))


def delong_reference(y, s):
    """DeLong, DeLong & Clarke-Pearson (1988), written here directly from the paper's formulas:
    psi(x, y) = 1 if x > y, 1/2 if x == y, 0 otherwise; V10(x_i) = mean_j psi(x_i, y_j);
    V01(y_j) = mean_i psi(x_i, y_j); var = S10 / m + S01 / n with sample variances (ddof=1).
    O(m n) double loop (broadcast), independent of the sort-based Java code."""
    x = s[y == 1][:, None]
    z = s[y == 0][None, :]
    psi = (x > z) + 0.5 * (x == z)
    v10 = psi.mean(axis=1)
    v01 = psi.mean(axis=0)
    auc = psi.mean()
    var = v10.var(ddof=1) / len(v10) + v01.var(ddof=1) / len(v01)
    return auc, var


def delong_section():
    from scipy import stats
    import scipy
    header()
    print("// scipy %s" % scipy.__version__)
    tiny_y = np.array([0, 0, 1, 1, 0, 1, 1, 0])
    tiny_s = np.array([0.1, 0.4, 0.35, 0.8, 0.4, 0.4, -0.0, 0.0])
    cases = [("TINY", tiny_y, tiny_s), ("RANDOM",) + random_scores(),
             ("CANCER",) + breast_cancer_binary(), ("DIGITS",) + digits_zero_vs_rest()]
    print("// delong_reference(y, s) -> auc, var; z = scipy.stats.norm.ppf(0.975); [max(0, auc - z sqrt(var)), min(1, auc + z sqrt(var))]")
    for name, y, s in cases:
        auc, var = delong_reference(y, s)
        z = stats.norm.ppf(0.975)
        print("double[] %s_DELONG = %s;" % (name, jarr([auc, var, max(0.0, auc - z * np.sqrt(var)), min(1.0, auc + z * np.sqrt(var))])))
    ps = [1e-300, 1e-20, 1e-5, 0.0125, 0.025, 0.3, 0.5, 0.6, 0.975, 0.995, 1 - 1e-12]
    print("// scipy.stats.norm.ppf(p) for p in %s" % jarr(ps))
    print("double[] NORM_P = %s;" % jarr(ps))
    print("double[] NORM_PPF = %s;" % jarr(stats.norm.ppf(ps)))


def minmax_probability(s):
    """p = 0.01 + 0.98 * (s - min) / (max - min): only correctly rounded operations, so the Java
    test computes identical doubles."""
    return 0.01 + 0.98 * ((s - s.min()) / (s.max() - s.min()))


def probability_section():
    from sklearn.calibration import calibration_curve
    header()
    rng = np.random.RandomState(11)
    p = np.round(rng.rand(40), 2)
    p[:6] = [0.0, 0.2, 0.5, 1.0, 0.4, 0.6]   # values on the bin edges of 5 and 10 bins
    y = (rng.rand(40) < p).astype(int)
    y[0], y[3] = 0, 1
    print("// random: RandomState(11), 2 decimals, edges forced at the start")
    print("int[] RANDOM_Y = %s;" % jarr(y))
    print("double[] RANDOM_P = %s;" % jarr(p))
    cy, cs = breast_cancer_binary()
    dy, ds = digits_zero_vs_rest()
    cases = [("RANDOM", y, p), ("CANCER", cy, minmax_probability(cs)), ("DIGITS", dy, minmax_probability(ds))]
    for name, y, p in cases:
        print("// %s: log_loss(y, p), brier_score_loss(y, p)" % name)
        print("double[] %s_SCORES = %s;" % (name, jarr([skm.log_loss(y, p), skm.brier_score_loss(y, p)])))
        for nb in (5, 10):
            pt, pp = calibration_curve(y, p, n_bins=nb, strategy="uniform")
            bins = np.linspace(0.0, 1.0, nb + 1)
            ids = np.searchsorted(bins[1:-1], p)
            counts = np.bincount(ids, minlength=nb)
            counts = counts[counts > 0]
            ece = np.sum(counts * np.abs(pt - pp)) / len(p)
            print("// %s: calibration_curve(y, p, n_bins=%d, strategy='uniform') -> prob_true, prob_pred; bin counts; ECE = sum(counts * |prob_true - prob_pred|) / n; MCE" % (name, nb))
            print("double[] %s_TRUE_%d = %s;" % (name, nb, jarr(pt)))
            print("double[] %s_PRED_%d = %s;" % (name, nb, jarr(pp)))
            print("long[] %s_COUNT_%d = %s;" % (name, nb, jarr(counts)))
            print("double[] %s_ECE_MCE_%d = %s;" % (name, nb, jarr([ece, np.max(np.abs(pt - pp))])))
        for nb in (4, 10):
            pt, pp = calibration_curve(y, p, n_bins=nb, strategy="quantile")
            bins = np.percentile(p, np.linspace(0, 1, nb + 1) * 100)
            ids = np.searchsorted(bins[1:-1], p)
            counts = np.bincount(ids, minlength=nb)
            counts = counts[counts > 0]
            print("// %s: calibration_curve(y, p, n_bins=%d, strategy='quantile') -> prob_true, prob_pred; bin counts" % (name, nb))
            print("double[] %s_QTRUE_%d = %s;" % (name, nb, jarr(pt)))
            print("double[] %s_QPRED_%d = %s;" % (name, nb, jarr(pp)))
            print("long[] %s_QCOUNT_%d = %s;" % (name, nb, jarr(counts)))
    y, p = digits_multiclass_scores()
    onehot = np.eye(10)[y]
    print("// digits_multiclass_scores(): log_loss(y, p) (sklearn renormalises rows), mean(sum((p - onehot)**2, axis=1)) (numpy, Brier 1950)")
    print("double[] DIGITS_MULTI = %s;" % jarr([skm.log_loss(y, p), np.mean(np.sum((p - onehot) ** 2, axis=1))]))


def threshold_section():
    """Brute force over every candidate threshold t of roc_curve(drop_intermediate=False) (decreasing;
    the first, max + 1, flags nothing); rule: positive iff score >= t; np.argmax / np.argmin take
    the first optimum, i.e. the highest threshold. Metrics from sklearn / imblearn on the
    thresholded predictions."""
    header()
    cases = [("RANDOM",) + random_scores(), ("CANCER",) + breast_cancer_binary(), ("DIGITS",) + digits_zero_vs_rest()]
    print("// columns: threshold, criterion value, tn, fp, fn, tp (confusion_matrix(y, s >= t).ravel())")
    for name, y, s in cases:
        _, _, thr = skm.roc_curve(y, s, drop_intermediate=False)
        preds = [(s >= t).astype(int) for t in thr]
        cms = [skm.confusion_matrix(y, p, labels=[0, 1]).ravel() for p in preds]
        n = len(y)
        crit = {
            "YOUDEN": [skm.recall_score(y, p, zero_division=0) - fp / (fp + tn) for p, (tn, fp, fn, tp) in zip(preds, cms)],
            "F1": [skm.f1_score(y, p, zero_division=0) for p in preds],
            "F2": [skm.fbeta_score(y, p, beta=2.0, zero_division=0) for p in preds],
            "GMEAN": [imm.geometric_mean_score(y, p) for p in preds],
            "MCC": [skm.matthews_corrcoef(y, p) for p in preds],
            "COST": [-(1.0 * fp + 10.0 * fn) / n for (tn, fp, fn, tp) in cms],
        }
        for key, vals in crit.items():
            vals = np.array(vals)
            # tolerate rounding differences between formulas: first value within 1e-12 of the max
            i = int(np.argmax(vals >= vals.max() - 1e-12))
            v = -vals[i] if key == "COST" else vals[i]
            label = {"COST": "min expected cost (c_fp = 1, c_fn = 10), per sample"}.get(key, "max " + key)
            print("// %s %s" % (name, label))
            print("double[] %s_%s = %s;" % (name, key, jarr([thr[i], v] + [float(c) for c in cms[i]])))
        prec = np.array([skm.precision_score(y, p, zero_division=0) if (tp + fp) > 0 else -1 for p, (tn, fp, fn, tp) in zip(preds, cms)])
        rec = np.array([skm.recall_score(y, p) for p in preds])
        ok = prec >= 0.9
        r = np.where(ok, rec, -1)
        i = int(np.argmax(r))
        print("// %s max recall with precision >= 0.9 (value = recall)" % name)
        print("double[] %s_RECALL_AT_P90 = %s;" % (name, jarr([thr[i], rec[i]] + [float(c) for c in cms[i]])))


if __name__ == "__main__":
    section = sys.argv[1] if len(sys.argv) > 1 else "all"
    if section in ("confusion", "all"):
        confusion_section()
    if section in ("curve", "all"):
        curve_section()
    if section in ("delong", "all"):
        delong_section()
    if section in ("probability", "all"):
        probability_section()
    if section in ("threshold", "all"):
        threshold_section()
