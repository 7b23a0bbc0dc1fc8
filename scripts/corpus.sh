#!/usr/bin/env bash
# The corpus measure: every labelled real posting in ../shared/corpus/ read as `inspect --format json`
# reads it and scored as ../shared/corpus/score.py scores it (tests/JobBoard.Tests/Corpus/).
#   scripts/corpus.sh
# Prints the per-field table, then every miss as `id field: expected → got`; exits 1 when the score
# falls below the ratchet written in CorpusTests.cs.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f ../shared/corpus/labels.json ]; then
    echo "../shared/corpus/labels.json not found: nothing to measure" >&2
    exit 2
fi

dotnet build -v q tests/JobBoard.Tests >/dev/null
status=0
dotnet test --no-build tests/JobBoard.Tests --logger "console;verbosity=detailed" \
    --filter "FullyQualifiedName=JobBoard.Tests.Corpus.CorpusTests.Corpus_scores_at_least_the_ratchet" >"${TMPDIR:-/tmp}/corpus-test.$$" 2>&1 || status=$?
# The test's output is the block after "Standard Output Messages:", each line indented by one space.
awk '/Standard Output Messages:/ { on = 1; next } on && /^ / { print substr($0, 2); next } on { exit }' "${TMPDIR:-/tmp}/corpus-test.$$"
grep -E "^\s+(Failed|Passed|Skipped) |below the ratchet" "${TMPDIR:-/tmp}/corpus-test.$$" | head -3 || true
rm -f "${TMPDIR:-/tmp}/corpus-test.$$"
exit "$status"
