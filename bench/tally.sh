#!/usr/bin/env bash
# The count's heavy computations, in a plain JVM (no server, no database), with the urn module (issue 15):
#   1. the homomorphic tally of BALLOTS ballots of 20 answers from the packed bytes the server stores
#      (EncryptedTally.add, one partial tally per core, merged). The ballots are SYNTHETIC: 20 real
#      encryptions re-randomised into a pool of ciphertexts, each ballot drawing its 20 from the pool; the
#      decrypted sum must equal the choices drawn (tally_correct). Then the cost per point (decompression,
#      uncompressed decoding, addition) and the same sum from compressed points on COMPRESSED ballots.
#      Target: < 60 s for 1,000,000 ballots on 2 cores.
#   2. BoardVerifier (what `urn-tool verify` runs) on a synthetic public board of BOARD ballots of 20 answers:
#      a real key ceremony (3 holders, threshold 2) in process, BASES real encryptions each re-bound to
#      BOARD/BASES pseudonyms (same ciphertexts and commitments, challenges and real responses recomputed),
#      the tally, 2 partial decryptions and the result. Target: < 5 min for 100,000 ballots on 2 cores.
#   bash bench/tally.sh [BALLOTS=1000000] [BOARD=100000] [COMPRESSED=200000] [BASES=2000]
# Memory: the million packed ballots are held in memory (2.6 GB uncompressed), hence -Xmx6g; the board file
# (about 1.7 GB for 100,000 ballots) is written under a temporary directory, removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
BALLOTS=${1:-1000000}
BOARD=${2:-100000}
COMPRESSED=${3:-200000}
BASES=${4:-2000}
CORES=$(nproc)
BCPROV=${BCPROV:-$HOME/.m2/repository/org/bouncycastle/bcprov-jdk18on/1.87/bcprov-jdk18on-1.87.jar}
CP="urn/target/urn.jar:$BCPROV"
for f in urn/target/urn.jar "$BCPROV"; do
    [ -f "$f" ] || { echo "missing $f: build first (mvn -B -ntp -q -o install -DskipTests)"; exit 1; }
done
work=$(mktemp -d /tmp/budgetcitoyen-tally.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "== Machine: $(lscpu | sed -n 's/^Model name: *//p'), $CORES cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== Homomorphic tally: $BALLOTS synthetic ballots of 20 answers, $CORES threads (stopped after 30 min)"
timeout 3600 java -Xmx6g -cp "$CP" bench/urn/TallyBench.java tally "$BALLOTS" 20 "$CORES" 1800 "$COMPRESSED" \
    | tee "$work/tally.txt"

echo "== BoardVerifier on a synthetic board of $BOARD ballots of 20 answers ($BASES real encryptions re-bound)"
timeout 5400 java -Xmx3g -cp "$CP" bench/urn/TallyBench.java board "$BOARD" 20 "$BASES" "$work/board.json" \
    | tee "$work/board.txt"

echo "== Summary (targets: tally of 1,000,000 < 60 s, verifier of 100,000 < 300 s, on 2 cores)"
grep -E '^(tally_ballots|tally_correct|projected|per_point|compressed_comparison)' "$work/tally.txt"
grep -E '^verifier_ballots' "$work/board.txt"
