#!/usr/bin/env bash
# Netlify build: install jobboard, then build the site into output/. Production keeps site.yml's
# baseUrl; a deploy preview or branch deploy is built for its own address (DEPLOY_PRIME_URL), so
# its links, feeds and sitemap stay on the preview. Every build is built for the day it runs (UTC,
# --now): postings past their validThrough close, and the daily rebuild (.github/workflows/daily.yml)
# takes them off the lists without a commit.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install-jobboard.sh

base_url=""
if [ "${CONTEXT:-production}" != "production" ] && [ -n "${DEPLOY_PRIME_URL:-}" ]; then
  base_url="${DEPLOY_PRIME_URL%/}/"
fi

.jobboard-tool/jobboard build --now "$(date -u +%Y-%m-%d)" ${base_url:+--base-url "$base_url"}
