#!/usr/bin/env bash
# Opens JShell with every statlearn module on the class path and the main packages imported.
#   ./jshell.sh                      interactive session
#   ./jshell.sh examples/tour.jsh    runs a script non-interactively; exits non-zero if a snippet fails
# Builds the modules first when a jar is missing or older than its sources.
# Set STATLEARN_VECTOR=1 to start the JVM with the incubating Vector API (JDK 17+).
set -euo pipefail
cd "$(dirname "$0")"

modules=(core stats nn eval plot testkit)
stale=0
for m in "${modules[@]}"; do
  jar="$m/target/statlearn-$m-0.1.0-SNAPSHOT.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$m/src/main" "$m/pom.xml" pom.xml -newer "$jar" -print -quit 2>/dev/null)" ]; then
    stale=1
  fi
  [ -f "$m/target/classpath.txt" ] || stale=1
done
if [ "$stale" = 1 ]; then
  echo "building statlearn (first run or sources changed)..." >&2
  ./mvnw -q -B -ntp -pl core,stats,nn,eval,plot,testkit -am -DskipTests -Dmaven.javadoc.skip=true package \
    dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >&2
fi

cp=""
for m in "${modules[@]}"; do
  cp="$cp:$PWD/$m/target/statlearn-$m-0.1.0-SNAPSHOT.jar"
  extra=$(cat "$m/target/classpath.txt")
  [ -n "$extra" ] && cp="$cp:$extra"
done
cp="${cp#:}"

# Startup: the default JShell imports plus every public statlearn package (not the internal ones).
startup=$(mktemp -t statlearn-startup.XXXXXX.jsh)
trap 'rm -f "$startup" "${log:-}"' EXIT
{
  for m in "${modules[@]}"; do
    # packages with at least one class besides package-info.java
    find "$m/src/main/java" -name '*.java' -not -name package-info.java -not -path '*/internal/*' \
      | sed -e "s#^$m/src/main/java/##" -e 's#/[^/]*\.java$##' -e 's#/#.#g'
  done | sort -u | while read -r p; do echo "import $p.*;"; done
  echo 'import java.util.*;'
  echo 'import java.util.random.*;'
} > "$startup"

# Speed (the tour: ~55 s -> ~12 s on 2 cores): scripts run with JShell's local execution engine, so the
# snippets execute in JShell's own JVM instead of a second JVM driven over JDI, and that JVM stops at the
# C1 JIT tier: javac compiles each snippet, and C1 gets its code fast where C2 would spend seconds of CPU
# warming it up. JDK 17's local engine does not load classes from --class-path, hence -J--class-path.
# The interactive session keeps the default (remote) engine, where Ctrl-C and System.exit are safe, and
# only JShell's compiler JVM uses C1; snippets run with the full JIT in the remote JVM.
# STATLEARN_VECTOR=1 keeps C2 (the Vector API is only fast when C2 compiles it).
compile_opts=(--class-path "$cp")
jvm_opts=()
remote_opts=()
if [ "${STATLEARN_VECTOR:-0}" = 1 ]; then
  compile_opts+=(--add-modules jdk.incubator.vector)
  jvm_opts+=(-J--add-modules -Jjdk.incubator.vector)
  remote_opts+=(-R--add-modules -Rjdk.incubator.vector)
else
  jvm_opts+=(-J-XX:TieredStopAtLevel=1)
fi

if [ $# -eq 0 ]; then
  exec jshell "${compile_opts[@]}" "${jvm_opts[@]}" "${remote_opts[@]}" --startup DEFAULT --startup "$startup"
fi

# Script mode: JShell reports a failing snippet but still exits 0, so watch its output.
log=$(mktemp -t statlearn-jshell.XXXXXX.log)
jshell -q --execution local "-J--class-path=$cp" "${compile_opts[@]}" "${jvm_opts[@]}" \
  --startup DEFAULT --startup "$startup" "$@" < /dev/null 2>&1 | tee "$log"
if grep -qE '^(\|  )?(Exception|Error)( |:)|^(\|  )?Caused by|^(\|  )?[a-zA-Z.]+Exception' "$log"; then
  echo "jshell.sh: a snippet failed (see above)" >&2
  exit 1
fi
