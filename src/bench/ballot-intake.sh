#!/usr/bin/env bash
# Benchmark: ballots through the JSON endpoint with 200 concurrent clients on the embedded MariaDB with
# durable commits, and the same database's raw single-row insert-and-commit rate in the same run.
# Prints the figures and checks that no ballot was lost or counted twice; docs/benchmarks.md keeps them.
# usage: src/bench/ballot-intake.sh        (from the repository root; a throw-away database, any free port)
#        BENCH_JAVA_OPTS='-Dbench.ballots=5000 -Dbench.client=jdk' src/bench/ballot-intake.sh   (shorter run; the JDK's
#        HttpClient instead of plain keep-alive sockets; a JFR recording: -XX:StartFlightRecording=filename=x.jfr)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -Dvaadin.skip -DskipTests test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB, $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS holds several options
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.reintegration.portal.selection.voting.BallotIntakeBenchmark
