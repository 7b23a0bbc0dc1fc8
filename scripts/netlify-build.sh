#!/usr/bin/env bash
# Netlify build: install the .NET 10 SDK when the build image lacks it, then build the site.
# Production uses site.yml's baseUrl; deploy previews and branch deploys use their own URL
# (DEPLOY_PRIME_URL), so every absolute link of a preview stays on the preview.
# Every build, preview or not, is built for the day it runs (UTC, --now): postings past their
# validThrough close, and the daily rebuild (.github/workflows/daily.yml) takes them off the lists
# without a commit. The day is still an input: the same day and files give the same site.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
  curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$HOME/.dotnet"
  export DOTNET_ROOT="$HOME/.dotnet"
  export PATH="$HOME/.dotnet:$PATH"
fi

base_url=""
if [ "${CONTEXT:-production}" != "production" ] && [ -n "${DEPLOY_PRIME_URL:-}" ]; then
  base_url="${DEPLOY_PRIME_URL%/}/"
fi

# ReadyToRun, not the native tool of scripts/publish-tool.sh: every deploy publishes the tool again, and the
# native publish took 3.6-4.5 min of CPU here against about 20 s, far more than it saves on a board's build.
dotnet publish src/JobBoard.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o .jobboard-bin --nologo -v quiet
./.jobboard-bin/jobboard build --now "$(date -u +%Y-%m-%d)" ${base_url:+--base-url "$base_url"}
