#!/usr/bin/python3
"""Builds the side-by-side table (markdown) from the RESULT lines written by compare.sh.

Usage: table.py DIR, where DIR holds py.N, j17.N and j25.N (one file per runner and round) and
machine.txt. For every workload and implementation the per-round medians are combined by their
median; ratios are statlearn time / peer time (below 1: statlearn is faster).
"""
import collections
import glob
import os
import statistics
import sys

RUNNERS = {"py": "Python", "j17": "JDK 17, scalar", "j25": "Temurin 25, Vector API"}


def load(directory):
    times = collections.defaultdict(list)   # (runner, workload, impl) -> [median per round]
    items = {}
    info = collections.defaultdict(set)
    for path in sorted(glob.glob(os.path.join(directory, "*.*"))):
        runner = os.path.basename(path).split(".")[0]
        if runner not in RUNNERS:
            continue
        with open(path) as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if parts[0] == "RESULT" and len(parts) == 5:
                    times[(runner, parts[1], parts[2])].append(float(parts[3]))
                    items[parts[1]] = int(parts[4])
                elif parts[0] == "INFO" and len(parts) == 3:
                    info[(runner, parts[1])].add(parts[2])
    med = {key: statistics.median(v) for key, v in times.items()}
    rounds = {key: len(v) for key, v in times.items()}
    return med, rounds, items, info


def fmt_time(s):
    if s is None:
        return "–"
    if s < 1e-3:
        return f"{s * 1e6:.1f} µs"
    if s < 1:
        return f"{s * 1e3:.2f} ms"
    return f"{s:.2f} s"


def fmt_ratio(r):
    return "–" if r is None else f"{r:.2f}"


def main():
    directory = sys.argv[1]
    med, rounds, items, info = load(directory)

    def t(runner, workload, impl):
        return med.get((runner, workload, impl))

    def ratio(a, b):
        return None if a is None or b is None or b == 0 else a / b

    out = []
    with open(os.path.join(directory, "machine.txt")) as f:
        out.append(f.read().rstrip())
    out.append("")
    for runner in ("py", "j17", "j25"):
        for key in ("python", "blas", "java", "kernels", "threads"):
            for v in sorted(info.get((runner, key), ())):
                out.append(f"- {RUNNERS[runner]}: {key}: {v}")
    n_rounds = max(rounds.values()) if rounds else 0
    out.append(f"- {n_rounds} alternating rounds (Python, JDK 17, Temurin 25, order rotated each "
               "round); each number is the median over rounds of the per-round median of repeats.")
    out.append("")

    # (label, statlearn workload, statlearn impl, peer runner, peer workload, peer impl)
    rows = [
        ("digits MLP epoch (1797 samples, batch 64, SGD)", "mlp_epoch", "statlearn", "py", "mlp_epoch", "torch_f32", "PyTorch float32"),
        ("", "mlp_epoch", "statlearn", "py", "mlp_epoch", "torch_f64", "PyTorch float64"),
        ("MLP single-row inference (latency)", "mlp_infer_row", "statlearn", "py", "mlp_infer_row", "torch_f32", "PyTorch float32"),
        ("", "mlp_infer_row", "statlearn", "py", "mlp_infer_row", "torch_f64", "PyTorch float64"),
        ("128×784×256 double product", "matmul_128x784x256", "statlearn", "py", "matmul_128x784x256", "torch_mm_f64", "torch.mm float64"),
        ("", "matmul_128x784x256", "statlearn", "py", "matmul_128x784x256", "torch_mm_f32", "torch.mm float32"),
        ("", "matmul_128x784x256", "statlearn", "py", "matmul_128x784x256", "numpy", "NumPy @ float64"),
        ("", "matmul_128x784x256", "statlearn", "same", "matmul_128x784x256", "ejml", "EJML mult (same JVM)"),
        ("ROC AUC, 10⁶ scores", "roc_auc_1e6", "statlearn", "py", "roc_auc_1e6", "sklearn", "sklearn roc_auc_score"),
        ("", "roc_auc_1e6", "statlearn", "same", "sort_1e6", "java", "Arrays.sort 10⁶ doubles (same JVM)"),
        ("average precision, 10⁶ scores", "avg_precision_1e6", "statlearn", "py", "avg_precision_1e6", "sklearn", "sklearn average_precision_score"),
        ("KL, 10⁶ (Divergences.kl, validates input)", "kl_1e6", "statlearn", "py", "kl_1e6", "scipy_entropy", "scipy.stats.entropy(p, q)"),
        ("", "kl_1e6", "statlearn", "py", "kl_1e6", "numpy", "np.sum(p*np.log(p/q))"),
        ("KL, 10⁶ (kernel sumRelEntr)", "kl_1e6", "kernel", "py", "kl_1e6", "scipy_entropy", "scipy.stats.entropy(p, q)"),
        ("", "kl_1e6", "kernel", "py", "kl_1e6", "numpy", "np.sum(p*np.log(p/q))"),
        ("entropy, 10⁶", "entropy_1e6", "statlearn", "py", "entropy_1e6", "scipy_entropy", "scipy.stats.entropy(p)"),
        ("", "entropy_1e6", "statlearn", "py", "entropy_1e6", "numpy", "-np.sum(p*np.log(p))"),
        ("MC integral of e^(−x²), 10⁷ samples", "mc_integral_1e7", "statlearn", "py", "mc_integral_1e7", "numpy", "NumPy, in place, chunks of 2¹⁷"),
        ("gamma MLE, 10⁶", "gamma_mle_1e6", "statlearn", "py", "gamma_mle_1e6", "scipy_fit", "scipy.stats.gamma.fit(x, floc=0)"),
        ("Moments (mean, var, skew, kurt), 10⁷", "moments_1e7", "statlearn", "py", "moments_1e7", "scipy_skew_kurtosis", "scipy.stats.skew + kurtosis"),
        ("", "moments_1e7", "statlearn", "py", "moments_1e7", "scipy_describe", "scipy.stats.describe"),
        ("", "moments_1e7", "statlearn", "py", "moments_1e7", "numpy_scipy_all4", "np.mean + np.var + skew + kurtosis"),
        ("", "mean_var_1e7", "statlearn", "py", "mean_var_1e7", "numpy", "np.mean + np.var"),
    ]
    out.append("| workload | peer | peer time | statlearn JDK 17 scalar | ratio | "
               "statlearn Temurin 25 vector | ratio |")
    out.append("|---|---|---:|---:|---:|---:|---:|")
    results = {}
    for label, sw, si, pr, pw, pi, pname in rows:
        cells = [label, pname]
        peer_cells = []
        ratios = []
        for runner in ("j17", "j25"):
            s = t(runner, sw, si)
            p = t(runner if pr == "same" else pr, pw, pi)
            peer_cells.append(p)
            r = ratio(s, p)
            results[(runner, sw, si, pw, pi)] = r
            ratios.append((s, r))
        if pr == "same":
            cells.append(" / ".join(fmt_time(p) for p in peer_cells))
        else:
            cells.append(fmt_time(peer_cells[0]))
        for s, r in ratios:
            cells += [fmt_time(s), fmt_ratio(r)]
        if all(s is None for s, _ in ratios) and all(p is None for p in peer_cells):
            continue
        out.append("| " + " | ".join(cells) + " |")
    out.append("")
    out.append("Ratio = statlearn time / peer time (below 1: statlearn faster). For the EJML and "
               "sort rows the peer time is given for JDK 17 / Temurin 25.")
    out.append("")

    # derived rates
    rate_rows = []
    flops = items.get("matmul_128x784x256")
    if flops:
        for runner, impl, name in (("j17", "statlearn", "statlearn, JDK 17 scalar"),
                                   ("j25", "statlearn", "statlearn, Temurin 25 Vector API"),
                                   ("j17", "ejml", "EJML, JDK 17"), ("j25", "ejml", "EJML, Temurin 25"),
                                   ("py", "torch_mm_f64", "torch.mm float64"),
                                   ("py", "torch_mm_f32", "torch.mm float32"),
                                   ("py", "numpy", "NumPy float64")):
            v = t(runner, "matmul_128x784x256", impl)
            if v:
                rate_rows.append(f"128×784×256 product, {name}: {flops / v / 1e9:.1f} GFLOP/s")
    for workload, unit, scale in (("mlp_epoch", "samples/s", 1), ("mc_integral_1e7", "M samples/s", 1e-6)):
        n_items = items.get(workload)
        if not n_items:
            continue
        for runner, impl, name in (("j17", "statlearn", "statlearn, JDK 17"),
                                   ("j25", "statlearn", "statlearn, Temurin 25"),
                                   ("py", "torch_f32", "PyTorch float32"),
                                   ("py", "torch_f64", "PyTorch float64"),
                                   ("py", "numpy", "NumPy")):
            v = t(runner, workload, impl)
            if v:
                rate_rows.append(f"{workload}, {name}: {n_items / v * scale:,.1f} {unit}")
    if rate_rows:
        out.append("Rates (from the same medians):")
        out.append("")
        out.extend("- " + r for r in rate_rows)
        out.append("")

    def g(runner, sw, si, pw, pi):
        return results.get((runner, sw, si, pw, pi))

    goals = [
        ("MLP training ≥ 1.5× PyTorch float32 samples/s (Vector API)", [("j25", g("j25", "mlp_epoch", "statlearn", "mlp_epoch", "torch_f32"))], 1 / 1.5),
        ("MLP training at least equal to PyTorch float32 (scalar path)", [("j17", g("j17", "mlp_epoch", "statlearn", "mlp_epoch", "torch_f32"))], 1.0),
        ("single-row inference ≤ 1/10 of PyTorch float32 latency", [("j17", g("j17", "mlp_infer_row", "statlearn", "mlp_infer_row", "torch_f32")), ("j25", g("j25", "mlp_infer_row", "statlearn", "mlp_infer_row", "torch_f32"))], 0.1),
        ("product ≥ 80% of torch.mm float64 GFLOP/s (Vector API)", [("j25", g("j25", "matmul_128x784x256", "statlearn", "matmul_128x784x256", "torch_mm_f64"))], 1 / 0.8),
        ("product ≥ 5× EJML (scalar path)", [("j17", g("j17", "matmul_128x784x256", "statlearn", "matmul_128x784x256", "ejml"))], 0.2),
        ("ROC AUC ≥ 3× faster than sklearn", [("j17", g("j17", "roc_auc_1e6", "statlearn", "roc_auc_1e6", "sklearn")), ("j25", g("j25", "roc_auc_1e6", "statlearn", "roc_auc_1e6", "sklearn"))], 1 / 3),
        ("ROC AUC ≤ 1.3× sorting 10⁶ doubles", [("j17", g("j17", "roc_auc_1e6", "statlearn", "sort_1e6", "java")), ("j25", g("j25", "roc_auc_1e6", "statlearn", "sort_1e6", "java"))], 1.3),
        ("KL (Vector API) at least as fast as NumPy — Divergences.kl", [("j25", g("j25", "kl_1e6", "statlearn", "kl_1e6", "numpy"))], 1.0),
        ("KL (Vector API) at least as fast as NumPy — kernel", [("j25", g("j25", "kl_1e6", "kernel", "kl_1e6", "numpy"))], 1.0),
        ("KL (scalar) faster than scipy.stats.entropy — Divergences.kl", [("j17", g("j17", "kl_1e6", "statlearn", "kl_1e6", "scipy_entropy"))], 1.0),
        ("MC integral ≥ 3× NumPy samples/s (both cores)", [("j17", g("j17", "mc_integral_1e7", "statlearn", "mc_integral_1e7", "numpy")), ("j25", g("j25", "mc_integral_1e7", "statlearn", "mc_integral_1e7", "numpy"))], 1 / 3),
        ("gamma MLE no slower than scipy gamma.fit(floc=0)", [("j17", g("j17", "gamma_mle_1e6", "statlearn", "gamma_mle_1e6", "scipy_fit")), ("j25", g("j25", "gamma_mle_1e6", "statlearn", "gamma_mle_1e6", "scipy_fit"))], 1.0),
        ("Moments no slower than np.mean + np.var", [("j17", g("j17", "mean_var_1e7", "statlearn", "mean_var_1e7", "numpy")), ("j25", g("j25", "mean_var_1e7", "statlearn", "mean_var_1e7", "numpy"))], 1.0),
        ("Moments ≥ 5× faster than SciPy's four moments (scipy.stats.describe)", [("j17", g("j17", "moments_1e7", "statlearn", "moments_1e7", "scipy_describe")), ("j25", g("j25", "moments_1e7", "statlearn", "moments_1e7", "scipy_describe"))], 0.2),
    ]
    out.append("| goal (time ratio needed) | JDK 17 scalar | Temurin 25 vector |")
    out.append("|---|---|---|")
    for label, values, limit in goals:
        cells = {"j17": "n/a", "j25": "n/a"}
        for runner, r in values:
            if r is None:
                cells[runner] = "not measured"
            else:
                cells[runner] = f"{r:.2f} {'✅ met' if r <= limit else '❌ not met'}"
        out.append(f"| {label} (≤ {limit:.2f}) | {cells['j17']} | {cells['j25']} |")
    print("\n".join(out))


if __name__ == "__main__":
    main()
