#!/usr/bin/env bash
# Benchmark: the public pages on a phone over a slow mobile link (400 kbit/s each way, 400 ms latency,
# emulated in Debian's Chromium through DevTools), first visit with an empty cache: time to the main
# content, first paint, load and bytes per page, with two Vaadin pages for comparison.
# Prints a table; docs/benchmarks.md keeps the figures.
# usage: src/bench/slow-link.sh   (from anywhere; needs JAVA_HOME set to a JDK 21+, Debian's chromium and chromium-driver)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test -Dtest=SlowLinkBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspring.main.banner-mode=off 2>/dev/null | grep -E '^\|' | awk '!seen[$0]++'
