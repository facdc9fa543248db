#!/usr/bin/env bash
# Benchmark: time from starting the portal on an existing data folder to its first page, and the resident
# memory of the portal's JVM and its embedded MariaDB together: without help, with the JVM's AOT cache
# (JEP 483/514/515, Java 25), and with that cache and Spring's ahead-of-time processed beans (the build's
# process-aot, -Dspring.aot.enabled=true). Prints the figures; docs/benchmarks.md keeps them.
# usage: src/bench/startup.sh        (from anywhere; needs JAVA_HOME set to a JDK 25; uses port 18080 and a
#                                     temporary data folder)
set -euo pipefail
cd "$(dirname "$0")/../.."
# the JDK the build uses, not whatever `java` is first on the path (the AOT cache needs Java 25)
java="${JAVA_HOME:?set JAVA_HOME to a JDK 25}/bin/java"
port=18080
data="$(mktemp -d)"
work=target/startup
stop() { # the whole process group: the portal's JVM forks MariaDB, which must be gone before the next start
  if [ -n "$pid" ]; then
    kill -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    for _ in $(seq 1 600); do
      pgrep -g "$pid" >/dev/null || break
      sleep 0.1
    done
  fi
  pid=""
}
trap 'stop; rm -rf "$data"' EXIT
pid=""

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

wait_for_page() {
  for _ in $(seq 1 3000); do
    if curl -fs -o /dev/null "http://localhost:$port/"; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the portal stopped before its first page: see $work/portal.log" >&2
      return 1
    fi
    sleep 0.1
  done
  echo "the portal did not answer" >&2
  return 1
}

descendants() {
  echo "$1"
  local child
  for child in $(ps -o pid= --ppid "$1"); do descendants "$child"; done
}

rss_mb() { # resident memory of a process and all its descendants (the JVM and mariadbd), in MB
  local total=0 p
  for p in $(descendants "$1"); do
    total=$((total + $(awk '/VmRSS/ { print $2 }' "/proc/$p/status" 2>/dev/null || echo 0)))
  done
  echo $((total / 1024))
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB, $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $("$java" -version 2>&1 | head -n 1)"

./mvnw -q -B -DskipTests package >/dev/null
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/run-classpath.txt >/dev/null
# The JVM's AOT cache only takes classes from jar files: the packaged portal's classes (with the production
# frontend bundle and its production-mode flag) go into one, beside the runtime dependencies (the production
# jar leaves the embedded database out, so the jar itself is not used here).
rm -rf "$work" && mkdir -p "$work/unpacked"
packaged="$PWD/$(ls target/reintegration-portal-*.jar | head -n 1)"
(cd "$work/unpacked" && "${JAVA_HOME}/bin/jar" --extract --file "$packaged")
# (Vaadin's frontend bundle and its production flag sit at the packaged jar's root, beside the classes)
mkdir -p "$work/unpacked/BOOT-INF/classes/META-INF"
cp -r "$work/unpacked/META-INF/VAADIN" "$work/unpacked/BOOT-INF/classes/META-INF/"
"${JAVA_HOME}/bin/jar" --create --file "$work/portal-classes.jar" -C "$work/unpacked/BOOT-INF/classes" .
rm -rf "$work/unpacked"
classpath="$work/portal-classes.jar:$(cat target/run-classpath.txt)"
# The JVM settings the run command uses (pom.xml, spring-boot-maven-plugin)
jvm=(-Xmx1g -XX:+UseSerialGC)

portal() { # starts the portal in its own process group; its pid in $pid
  PORTAL_DATA_DIR="$data" setsid "$java" "${jvm[@]}" "$@" -cp "$classpath" org.reintegration.portal.Application \
    --server.port=$port >>"$work/portal.log" 2>&1 &
  pid=$!
}

start=$(now)
portal
wait_for_page
echo "first start, empty data folder (database created and migrated, demo data loading): $(seconds "$start" "$(now)") s to the first page"
# the demo data loads after the first page, in one transaction: a restart before it is done would load it again
for _ in $(seq 1 3000); do
  grep -q "Demo data loaded" "$work/portal.log" && break
  sleep 0.1
done
stop

# A training run starts the portal as a restart does, opens the public pages a first visitor opens, and stops:
# the cache is written when the JVM exits, with what the start and those first pages loaded and linked. One
# cache for each way of starting: Spring's ahead-of-time processed start loads other classes.
train() { # cache file, then the start's other JVM options
  local cache="$1"
  shift
  start=$(now)
  portal "$@" -XX:AOTCacheOutput="$cache"
  wait_for_page
  for page in / /vote /public/rounds /login; do curl -fs -o /dev/null "http://localhost:$port$page"; done
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
  stop # the training run's MariaDB
  echo "AOT cache training run and cache creation ($(basename "$cache")): $(seconds "$start" "$(now)") s, $(du -m "$cache" | cut -f1) MB"
}
train "$work/portal.aot"
train "$work/portal-spring-aot.aot" -Dspring.aot.enabled=true

restart() { # what the start is called, then its JVM options
  local name="$1"
  shift
  start=$(now)
  portal "$@"
  wait_for_page
  echo "restart on existing data, $name (run $round): $(seconds "$start" "$(now)") s to the first page"
  sleep 10
  echo "  resident memory 10 s after the first page (JVM + MariaDB): $(rss_mb "$pid") MB"
  stop
}
for round in 1 2; do
  restart "no AOT cache"
  restart "with the AOT cache" -XX:AOTCache="$work/portal.aot"
  restart "with the AOT cache and Spring's AOT start" -Dspring.aot.enabled=true -XX:AOTCache="$work/portal-spring-aot.aot"
done
