#!/usr/bin/env bash
# Installs what building this board needs into the board's folder: the .NET 10 SDK when the machine
# has none, then the jobboard tool into .jobboard-tool/. Used by the Netlify build and the CI workflow.
#   JOBBOARD_VERSION  the tool version to install (default: the newest)
#   JOBBOARD_SOURCE   a NuGet feed or folder holding the JobBoard.Cli package, besides the usual ones
set -euo pipefail
cd "$(dirname "$0")/.."

if ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
  curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$HOME/.dotnet"
  export DOTNET_ROOT="$HOME/.dotnet"
  export PATH="$HOME/.dotnet:$PATH"
fi

if [ ! -x .jobboard-tool/jobboard ]; then
  dotnet tool install JobBoard.Cli --tool-path .jobboard-tool \
    ${JOBBOARD_VERSION:+--version "$JOBBOARD_VERSION"} ${JOBBOARD_SOURCE:+--add-source "$JOBBOARD_SOURCE"}
fi
