#!/usr/bin/env bash
# Side by side: statlearn on JDK 17 (scalar kernels) and on Temurin 25 (Vector API kernels)
# against PyTorch (CPU, timed at 1 and 2 threads, the faster counts), NumPy / SciPy and
# scikit-learn, on the same workloads. The Python side runs with OPENBLAS_CORETYPE and
# OPENBLAS_L2_SIZE unset (this workplace sets them on some CPUs for old OpenBLAS builds; they slow
# a current NumPy), in that command only.
# Runners alternate within one run (order rotated each round); every number is the median over
# rounds of per-round medians of repeats. Prints a markdown report (machine, versions, times,
# ratios, goals) to stdout and to --out FILE if given.
#
#   benchmarks/peers/compare.sh            quick mode: 3 rounds x 5 repeats, 1 s warm-up (~5-8 min)
#   benchmarks/peers/compare.sh --full     5 rounds x 11 repeats, 3 s warm-up
#   options: --rounds N --repeats N --warmup S --only w1,w2 --out FILE --no-build
#   env: JAVA17 JAVA25 (java executables), PYTHON (default /usr/bin/python3),
#        PEER_CORETYPE (OpenBLAS core type for the Python side; default: the fastest of auto,
#        SkylakeX and Haswell on the product, chosen at the start of the run)
set -euo pipefail

ROUNDS=3
REPEATS=5
WARMUP=1
ONLY=""
OUT=""
BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) ROUNDS=3; REPEATS=5; WARMUP=1 ;;
    --full) ROUNDS=5; REPEATS=11; WARMUP=3 ;;
    --rounds) ROUNDS="$2"; shift ;;
    --repeats) REPEATS="$2"; shift ;;
    --warmup) WARMUP="$2"; shift ;;
    --only) ONLY="$2"; shift ;;
    --out) OUT="$2"; shift ;;
    --no-build) BUILD=0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PYTHON="${PYTHON:-/usr/bin/python3}"
JAVA17="${JAVA17:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}"
JAVA25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
JAR="$ROOT/benchmarks/target/benchmarks.jar"

# Python side: Debian's packages (not pip), installed when missing.
if ! "$PYTHON" -c 'import torch, numpy, scipy, sklearn' 2>/dev/null; then
  echo "installing python3-torch python3-scipy python3-sklearn python3-numpy" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq python3-torch python3-scipy python3-sklearn python3-numpy >&2
fi
[ -x "$JAVA17" ] || { echo "missing java: $JAVA17 (set JAVA17)" >&2; exit 1; }
ORDER=(py j17 j25)
if [ ! -x "$JAVA25" ]; then
  echo "no Temurin 25 at $JAVA25 (set JAVA25): skipping the Vector API column" >&2
  ORDER=(py j17)
fi
if [ "$BUILD" = 1 ] || [ ! -f "$JAR" ]; then
  echo "building $JAR" >&2
  (cd "$ROOT" && JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$JAVA17")")")" \
     ./mvnw -B -ntp -q -pl benchmarks -am package -DskipTests >&2)
fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
ONLY_ARGS=()
[ -n "$ONLY" ] && ONLY_ARGS=(--only "$ONLY")
JVM_OPTS=(-Xms1g -Xmx2g)

# The peers' best OpenBLAS kernel: with both variables unset, OpenBLAS 0.3.21 (Debian 12) does not
# know recent Xeons (CPU model 207) and falls back to its SSE3 "Prescott" kernels. Each candidate
# core type is timed on the 128x784x256 product (best of 30) and the fastest is used for the whole
# Python side; the choice and the kernel OpenBLAS reports are printed in the table.
CORETYPE=""
if [ -z "${PEER_CORETYPE+x}" ]; then
  best=0
  for ct in "" SkylakeX Haswell; do
    rate="$(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE ${ct:+OPENBLAS_CORETYPE=$ct} "$PYTHON" -c '
import time, numpy as np
a = np.random.rand(128, 784); b = np.random.rand(784, 256)
for _ in range(10): a @ b
t = []
for _ in range(30):
    t0 = time.perf_counter(); a @ b; t.append(time.perf_counter() - t0)
print(int(2 * 128 * 784 * 256 / min(t) / 1e6))' 2>/dev/null || echo 0)"
    echo "OpenBLAS core type '${ct:-auto}': $rate MFLOP/s" >&2
    if [ "$rate" -gt "$best" ]; then best="$rate"; CORETYPE="$ct"; fi
  done
else
  CORETYPE="$PEER_CORETYPE"
fi
run_py()  { env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE ${CORETYPE:+OPENBLAS_CORETYPE=$CORETYPE} "$PYTHON" "$HERE/workloads.py" --repeats "$REPEATS" --warmup "$WARMUP" "${ONLY_ARGS[@]}"; }
run_j17() { "$JAVA17" "${JVM_OPTS[@]}" -Dstatlearn.kernels=scalar -cp "$JAR" \
              dev.statlearn.benchmarks.peers.PeerWorkloads --repeats "$REPEATS" --warmup "$WARMUP" "${ONLY_ARGS[@]}"; }
run_j25() { "$JAVA25" "${JVM_OPTS[@]}" --add-modules jdk.incubator.vector -cp "$JAR" \
              dev.statlearn.benchmarks.peers.PeerWorkloads --repeats "$REPEATS" --warmup "$WARMUP" "${ONLY_ARGS[@]}" \
              2> >(grep -v 'incubator modules' >&2); }

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
START="$(date -u '+%Y-%m-%d %H:%M UTC')"
for ((r = 1; r <= ROUNDS; r++)); do
  for ((i = 0; i < ${#ORDER[@]}; i++)); do
    runner="${ORDER[$(( (i + r - 1) % ${#ORDER[@]} ))]}"
    echo "round $r/$ROUNDS: $runner" >&2
    "run_$runner" > "$TMP/$runner.$r"
  done
done
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

{
  echo "- Run: $START, $ROUNDS rounds x $REPEATS repeats, ${WARMUP} s warm-up per workload and runner"
  echo "- Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores," \
       "vector flags: $(grep -m1 '^flags' /proc/cpuinfo | grep -o -w -E 'sse4_2|avx|avx2|fma|avx512[a-z_0-9]*' | sort -u | tr '\n' ' ')," \
       "$(free -g | awk '/Mem:/{print $2}') GB RAM, $(uname -sr)"
  echo "- Load average (1, 5, 15 min) before: $LOAD_BEFORE; after: $LOAD_AFTER"
  echo "- Python side: OPENBLAS_CORETYPE=${CORETYPE:-unset (auto)}, OPENBLAS_L2_SIZE unset"
} > "$TMP/machine.txt"

if [ -n "$OUT" ]; then
  "$PYTHON" "$HERE/table.py" "$TMP" | tee "$OUT"
else
  "$PYTHON" "$HERE/table.py" "$TMP"
fi
