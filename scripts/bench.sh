#!/usr/bin/env bash
# Side-by-side build benchmark against Hugo on the same synthetic corpus.
#   scripts/bench.sh [COUNT=10000] [RUNS=5]
# Generates COUNT postings with ../shared/bench/gen_corpus.py (our input mix) and the same
# corpus for Hugo (../shared/bench/hugo_build.sh), then alternates RUNS cold builds of each
# and prints median wall time, CPU time and peak memory, and the ratio ours / Hugo.
# Needs python3, Debian's hugo and GNU time (apt-get install -y hugo time).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000} runs=${2:-5}
shared=${SHARED_DIR:-../shared}/bench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

scripts/bench-corpus.sh "$count" "$work"
hugo_cmd=$(bash "$shared/hugo_build.sh" "$count" "$work" | tail -n 1)
bash scripts/publish-tool.sh "$work/bin" >/dev/null
# --now after the generator's latest datePosted (2026-12-28): a later one is a future date (JB0211) and left out.
ours="$work/bin/jobboard build --input $work/input --theme theme --output $work/out --keep-going --now 2026-12-31"

measure() { # label command... -> appends "label wall user sys maxrss_kb" to results
  local label=$1; shift
  # The other tool's files still being written back to disk would slow this run's own writes: flushed first, untimed.
  sync
  /usr/bin/time -f "$label %e %U %S %M" -a -o "$work/results" "$@" >/dev/null 2>"$work/last.err" || { cat "$work/last.err"; exit 1; }
}

for _ in $(seq "$runs"); do
  measure ours $ours
  measure hugo $hugo_cmd
done

echo "one more build of ours with --stats (time and peak memory per stage, CPU, allocations, files, bytes):"
$ours --stats 2>/dev/null

python3 - "$work/results" "$count" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip() and not l.startswith("Command")]
def med(label, i): return statistics.median(float(r[i]) for r in rows if r[0] == label)
print(f"postings: {sys.argv[2]}, runs: {sum(1 for r in rows if r[0] == 'ours')} each, medians")
print(f"{'':6} {'wall s':>8} {'cpu s':>8} {'peak MB':>8}")
for label in ("ours", "hugo"):
    print(f"{label:6} {med(label,1):8.2f} {med(label,2)+med(label,3):8.2f} {med(label,4)/1024:8.0f}")
print(f"ratio ours/hugo: wall {med('ours',1)/med('hugo',1):.2f}, peak memory {med('ours',4)/med('hugo',4):.2f}")
PY
