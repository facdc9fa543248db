#!/usr/bin/env bash
# Benchmark: the community list (count + one page) with 10,000 generated communities on the embedded
# MariaDB, for the filters and orders staff use. Prints a table; docs/benchmarks.md keeps the figures.
# usage: src/bench/community-list.sh        (from anywhere; needs JAVA_HOME set to a JDK 21+)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test -Dvaadin.skip -Dtest=CommunityListBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspring.main.banner-mode=off 2>/dev/null | grep -E '^\||^communities' | awk '!seen[$0]++'
