#!/usr/bin/env bash
# Proves that a project built from the installed jars alone runs: installs statlearn into the local
# repository (./mvnw install, tests skipped), builds examples/consumer OFFLINE against it (so only
# what install put there and Maven Central's already-cached plugins are used), then runs the program
# on the class path and on the module path. Exits non-zero if either run fails.
#   examples/consumer/run.sh            install, build, run
#   examples/consumer/run.sh --no-install
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
if [ "${1:-}" != "--no-install" ]; then
  (cd "$ROOT" && ./mvnw -B -ntp -q install -DskipTests)
fi
MVN="$ROOT/mvnw"
# resolve the consumer's plugins once online (they are not statlearn's), then build it offline
"$MVN" -B -ntp -q -f "$HERE/pom.xml" dependency:resolve-plugins >/dev/null 2>&1 || true
"$MVN" -B -ntp -q -o -f "$HERE/pom.xml" clean package
JAR="$HERE/target/statlearn-consumer-1.jar"
LIB="$HERE/target/lib"
echo "== class path"
java -cp "$JAR:$LIB/*" example.consumer.Main | tee "$HERE/target/classpath.txt"
echo "== module path"
java -p "$JAR:$LIB" -m example.consumer/example.consumer.Main | tee "$HERE/target/modulepath.txt"
grep -q "consumer ok" "$HERE/target/classpath.txt"
grep -q "the unnamed module" "$HERE/target/classpath.txt"
grep -q "consumer ok" "$HERE/target/modulepath.txt"
grep -q "module dev.statlearn.core" "$HERE/target/modulepath.txt"
echo "consumer: class path and module path OK"
