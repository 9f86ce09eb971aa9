#!/usr/bin/env bash
# Allocation rules benchmark: each rule on Warszawa 2026 (61,668 ballots, 83 projects) after warm-up.
# Usage: bash bench/allocation.sh [FILE.pb]   (run from anywhere; prints median times per rule)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl domain test-compile
exec java -Xmx2g -Dbasedir="$PWD/domain" -cp domain/target/classes:domain/target/test-classes \
    fr.budgetcitoyen.allocation.bench.AllocationBenchmark "$@"
