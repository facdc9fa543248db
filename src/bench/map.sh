#!/usr/bin/env bash
# Benchmark: the map page at country scale (10,000 generated communities, 5,000 generated projects, all
# prefectures with counts for two periods): server time to build the page and size of the layer data sent, for
# staff (whole country) and a local authority (one region); then load, zoom and memory in Chromium.
# Prints tables; docs/benchmarks.md keeps the figures.
# usage: src/bench/map.sh        (from anywhere; needs JAVA_HOME set to a JDK 21+ and Debian's chromium)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test -Dtest=MapBenchmark,MapBrowserBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspring.main.banner-mode=off 2>/dev/null | grep -E '^\||^map:' | awk '!seen[$0]++'
