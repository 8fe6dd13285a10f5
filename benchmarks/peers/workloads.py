#!/usr/bin/python3
"""The peer side of the side-by-side comparison (see compare.sh).

Runs the same workloads as dev.statlearn.benchmarks.peers.PeerWorkloads with PyTorch (CPU),
NumPy, SciPy and scikit-learn, and prints one tab-separated line per workload: RESULT workload
impl median_seconds items. Each workload is warmed up for the given time, then timed --repeats
times with time.perf_counter(); the median is printed.

PyTorch runs in its best configuration: every torch workload is timed at 1 and at 2 threads
(torch.set_num_threads), both are printed (impl suffixes _t1 and _t2) and the faster one is
printed again under the plain impl name, which the table compares against. compare.sh starts this
script with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset, so NumPy's OpenBLAS picks its own kernel
for the machine; the kernel it picked is printed as an INFO line.
"""
import argparse
import os
import platform
import statistics
import sys
import time

import numpy as np
import scipy
import scipy.stats
import sklearn
import sklearn.metrics
import torch


def timed(name, impl, items, body, repeats, warmup):
    end = time.perf_counter() + warmup
    calls = 0
    while time.perf_counter() < end or calls < 2:
        body()
        calls += 1
    t = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        body()
        t.append(time.perf_counter() - t0)
    median = statistics.median(t)
    print(f"RESULT\t{name}\t{impl}\t{median:.9f}\t{items}", flush=True)
    return median


def timed_torch(name, impl, items, body, repeats, warmup):
    """Times a torch workload at 1 and 2 threads; the faster median is reported as impl."""
    best = None
    for threads in (1, 2):
        torch.set_num_threads(threads)
        t = timed(name, f"{impl}_t{threads}", items, body, repeats, warmup)
        if best is None or t < best[0]:
            best = (t, threads)
    torch.set_num_threads(2)
    print(f"RESULT\t{name}\t{impl}\t{best[0]:.9f}\t{items}", flush=True)
    print(f"INFO\tthreads\t{name} {impl}: faster at {best[1]} torch thread(s)", flush=True)


def blas_info():
    """NumPy's BLAS and the kernel it chose (threadpoolctl, when installed), and the OPENBLAS_*
    variables in effect."""
    env = {k: v for k, v in os.environ.items() if k.startswith("OPENBLAS")}
    try:
        import threadpoolctl
        pools = [f"{p.get('internal_api')} {p.get('version')} {p.get('architecture')} "
                 f"threads={p.get('num_threads')}"
                 for p in threadpoolctl.threadpool_info() if p.get("user_api") == "blas"]
    except ImportError:
        pools = ["threadpoolctl not installed"]
    return "; ".join(pools) + f"; OPENBLAS env: {env or 'unset'}"


def load_digits():
    # the same bundled file statlearn reads (sklearn's digits, 1797 x 64, last column the label)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "..", "core", "src", "main", "resources", "dev", "statlearn",
                        "core", "data", "digits.csv.gz")
    data = np.loadtxt(path, delimiter=",")
    return data[:, :-1] / 16.0, data[:, -1].astype(np.int64)


def mlp_workloads(dtype, tag, repeats, warmup):
    x_np, y_np = load_digits()
    x = torch.tensor(x_np, dtype=dtype)
    y = torch.tensor(y_np)
    torch.manual_seed(1)
    model = torch.nn.Sequential(torch.nn.Linear(64, 128), torch.nn.ReLU(),
                                torch.nn.Linear(128, 10)).to(dtype)
    loss_fn = torch.nn.CrossEntropyLoss()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    gen = torch.Generator().manual_seed(1)
    n = x.shape[0]

    def epoch():
        perm = torch.randperm(n, generator=gen)
        for i in range(0, n, 64):
            idx = perm[i:i + 64]
            opt.zero_grad()
            loss = loss_fn(model(x[idx]), y[idx])
            loss.backward()
            opt.step()

    timed_torch("mlp_epoch", "torch_" + tag, n, epoch, repeats, warmup)
    row = x[17:18]

    def infer():
        with torch.no_grad():
            return torch.softmax(model(row), dim=1)

    timed_torch("mlp_infer_row", "torch_" + tag, 1, infer, max(repeats, 201), warmup)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--warmup", type=float, default=1.0)
    ap.add_argument("--only", default=None)
    args = ap.parse_args()
    only = set(args.only.split(",")) if args.only else None
    torch.set_num_threads(2)
    print(f"INFO\tpython\t{platform.python_version()} torch {torch.__version__} numpy "
          f"{np.__version__} scipy {scipy.__version__} sklearn {sklearn.__version__}; "
          "torch timed at 1 and 2 threads, the faster counts", flush=True)
    print(f"INFO\tblas\t{blas_info()}", flush=True)
    rng = np.random.default_rng(2024)
    r, w = args.repeats, args.warmup

    def want(name):
        return only is None or name in only

    if want("mlp_epoch") or want("mlp_infer_row"):
        mlp_workloads(torch.float32, "f32", r, w)
        mlp_workloads(torch.float64, "f64", r, w)

    if want("matmul_128x784x256"):
        items = 2 * 128 * 784 * 256
        for dtype, tag in ((torch.float64, "f64"), (torch.float32, "f32")):
            a = torch.rand(128, 784, dtype=dtype) * 2 - 1
            b = torch.rand(784, 256, dtype=dtype) * 2 - 1
            out = torch.empty(128, 256, dtype=dtype)
            timed_torch("matmul_128x784x256", "torch_mm_" + tag, items,
                        lambda: torch.mm(a, b, out=out), r * 4, w)
        an = np.asarray(rng.uniform(-1, 1, (128, 784)))
        bn = np.asarray(rng.uniform(-1, 1, (784, 256)))
        timed("matmul_128x784x256", "numpy", items, lambda: an @ bn, r * 4, w)

    n = 1_000_000
    if want("roc_auc_1e6") or want("avg_precision_1e6") or want("sort_1e6"):
        labels = (rng.random(n) < 0.3).astype(np.int64)
        scores = np.rint((labels + rng.standard_normal(n) * 1.2) * 1e4) / 1e4
        if want("roc_auc_1e6"):
            timed("roc_auc_1e6", "sklearn", n,
                  lambda: sklearn.metrics.roc_auc_score(labels, scores), r, w)
        if want("avg_precision_1e6"):
            timed("avg_precision_1e6", "sklearn", n,
                  lambda: sklearn.metrics.average_precision_score(labels, scores), r, w)
        if want("sort_1e6"):
            timed("sort_1e6", "numpy", n, lambda: np.sort(scores), r, w)

    if want("kl_1e6") or want("entropy_1e6"):
        p = rng.uniform(0.01, 1, n)
        p /= p.sum()
        q = rng.uniform(0.01, 1, n)
        q /= q.sum()
        if want("kl_1e6"):
            timed("kl_1e6", "scipy_entropy", n, lambda: scipy.stats.entropy(p, q), r, w)
            timed("kl_1e6", "numpy", n, lambda: np.sum(p * np.log(p / q)), r, w)
        if want("entropy_1e6"):
            timed("entropy_1e6", "scipy_entropy", n, lambda: scipy.stats.entropy(p), r, w)
            timed("entropy_1e6", "numpy", n, lambda: -np.sum(p * np.log(p)), r, w)

    if want("mc_integral_1e7"):
        samples = 10_000_000
        gen = np.random.default_rng(7)

        def mc():
            # NumPy at its best on this workload: in-place passes over one reused buffer of 2^17
            # samples (in L2). Measured 2026-12-01 on the 2-core Xeon (medians of 9, ms): fresh
            # arrays of 10^6 per chunk 62.6, of 2^16 41.5; in place 10^6 46.5, 2^17 37.5, 2^16 39.2,
            # 2^15 41.3. Mean and sd of f, as MonteCarlo reports.
            chunk = 1 << 17
            buf = np.empty(chunk)
            s = 0.0
            s2 = 0.0
            for start in range(0, samples, chunk):
                v = buf[:min(chunk, samples - start)]
                gen.random(out=v)
                v *= 2.0
                v -= 1.0                      # uniform on [-1, 1)
                np.multiply(v, v, out=v)
                np.negative(v, out=v)
                np.exp(v, out=v)
                s += v.sum()
                s2 += np.dot(v, v)
            mean = s / samples
            return 2 * mean, 2 * np.sqrt((s2 / samples - mean * mean) / samples)

        timed("mc_integral_1e7", "numpy", samples, mc, r, w)

    if want("gamma_mle_1e6"):
        gx = rng.gamma(2.5, 1 / 1.5, n)
        timed("gamma_mle_1e6", "scipy_fit", n, lambda: scipy.stats.gamma.fit(gx, floc=0), r, w)

    if want("moments_1e7") or want("mean_var_1e7"):
        big = 3 - np.log(1 - rng.random(10_000_000))
        timed("mean_var_1e7", "numpy", len(big),
              lambda: (np.mean(big), np.var(big, ddof=1)), r, w)
        timed("moments_1e7", "scipy_skew_kurtosis", len(big),
              lambda: (scipy.stats.skew(big, bias=False), scipy.stats.kurtosis(big, bias=False)),
              r, w)
        timed("moments_1e7", "scipy_describe", len(big),
              lambda: scipy.stats.describe(big), r, w)
        timed("moments_1e7", "numpy_scipy_all4", len(big),
              lambda: (np.mean(big), np.var(big, ddof=1), scipy.stats.skew(big, bias=False),
                       scipy.stats.kurtosis(big, bias=False)), r, w)


if __name__ == "__main__":
    sys.exit(main())
