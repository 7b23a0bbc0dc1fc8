#!/usr/bin/env bash
# Keeps one GitHub issue, labelled daily-report, in step with the board's daily report. Each step of
# .github/workflows/daily.yml writes its part as a Markdown file into REPORT_DIR (10-expiring.md: the
# postings that close soon; another check adds its own file, such as 20-links.md); the parts are joined
# in file-name order, and an empty file counts as nothing to report. With something to report, the open
# issue gets the new text, or one is opened; with nothing, the open issue is closed.
# Needs gh with GH_TOKEN (permission issues: write).
#   usage: scripts/daily-report.sh REPORT_DIR
set -euo pipefail
dir=${1:?usage: scripts/daily-report.sh REPORT_DIR}
label=daily-report
title="Daily board report"

body=$(mktemp)
trap 'rm -f "$body"' EXIT
for part in "$dir"/*.md; do
  if [ -s "$part" ]; then
    cat "$part" >> "$body"
    echo >> "$body"
  fi
done

open=$(gh issue list --state open --label "$label" --limit 1 --json number --jq '.[0].number // empty')
if [ ! -s "$body" ]; then
  if [ -n "$open" ]; then
    gh issue close "$open" --comment "Nothing to report today."
  fi
elif [ -n "$open" ]; then
  gh issue edit "$open" --body-file "$body"
else
  gh label create "$label" --force --color fbca04 --description "The board's daily report"
  gh issue create --title "$title" --label "$label" --body-file "$body"
fi
