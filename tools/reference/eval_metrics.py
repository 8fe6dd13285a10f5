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


if __name__ == "__main__":
    section = sys.argv[1] if len(sys.argv) > 1 else "all"
    if section in ("confusion", "all"):
        confusion_section()
