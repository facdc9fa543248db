#!/usr/bin/env bash
# Benchmark: the outcome pages (programme view, map layer, community page, export) reading their kept figures
# with 10,000 generated surveyed communities on the embedded MariaDB, and the time to apply a scheme (which computes
# every figure). Fewer communities: OUTCOME_COMMUNITIES=2000 src/bench/outcome-figures.sh
# usage: src/bench/outcome-figures.sh        (from anywhere; needs JAVA_HOME set to a JDK 21+)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test -Dvaadin.skip -Dtest=OutcomeFiguresBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Doutcome.communities="${OUTCOME_COMMUNITIES:-10000}" \
  -Dspring.main.banner-mode=off 2>/dev/null | grep -E '^page |^outcomes:' | awk '!seen[$0]++'
