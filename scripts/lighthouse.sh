#!/usr/bin/env bash
# Lighthouse's accessibility, best-practices and SEO scores for the sample board's home page, a job page
# and the search page, with Debian's chromium (never a downloaded browser). The board is built with its
# base URL on the local server, so canonical links point at the pages measured.
#   scripts/lighthouse.sh            prints one line per page and every audit that lost points
# Lighthouse 12.2.3 is the last release that runs on Node.js 20; it is installed once under .jobboard/.
set -euo pipefail
cd "$(dirname "$0")/.."

tools=.jobboard/lighthouse
if [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --silent -E lighthouse@12.2.3
fi

port=5099
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet run --project src/JobBoard.Cli -- build --output "$work/site" --base-url "http://127.0.0.1:$port/" >/dev/null
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/site" >/dev/null 2>&1 &
server=$!
sleep 1

# An open job: a closed one is noindex on purpose, which SEO counts against it.
job=$(grep -L 'name="robots"' "$work"/site/jobs/*/index.html | head -n 1)
job=${job#"$work/site/"}
for path in "" "${job%index.html}" "search/?q=engineer"; do
  CHROME_PATH=/usr/bin/chromium "$tools/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$path" --quiet \
    --only-categories=accessibility,best-practices,seo --chrome-flags="--headless --no-sandbox --disable-gpu" \
    --output=json --output-path="$work/report.json"
  python3 - "$work/report.json" "/$path" <<'EOF'
import json, sys
report = json.load(open(sys.argv[1]))
scores = report["categories"]
print(sys.argv[2], " ".join(f"{name}={round(c['score'] * 100)}" for name, c in scores.items()))
for name, category in scores.items():
    for ref in category["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if ref["weight"] > 0 and audit["score"] is not None and audit["score"] < 1:
            print(f"  {name}: {audit['id']}: {audit['title']}")
EOF
done
