#!/usr/bin/python3
"""Reference values for the second round of statlearn's eval metrics (issue 13, Evaluation):
weighted Cohen's kappa, likelihood ratios, adjusted balanced accuracy, F-beta at beta = 0 and
infinity, confusion-matrix normalisation, Jaccard, macro-averaged MAE, top-k accuracy, hinge loss,
log loss as a sum.

Run with Debian's python (scikit-learn 1.2.1, imbalanced-learn 0.10.0, numpy 1.24.2):
    /usr/bin/python3 tools/reference/eval_breadth.py [section]
Prints Java literals that are pasted into the tests under eval/src/test/java. The data sets are
those of eval_metrics.py (same functions, imported).
"""
import sys
import numpy as np
from sklearn import metrics as skm
from imblearn import metrics as imm

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from eval_metrics import (jarr as _jarr, header, random_multiclass, breast_cancer_binary,  # noqa: E402
                          digits_zero_vs_rest, digits_multiclass_scores, minmax_probability,
                          random_scores)


def jarr(a):
    """Java array literal; NaN as Double.NaN."""
    return _jarr(a).replace("nan", "Double.NaN")


def label_cases():
    a, p = random_multiclass()
    y, s = breast_cancer_binary()
    yd, sd = digits_zero_vs_rest()
    return [("RANDOM", a, p), ("CANCER", y, (s > 16.8).astype(int)), ("DIGITS", yd, (sd > 20).astype(int))]


def confusion_section():
    header()
    for name, a, p in label_cases():
        k = max(2, int(max(a.max(), p.max())) + 1)
        labels = list(range(k))
        print("// %s (k = %d): cohen_kappa_score(a, p, labels=range(k), weights=w) for w in (None, 'linear', 'quadratic')"
              % (name, k))
        print("double[] %s_KAPPA = %s;" % (name, jarr([skm.cohen_kappa_score(a, p, labels=labels, weights=w)
                                                      for w in (None, "linear", "quadratic")])))
        lr = []
        for c in range(k):
            with np.errstate(all="ignore"):
                pos, neg = skm.class_likelihood_ratios((a == c).astype(int), (p == c).astype(int),
                                                       labels=[0, 1], raise_warning=False)
            lr += [pos, neg]
        print("// class_likelihood_ratios(a == c, p == c, labels=[0, 1]) -> (LR+, LR-) for c in 0..k-1 (nan when undefined)")
        print("double[] %s_LIKELIHOOD_RATIOS = %s;" % (name, jarr(lr)))
        print("// balanced_accuracy_score(a, p, adjusted=True)")
        with np.errstate(all="ignore"):
            print("double %s_ADJUSTED_BALANCED_ACCURACY = %r;" % (name, float(skm.balanced_accuracy_score(a, p, adjusted=True))))
        print("// fbeta_score(a, p, beta=b, average=None, zero_division=0) for b in (0, inf), then {macro, weighted, micro} for b = 0, then for b = inf")
        f0 = skm.fbeta_score(a, p, beta=0.0, average=None, zero_division=0)
        finf = skm.fbeta_score(a, p, beta=np.inf, average=None, zero_division=0)
        print("double[] %s_F0 = %s;" % (name, jarr(f0)))
        print("double[] %s_FINF = %s;" % (name, jarr(finf)))
        print("double[] %s_AVG_F0 = %s;" % (name, jarr([skm.fbeta_score(a, p, beta=0.0, average=av, zero_division=0)
                                                        for av in ("macro", "weighted", "micro")])))
        print("double[] %s_AVG_FINF = %s;" % (name, jarr([skm.fbeta_score(a, p, beta=np.inf, average=av, zero_division=0)
                                                          for av in ("macro", "weighted", "micro")])))
        for norm in ("true", "pred", "all"):
            with np.errstate(all="ignore"):
                cm = skm.confusion_matrix(a, p, labels=labels, normalize=norm)
            print("// confusion_matrix(a, p, labels=range(k), normalize=%r)" % norm)
            print("double[][] %s_NORMALIZED_%s = {%s};" % (name, norm.upper(), ", ".join(jarr(r) for r in cm)))
        print("// jaccard_score(a, p, labels=range(k), average=None, zero_division=0), then {macro, weighted, micro} with default labels")
        print("double[] %s_JACCARD = %s;" % (name, jarr(skm.jaccard_score(a, p, labels=labels, average=None, zero_division=0))))
        print("double[] %s_AVG_JACCARD = %s;" % (name, jarr([skm.jaccard_score(a, p, average=av, zero_division=0)
                                                            for av in ("macro", "weighted", "micro")])))
        if set(np.unique(p)) <= set(np.unique(a)):
            print("// imblearn macro_averaged_mean_absolute_error(a, p)")
            mae = imm.macro_averaged_mean_absolute_error(a, p)
        else:
            # imblearn 0.10.0 raises (an empty class) when a predicted class never occurs in a;
            # statlearn averages over the classes that occur in a, computed here with sklearn's MAE.
            print("// mean over c in unique(a) of mean_absolute_error(a[a == c], p[a == c]) (imblearn raises here)")
            mae = np.mean([skm.mean_absolute_error(a[a == c], p[a == c]) for c in np.unique(a)])
        print("double %s_MACRO_MAE = %r;" % (name, float(mae)))


def tied_scores():
    """50 samples, 4 classes, decision scores rounded to 1 decimal (ties), true class shifted up."""
    rng = np.random.RandomState(13)
    y = rng.randint(0, 4, size=50)
    s = np.round(rng.randn(50, 4), 1)
    s[np.arange(50), y] += 0.8
    s[3] = [0.5, 0.5, 0.5, 0.5]           # four-way tie
    s[7, :] = [0.2, 0.9, 0.9, 0.1]        # tie at the top
    return y, s


def score_section():
    header()
    y, s = tied_scores()
    print("// tied_scores(): RandomState(13)")
    print("int[] TIED_Y = %s;" % jarr(y))
    print("double[][] TIED_S = {%s};" % ", ".join(jarr(r) for r in s))
    print("// top_k_accuracy_score(y, s, k=k, labels=range(4)) for k = 1..4")
    print("double[] TIED_TOP_K = %s;" % jarr([skm.top_k_accuracy_score(y, s, k=k, labels=range(4)) for k in range(1, 5)]))
    print("// hinge_loss(y, s, labels=range(4)) (Crammer-Singer)")
    print("double TIED_HINGE = %r;" % skm.hinge_loss(y, s, labels=list(range(4))))
    yd, pd = digits_multiclass_scores()
    print("// digits_multiclass_scores(): top_k_accuracy_score(y, p, k=k) for k = 1, 2, 3, 5; hinge_loss(y, p)")
    print("double[] DIGITS_TOP_K = %s;" % jarr([skm.top_k_accuracy_score(yd, pd, k=k) for k in (1, 2, 3, 5)]))
    print("double DIGITS_HINGE = %r;" % skm.hinge_loss(yd, pd))
    yb, sb = breast_cancer_binary()
    dec = (sb - 16.8) / 4.0
    print("// breast cancer: hinge_loss(y, (worst radius - 16.8) / 4)")
    print("double CANCER_HINGE = %r;" % skm.hinge_loss(yb, dec))


def logloss_section():
    header()
    y, s = breast_cancer_binary()
    p = minmax_probability(s)
    print("// breast cancer, p = 0.01 + 0.98 (s - min) / (max - min): log_loss(y, p, normalize=False)")
    print("double CANCER_LOG_LOSS_SUM = %r;" % skm.log_loss(y, p, normalize=False))
    yd, pd = digits_multiclass_scores()
    print("// digits_multiclass_scores(): log_loss(y, p, normalize=False)")
    print("double DIGITS_LOG_LOSS_SUM = %r;" % skm.log_loss(yd, pd, normalize=False))
    wc = np.arange(len(y)) % 7 * 0.25         # 0, 0.25, ..., 1.5: zero weights included
    wd = 0.5 + np.arange(len(yd)) % 5 * 0.3
    print("// sample weights: breast cancer w = (i mod 7) / 4, digits w = 0.5 + 0.3 (i mod 5)")
    print("// log_loss(y, p, sample_weight=w), log_loss(..., normalize=False), brier_score_loss(y, p, sample_weight=w)")
    print("double[] CANCER_WEIGHTED = %s;" % jarr([skm.log_loss(y, p, sample_weight=wc),
                                                  skm.log_loss(y, p, sample_weight=wc, normalize=False),
                                                  skm.brier_score_loss(y, p, sample_weight=wc)]))
    onehot = np.eye(10)[yd]
    print("// log_loss(y, p, sample_weight=w), log_loss(..., normalize=False),"
          " np.average(((p - onehot(y)) ** 2).sum(axis=1), weights=w) (multiclass Brier; not in scikit-learn 1.2.1)")
    print("double[] DIGITS_WEIGHTED = %s;" % jarr([skm.log_loss(yd, pd, sample_weight=wd),
                                                  skm.log_loss(yd, pd, sample_weight=wd, normalize=False),
                                                  np.average(((pd - onehot) ** 2).sum(axis=1), weights=wd)]))


def labels_section():
    header()
    a, p = random_multiclass()
    print("// random_multiclass() with explicit labels (sklearn / imblearn labels=)")
    for name, labels in [("ALL7", list(range(7))), ("SUBSET", [2, 0, 1])]:
        print("// %s: labels = %s; {macro, weighted, micro} of precision_score, recall_score, f1_score,"
              " fbeta_score(beta=2), jaccard_score (zero_division=0), imblearn specificity_score;"
              " then imblearn geometric_mean_score(labels=) (average='multiclass')" % (name, labels))
        vals = []
        for fn in [lambda av: skm.precision_score(a, p, labels=labels, average=av, zero_division=0),
                   lambda av: skm.recall_score(a, p, labels=labels, average=av, zero_division=0),
                   lambda av: skm.f1_score(a, p, labels=labels, average=av, zero_division=0),
                   lambda av: skm.fbeta_score(a, p, beta=2.0, labels=labels, average=av, zero_division=0),
                   lambda av: skm.jaccard_score(a, p, labels=labels, average=av, zero_division=0),
                   lambda av: imm.specificity_score(a, p, labels=labels, average=av)]:
            vals += [fn("macro"), fn("weighted"), fn("micro")]
        print("double[] %s_AVERAGES = %s;" % (name, jarr(vals)))
        print("double %s_GMEAN = %r;" % (name, float(imm.geometric_mean_score(a, p, labels=labels))))
    names = ["zero", "one", "two"]
    d = imm.classification_report_imbalanced(a, p, labels=[2, 0, 1], target_names=[names[2], names[0], names[1]],
                                             alpha=0.1, zero_division=0, output_dict=True)
    print("// classification_report_imbalanced(a, p, labels=[2, 0, 1], target_names=['two', 'zero', 'one'],"
          " alpha=0.1, zero_division=0, output_dict=True): per row pre, rec, spe, f1, geo, iba, sup; then avg_*")
    keys = ["pre", "rec", "spe", "f1", "geo", "iba", "sup"]
    print("double[][] SUBSET_REPORT = {%s};" % ", ".join(jarr([d[c][key] for key in keys]) for c in [2, 0, 1]))
    print("double[] SUBSET_REPORT_AVG = %s;" % jarr([d["avg_" + key] for key in ["pre", "rec", "spe", "f1", "geo", "iba"]]
                                                   + [d["total_support"]]))
    print("/* classification_report_imbalanced(a, p, labels=[2, 0, 1], target_names=['two', 'zero', 'one'], digits=4):")
    print(imm.classification_report_imbalanced(a, p, labels=[2, 0, 1], target_names=["two", "zero", "one"], digits=4,
                                               zero_division=0))
    print("*/")


def weights_section():
    header()
    a, p = random_multiclass()
    rng = np.random.RandomState(99)
    w = rng.rand(len(a)) * 2
    w[[3, 10, 40]] = 0.0  # zero weights keep their classes present
    k = 5
    labels = list(range(k))
    print("// random_multiclass() with sample weights: w = 2 * RandomState(99).rand(60), w[[3, 10, 40]] = 0")
    print("double[] WEIGHTS = %s;" % jarr(w))
    print("// confusion_matrix(a, p, sample_weight=w)")
    print("double[][] W_CM = {%s};" % ", ".join(jarr(r) for r in skm.confusion_matrix(a, p, sample_weight=w)))
    prec, rec, f1, _ = skm.precision_recall_fscore_support(a, p, sample_weight=w, zero_division=0)
    # Specificity from scikit-learn's weighted one-vs-rest matrices: imbalanced-learn 0.10.0's
    # specificity_score computes TN = n_samples - (pred + true - tp) with weighted pred / true / tp
    # but the unweighted sample count, which mixes units, so it is not used as the reference here.
    mcm = skm.multilabel_confusion_matrix(a, p, sample_weight=w, labels=labels)
    tn, fp = mcm[:, 0, 0], mcm[:, 0, 1]
    spec = np.where(tn + fp > 0, tn / np.where(tn + fp > 0, tn + fp, 1), 0.0)
    support = mcm[:, 1, 0] + mcm[:, 1, 1]
    present = np.isin(labels, np.union1d(a, p))
    spec_avg = [spec[present].mean(), np.average(spec[present], weights=support[present]),
                tn[present].sum() / (tn[present].sum() + fp[present].sum())]
    print("// precision_recall_fscore_support(a, p, sample_weight=w, zero_division=0): precision, recall, f1;"
          " specificity tn / (tn + fp) of multilabel_confusion_matrix(a, p, sample_weight=w)")
    print("double[][] W_PER_CLASS = {%s, %s, %s, %s};" % (jarr(prec), jarr(rec), jarr(f1), jarr(spec)))
    vals = []
    for fn in [lambda av: skm.precision_score(a, p, average=av, sample_weight=w, zero_division=0),
               lambda av: skm.recall_score(a, p, average=av, sample_weight=w, zero_division=0),
               lambda av: skm.f1_score(a, p, average=av, sample_weight=w, zero_division=0),
               lambda av: skm.jaccard_score(a, p, average=av, sample_weight=w, zero_division=0)]:
        vals += [fn("macro"), fn("weighted"), fn("micro")]
    vals += spec_avg
    print("// {macro, weighted, micro} of precision_score, recall_score, f1_score, jaccard_score (sample_weight=w, zero_division=0),"
          " then of the specificity above (mean, support-weighted mean, sum tn / sum (tn + fp) over the present classes)")
    print("double[] W_AVERAGES = %s;" % jarr(vals))
    with np.errstate(all="ignore"):
        whole = [skm.accuracy_score(a, p, sample_weight=w), skm.balanced_accuracy_score(a, p, sample_weight=w),
                 skm.balanced_accuracy_score(a, p, sample_weight=w, adjusted=True),
                 imm.geometric_mean_score(a, p, sample_weight=w), skm.matthews_corrcoef(a, p, sample_weight=w)]
        whole += [skm.cohen_kappa_score(a, p, labels=labels, weights=kw, sample_weight=w) for kw in (None, "linear", "quadratic")]
        whole.append(np.mean([skm.mean_absolute_error(a[a == c], p[a == c], sample_weight=w[a == c]) for c in np.unique(a)]))
    print("// accuracy_score, balanced_accuracy_score, balanced_accuracy_score(adjusted=True), imblearn geometric_mean_score,"
          " matthews_corrcoef, cohen_kappa_score(labels=range(5), weights=None / 'linear' / 'quadratic'),"
          " mean over c in unique(a) of mean_absolute_error(a[a == c], p[a == c], sample_weight=w[a == c]); all with sample_weight=w")
    print("double[] W_WHOLE = %s;" % jarr(whole))
    lr = []
    for c in range(k):
        with np.errstate(all="ignore"):
            lr += list(skm.class_likelihood_ratios((a == c).astype(int), (p == c).astype(int), labels=[0, 1],
                                                   sample_weight=w, raise_warning=False))
    print("// class_likelihood_ratios(a == c, p == c, labels=[0, 1], sample_weight=w) for c in 0..4")
    print("double[] W_LIKELIHOOD_RATIOS = %s;" % jarr(lr))
    with np.errstate(all="ignore"):
        cm = skm.confusion_matrix(a, p, labels=labels, sample_weight=w, normalize="true")
    print("// confusion_matrix(a, p, sample_weight=w, normalize='true')")
    print("double[][] W_NORMALIZED_TRUE = {%s};" % ", ".join(jarr(r) for r in cm))


def weighted_curve_section():
    header()
    y, s = random_scores()
    w = np.arange(len(y)) % 4 * 0.5              # 0, 0.5, 1, 1.5: zero weights included
    print("// random_scores() (RandomState(7), many ties), w = 0.5 (i mod 4):"
          " roc_auc_score(y, s, sample_weight=w), average_precision_score(y, s, sample_weight=w)")
    print("double[] RANDOM_WEIGHTED = %s;" % jarr([skm.roc_auc_score(y, s, sample_weight=w),
                                                  skm.average_precision_score(y, s, sample_weight=w)]))
    yc, sc = breast_cancer_binary()
    wc = 1.0 + (np.arange(len(yc)) % 3 == 0) * 2.5   # every third sample weighs 3.5
    print("// breast cancer, w = 3.5 for i mod 3 == 0 else 1: roc_auc_score, average_precision_score with sample_weight=w")
    print("double[] CANCER_WEIGHTED = %s;" % jarr([skm.roc_auc_score(yc, sc, sample_weight=wc),
                                                  skm.average_precision_score(yc, sc, sample_weight=wc)]))
    yd, pd = digits_multiclass_scores()
    wd = 0.5 + np.arange(len(yd)) % 5 * 0.3
    print("// digits_multiclass_scores(), w = 0.5 + 0.3 (i mod 5): [roc_auc_score(y == c, p[:, c], sample_weight=w)],"
          " then roc_auc_score(y, p, multi_class='ovr', average='macro' / 'weighted', sample_weight=w)")
    print("double[] DIGITS_WEIGHTED_OVR = %s;" % jarr([skm.roc_auc_score(yd == c, pd[:, c], sample_weight=wd) for c in range(10)]))
    from sklearn.preprocessing import label_binarize
    Y = label_binarize(yd, classes=range(10))
    print("// roc_auc_score(y, p, multi_class='ovr', average='micro', sample_weight=w); average_precision_score(label_binarize(y),"
          " p, average=a, sample_weight=w) for a in (macro, weighted, micro)")
    print("double[] DIGITS_WEIGHTED_MICRO_AP = %s;" % jarr([
        skm.roc_auc_score(yd, pd, multi_class="ovr", average="micro", sample_weight=wd)]
        + [skm.average_precision_score(Y, pd, average=av, sample_weight=wd) for av in ("macro", "weighted", "micro")]))
    print("double[] DIGITS_WEIGHTED_OVR_AVG = %s;" % jarr([
        skm.roc_auc_score(yd, pd, multi_class="ovr", average=av, sample_weight=wd) for av in ("macro", "weighted")]))


def multiclass_curve_section():
    from sklearn.preprocessing import label_binarize
    header()
    yd, pd = digits_multiclass_scores()
    print("// digits_multiclass_scores(): roc_auc_score(y, p, multi_class='ovr', average='micro'),"
          " roc_auc_score(y, p, multi_class='ovo', average='macro'), (..., average='weighted')")
    print("double[] DIGITS_MULTI_AUC = %s;" % jarr([skm.roc_auc_score(yd, pd, multi_class="ovr", average="micro"),
                                                   skm.roc_auc_score(yd, pd, multi_class="ovo", average="macro"),
                                                   skm.roc_auc_score(yd, pd, multi_class="ovo", average="weighted")]))
    Y = label_binarize(yd, classes=range(10))
    print("// average_precision_score(label_binarize(y, classes=range(10)), p, average=a) for a in (macro, weighted, micro)")
    print("double[] DIGITS_MULTI_AP = %s;" % jarr([skm.average_precision_score(Y, pd, average=av)
                                                  for av in ("macro", "weighted", "micro")]))
    # a small imbalanced 3-class case with ties, rows not normalised by us but by construction
    rng = np.random.RandomState(5)
    y3 = np.r_[np.zeros(20, int), np.ones(7, int), np.full(3, 2)]
    raw = np.round(rng.rand(30, 3) + 0.6 * np.eye(3)[y3], 1) + 0.1
    p3 = raw / raw.sum(axis=1, keepdims=True)
    print("// three imbalanced classes (20, 7, 3), RandomState(5); rows sum to 1 as scikit-learn requires")
    print("int[] SMALL_Y = %s;" % jarr(y3))
    print("double[][] SMALL_P = {%s};" % ", ".join(jarr(r) for r in p3))
    print("// roc_auc_score ovr micro / macro / weighted, ovo macro / weighted; average_precision_score macro / weighted / micro")
    print("double[] SMALL_MULTI = %s;" % jarr([skm.roc_auc_score(y3, p3, multi_class="ovr", average="micro"),
                                              skm.roc_auc_score(y3, p3, multi_class="ovr", average="macro"),
                                              skm.roc_auc_score(y3, p3, multi_class="ovr", average="weighted"),
                                              skm.roc_auc_score(y3, p3, multi_class="ovo", average="macro"),
                                              skm.roc_auc_score(y3, p3, multi_class="ovo", average="weighted")]
                                             + [skm.average_precision_score(label_binarize(y3, classes=range(3)), p3, average=av)
                                                for av in ("macro", "weighted", "micro")]))


def partial_det_section():
    header()
    y, s = random_scores()
    yc, sc = breast_cancer_binary()
    yd, sd = digits_zero_vs_rest()
    for name, yy, ss in [("RANDOM", y, s), ("CANCER", yc, sc), ("DIGITS", yd, sd)]:
        fpr, tpr, thr = skm.roc_curve(yy, ss)  # drop_intermediate=True
        dfpr, dfnr, dthr = skm.det_curve(yy, ss)
        if name == "RANDOM":
            print("// %s: roc_curve(y, s) (drop_intermediate=True) -> fpr, tpr, thresholds" % name)
            print("double[] %s_DROP_FPR = %s;" % (name, jarr(fpr)))
            print("double[] %s_DROP_TPR = %s;" % (name, jarr(tpr)))
            print("double[] %s_DROP_THR = %s;" % (name, jarr(thr)))
            print("// %s: det_curve(y, s) -> fpr, fnr, thresholds" % name)
            print("double[] %s_DET_FPR = %s;" % (name, jarr(dfpr)))
            print("double[] %s_DET_FNR = %s;" % (name, jarr(dfnr)))
            print("double[] %s_DET_THR = %s;" % (name, jarr(dthr)))
        else:
            print("// %s: roc_curve(y, s) (drop_intermediate=True): len, sum(fpr), sum(tpr), sum(thresholds[1:]);"
                  " det_curve(y, s): len, sum(fpr), sum(fnr), sum(thresholds)" % name)
            print("double[] %s_DROP_DET_SUMMARY = %s;" % (name, jarr([len(fpr), fpr.sum(), tpr.sum(), thr[1:].sum(),
                                                                       len(dfpr), dfpr.sum(), dfnr.sum(), dthr.sum()])))
        print("// %s: roc_auc_score(y, s, max_fpr=m) for m in (0.05, 0.1, 0.3, 0.5, 1.0)" % name)
        print("double[] %s_PARTIAL = %s;" % (name, jarr([skm.roc_auc_score(yy, ss, max_fpr=m) for m in (0.05, 0.1, 0.3, 0.5, 1.0)])))


def gmean_section():
    header()
    for name, a, p in label_cases():
        print("// %s: imblearn geometric_mean_score(a, p, average=av) for av in (macro, weighted, micro);"
              " geometric_mean_score(a, p, correction=c) for c in (0, 0.001, 0.5)" % name)
        print("double[] %s_GMEAN_AVG = %s;" % (name, jarr([imm.geometric_mean_score(a, p, average=av)
                                                          for av in ("macro", "weighted", "micro")])))
        print("double[] %s_GMEAN_CORRECTION = %s;" % (name, jarr([imm.geometric_mean_score(a, p, correction=c)
                                                                 for c in (0.0, 0.001, 0.5)])))
        iba = imm.make_index_balanced_accuracy
        vals = [iba(alpha=0.1, squared=True)(skm.f1_score)(a, p, average="macro"),
                iba(alpha=0.1, squared=False)(skm.precision_score)(a, p, average="weighted", zero_division=0),
                iba(alpha=0.5, squared=True)(skm.recall_score)(a, p, average="micro"),
                iba(alpha=0.1, squared=True)(imm.geometric_mean_score)(a, p),
                iba(alpha=0.1, squared=True)(imm.geometric_mean_score)(a, p, correction=0.001)]
        print("// make_index_balanced_accuracy(alpha, squared)(f)(a, p, ...): (0.1, True, f1_score, average='macro'),"
              " (0.1, False, precision_score, average='weighted', zero_division=0), (0.5, True, recall_score, average='micro'),"
              " (0.1, True, geometric_mean_score) [multiclass score, macro dominance], and with correction=0.001")
        print("double[] %s_IBA_WRAPPED = %s;" % (name, jarr(vals)))
        if name != "RANDOM":
            print("// make_index_balanced_accuracy(alpha=0.1, squared=True)(accuracy_score)(a, p) (binary dominance, pos_label=1);"
                  " (alpha=0.2, squared=False)(f1_score)(a, p) (average='binary')")
            print("double[] %s_IBA_BINARY = %s;" % (name, jarr([iba(alpha=0.1, squared=True)(skm.accuracy_score)(a, p),
                                                               iba(alpha=0.2, squared=False)(skm.f1_score)(a, p)])))


def multilabel_section():
    header()
    rng = np.random.RandomState(11)
    n, L = 40, 5
    Y = (rng.rand(n, L) < [0.5, 0.3, 0.2, 0.1, 0.0]).astype(int)   # label 4 never occurs
    P = Y.copy()
    flip = rng.rand(n, L) < 0.25
    P[flip] = 1 - P[flip]
    Y[0] = 0                          # a sample with no actual labels
    P[1] = 0                          # a sample with no predicted labels
    Y[2] = 0
    P[2] = 0                          # a sample with neither
    print("// multilabel indicators, RandomState(11), 40 x 5; row 0 has no actual label, row 1 no predicted, row 2 neither")
    print("int[][] ML_Y = {%s};" % ", ".join(jarr(r) for r in Y))
    print("int[][] ML_P = {%s};" % ", ".join(jarr(r) for r in P))
    mcm = skm.multilabel_confusion_matrix(Y, P)
    print("// multilabel_confusion_matrix(Y, P) -> per label [[tn, fp], [fn, tp]]")
    print("long[][][] ML_MCM = {%s};" % ", ".join("{" + ", ".join(jarr(r) for r in m) + "}" for m in mcm))
    vals = []
    for fn in [lambda av: skm.precision_score(Y, P, average=av, zero_division=0),
               lambda av: skm.recall_score(Y, P, average=av, zero_division=0),
               lambda av: skm.f1_score(Y, P, average=av, zero_division=0),
               lambda av: skm.fbeta_score(Y, P, beta=0.5, average=av, zero_division=0),
               lambda av: skm.jaccard_score(Y, P, average=av, zero_division=0)]:
        vals += [fn("macro"), fn("weighted"), fn("micro"), fn("samples")]
    print("// {macro, weighted, micro, samples} of precision_score, recall_score, f1_score, fbeta_score(beta=0.5),"
          " jaccard_score (zero_division=0)")
    print("double[] ML_AVERAGES = %s;" % jarr(vals))
    print("// accuracy_score(Y, P) (subset accuracy), hamming_loss(Y, P)")
    print("double[] ML_WHOLE = %s;" % jarr([skm.accuracy_score(Y, P), skm.hamming_loss(Y, P)]))


def pr_drop_section():
    """precision_recall_curve(drop_intermediate=True) arrived in scikit-learn 1.3; Debian's 1.2.1
    lacks it, so its rule is transcribed here from the 1.3 source onto 1.2.1's _binary_clf_curve:
    keep the first and last threshold and every threshold whose TP count differs from that of a
    neighbour (np.diff(tps[:-1]) or np.diff(tps[1:]) non-zero)."""
    from sklearn.metrics._ranking import _binary_clf_curve
    header()
    y, s = random_scores()
    fps, tps, thr = _binary_clf_curve(y, s)
    keep = np.where(np.concatenate([[True], np.logical_or(np.diff(tps[:-1]), np.diff(tps[1:])), [True]]))[0]
    fps, tps, thr = fps[keep], tps[keep], thr[keep]
    precision = tps / (tps + fps)
    recall = tps / tps[-1]
    print("// random_scores(): precision_recall_curve(y, s, drop_intermediate=True) per scikit-learn 1.3's rule"
          " (transcribed onto 1.2.1's _binary_clf_curve, see pr_drop_section) -> precision, recall, thresholds")
    print("double[] RANDOM_PR_DROP_PREC = %s;" % jarr(np.r_[precision[::-1], 1]))
    print("double[] RANDOM_PR_DROP_REC = %s;" % jarr(np.r_[recall[::-1], 0]))
    print("double[] RANDOM_PR_DROP_THR = %s;" % jarr(thr[::-1]))


def weighted_bins(y, p, w, bins):
    """Weighted bin means over edges `bins` (np.searchsorted(bins[1:-1], p), side='left', as
    calibration_curve): prob_true, prob_pred, counts of positive-weight samples, ECE, MCE of the
    bins of positive weight."""
    n_bins = len(bins) - 1
    binids = np.searchsorted(bins[1:-1], p)
    bw = np.bincount(binids, weights=w, minlength=n_bins)
    bt = np.bincount(binids, weights=y * w, minlength=n_bins)
    bp = np.bincount(binids, weights=p * w, minlength=n_bins)
    cnt = np.bincount(binids, weights=(w > 0).astype(float), minlength=n_bins)
    nz = bw > 0
    prob_true, prob_pred = bt[nz] / bw[nz], bp[nz] / bw[nz]
    gap = np.abs(prob_true - prob_pred)
    return prob_true, prob_pred, cnt[nz].astype(int), [(bw[nz] * gap).sum() / w.sum(), gap.max()]


def weighted_calibration_section():
    """calibration_curve has no sample_weight in scikit-learn 1.2.1: its uniform binning
    (np.searchsorted(bins[1:-1], p), bins = np.linspace(0, 1, n_bins + 1)) is transcribed here
    with np.bincount weights, and ECE / MCE over the bins of positive weight."""
    header()
    y, s = breast_cancer_binary()
    p = minmax_probability(s)
    w = np.arange(len(y)) % 7 * 0.25
    for n_bins in (5, 10):
        print("// breast cancer, p = minmax_probability(worst radius), w = (i mod 7) / 4, %d uniform bins:"
              " weighted prob_true, prob_pred, counts of positive-weight samples, ECE = sum(W_b |gap|) / W, MCE" % n_bins)
        print_bins("CANCER_W", n_bins, weighted_bins(y, p, w, np.linspace(0.0, 1.0, n_bins + 1)))


def print_bins(prefix, n_bins, bins):
    """Java literals of weighted_bins' prob_true, prob_pred, counts and (ECE, MCE)."""
    prob_true, prob_pred, cnt, ece_mce = bins
    print("double[] %s_TRUE_%d = %s;" % (prefix, n_bins, jarr(prob_true)))
    print("double[] %s_PRED_%d = %s;" % (prefix, n_bins, jarr(prob_pred)))
    print("long[] %s_COUNT_%d = %s;" % (prefix, n_bins, jarr(cnt)))
    print("double[] %s_ECE_MCE_%d = %s;" % (prefix, n_bins, jarr(ece_mce)))


def weighted_quantile_edges(p, w, n_bins):
    """Inverted-CDF weighted quantiles by cumulative weights (numpy 2's quantile(method="inverted_cdf",
    weights=w), which numpy 1.24 lacks): the samples of positive weight sorted, cw = cumsum(w);
    edge b = the first sorted p whose cw >= b / B * W; edge 0 = min, edge B = max."""
    keep = w > 0
    order = np.argsort(p[keep], kind="stable")
    ps, cw = p[keep][order], np.cumsum(w[keep][order])
    inner = [ps[np.searchsorted(cw, b / n_bins * cw[-1], side="left")] for b in range(1, n_bins)]
    return np.array([ps[0]] + inner + [ps[-1]])


def weighted_quantile_calibration_section():
    """Quantile bins with sample weights (statlearn's ReliabilityTable.ofQuantiles(y, p, B, w)):
    edges from weighted_quantile_edges, then the weighted bins of weighted_bins."""
    header()
    y, s = breast_cancer_binary()
    p = minmax_probability(s)
    w = np.arange(len(y)) % 7 * 0.3           # 0, 0.3, ..., 1.8: zero weights, not exact in binary
    for n_bins in (4, 10):
        edges = weighted_quantile_edges(p, w, n_bins)
        print("// breast cancer, p = minmax_probability(worst radius), w = 0.3 (i mod 7), %d weighted quantile bins"
              " (weighted_quantile_edges, inverted CDF): edges, weighted prob_true, prob_pred, counts, ECE, MCE" % n_bins)
        print("double[] CANCER_WQ_EDGES_%d = %s;" % (n_bins, jarr(edges)))
        print_bins("CANCER_WQ", n_bins, weighted_bins(y, p, w, edges))


def weighted_curve_points_section():
    """roc_curve and precision_recall_curve with sample_weight (scikit-learn 1.2.1): the point lists.
    precision_recall_curve(drop_intermediate=True) is scikit-learn 1.3's rule transcribed onto
    1.2.1's weighted _binary_clf_curve, as pr_drop_section. The weights of the drop cases are
    multiples of 1/4, so the summed weights and numpy's np.diff(fps, 2) are exact and the kept points
    do not hinge on rounding (sklearn forms fps = cumsum(w) - tps, statlearn sums the negatives)."""
    from sklearn.metrics._ranking import _binary_clf_curve
    header()
    tiny_y = np.array([1, 0, 1, 0, 1, 0, 0, 1, 0, 1, 0])
    tiny_s = np.array([0.9, 0.9, 0.7, 0.7, 0.5, 0.3, 0.3, 0.1, 0.6, 0.2, 0.2])
    tiny_w = np.array([1.0, 2.0, 0.0, 0.5, 1.5, 0.0, 1.0, 0.25, 0.0, 0.75, 0.25])
    print("// TINY: ties at 0.9, 0.7, 0.3, 0.2; score 0.6 has weight 0 only (no threshold); weights")
    print("int[] TINY_Y = %s;" % jarr(tiny_y))
    print("double[] TINY_S = %s;" % jarr(tiny_s))
    print("double[] TINY_W = %s;" % jarr(tiny_w))
    y, s = random_scores()
    w = np.arange(len(y)) % 4 * 0.5
    for name, yy, ss, ww in [("TINY", tiny_y, tiny_s, tiny_w), ("RANDOM", y, s, w)]:
        for drop in (False, True):
            fpr, tpr, thr = skm.roc_curve(yy, ss, sample_weight=ww, drop_intermediate=drop)
            tag = "_DROP" if drop else ""
            print("// %s%s: roc_curve(y, s, sample_weight=w, drop_intermediate=%s) -> fpr, tpr, thresholds"
                  % (name, " (w = 0.5 (i mod 4))" if name == "RANDOM" else "", drop))
            print("double[] %s_W%s_FPR = %s;" % (name, tag, jarr(fpr)))
            print("double[] %s_W%s_TPR = %s;" % (name, tag, jarr(tpr)))
            print("double[] %s_W%s_ROC_THR = %s;" % (name, tag, jarr(thr)))
        pr, rc, thr = skm.precision_recall_curve(yy, ss, sample_weight=ww)
        print("// %s: precision_recall_curve(y, s, sample_weight=w) -> precision, recall, thresholds;"
              " average_precision_score(y, s, sample_weight=w)" % name)
        print("double[] %s_W_PREC = %s;" % (name, jarr(pr)))
        print("double[] %s_W_REC = %s;" % (name, jarr(rc)))
        print("double[] %s_W_PR_THR = %s;" % (name, jarr(thr)))
        print("double %s_W_AP = %r;" % (name, skm.average_precision_score(yy, ss, sample_weight=ww)))
        fps, tps, thr = _binary_clf_curve(yy, ss, sample_weight=ww)
        keep = np.where(np.concatenate([[True], np.logical_or(np.diff(tps[:-1]), np.diff(tps[1:])), [True]]))[0]
        fps, tps, thr = fps[keep], tps[keep], thr[keep]
        print("// %s: precision_recall_curve(y, s, sample_weight=w, drop_intermediate=True), 1.3 rule on 1.2.1's"
              " _binary_clf_curve(y, s, sample_weight=w) -> precision, recall, thresholds" % name)
        print("double[] %s_W_DROP_PREC = %s;" % (name, jarr(np.r_[(tps / (tps + fps))[::-1], 1])))
        print("double[] %s_W_DROP_REC = %s;" % (name, jarr(np.r_[(tps / tps[-1])[::-1], 0])))
        print("double[] %s_W_DROP_PR_THR = %s;" % (name, jarr(thr[::-1])))
    yd, pd = digits_multiclass_scores()
    wd = 0.5 + np.arange(len(yd)) % 5 * 0.3
    fpr, tpr, thr = skm.roc_curve(yd == 8, pd[:, 8], sample_weight=wd, drop_intermediate=False)
    pr, rc, pthr = skm.precision_recall_curve(yd == 8, pd[:, 8], sample_weight=wd)
    print("// digits_multiclass_scores() class 8 vs rest, w = 0.5 + 0.3 (i mod 5) (not exact in binary):"
          " roc_curve(y == 8, p[:, 8], sample_weight=w, drop_intermediate=False): len, sum(fpr), sum(tpr), sum(thr[1:]);"
          " precision_recall_curve(..., sample_weight=w): len(thr), sum(precision), sum(recall), sum(thr)")
    print("double[] DIGITS8_W_SUMMARY = %s;" % jarr([len(fpr), fpr.sum(), tpr.sum(), thr[1:].sum(),
                                                    len(pthr), pr.sum(), rc.sum(), pthr.sum()]))


if __name__ == "__main__":
    section = sys.argv[1] if len(sys.argv) > 1 else "all"
    if section in ("confusion", "all"):
        confusion_section()
    if section in ("score", "all"):
        score_section()
    if section in ("logloss", "all"):
        logloss_section()
    if section in ("labels", "all"):
        labels_section()
    if section in ("weights", "all"):
        weights_section()
    if section in ("weightedcurve", "all"):
        weighted_curve_section()
    if section in ("multiclasscurve", "all"):
        multiclass_curve_section()
    if section in ("partialdet", "all"):
        partial_det_section()
    if section in ("gmean", "all"):
        gmean_section()
    if section in ("multilabel", "all"):
        multilabel_section()
    if section in ("prdrop", "all"):
        pr_drop_section()
    if section in ("weightedcalibration", "all"):
        weighted_calibration_section()
    if section in ("weightedquantiles", "all"):
        weighted_quantile_calibration_section()
    if section in ("weightedcurvepoints", "all"):
        weighted_curve_points_section()
