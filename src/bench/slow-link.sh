#!/usr/bin/env bash
# Benchmark: the public pages on a phone over a slow mobile link (400 kbit/s each way, 400 ms latency,
# emulated in Debian's Chromium through DevTools), first visit with an empty cache: time to the main
# content (largest contentful paint), first paint, load and bytes per page, with two Vaadin pages for
# comparison. Prints a table; docs/benchmarks.md keeps the figures.
# usage: src/bench/slow-link.sh               starts the portal in a test (JAVA_HOME: JDK 21+; chromium, chromium-driver)
#        src/bench/slow-link.sh URL PATH...   measures a running portal instead (node 22+), e.g.
#        src/bench/slow-link.sh http://localhost:8080 / /vote/1 /public/rounds/1 /public/rounds/2/results /login
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ $# -gt 0 ]; then
  exec node src/bench/slow-link.mjs "$@"
fi
./mvnw -B -q test -Dtest=SlowLinkBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspring.main.banner-mode=off 2>/dev/null | grep -E '^\|' | awk '!seen[$0]++'
