#!/usr/bin/env bash
# Prints the class path of every statlearn module and its runtime dependencies, for a Jupyter
# Java kernel:  JJAVA_CLASSPATH="$(notebooks/classpath.sh)" jupyter lab notebooks/
# The jars are built by ./jshell.sh (any script, e.g. ./jshell.sh notebooks/01-probability.jsh).
set -euo pipefail
cd "$(dirname "$0")/.."
cp=""
for m in core stats nn eval plot testkit; do
  jar="$PWD/$m/target/statlearn-$m-0.1.0-SNAPSHOT.jar"
  if [ ! -f "$jar" ] || [ ! -f "$m/target/classpath.txt" ]; then
    echo "statlearn is not built yet: run ./jshell.sh notebooks/01-probability.jsh once" >&2
    exit 1
  fi
  cp="$cp:$jar"
  extra=$(cat "$m/target/classpath.txt")
  if [ -n "$extra" ]; then cp="$cp:$extra"; fi
done
echo "${cp#:}"
