#!/usr/bin/env bash
# Publishes the jobboard command for this machine into FOLDER, as fast to start as it can be built here:
#   scripts/publish-tool.sh FOLDER
# Native AOT first: no JIT and no runtime to load, so a small board builds several times faster (bench/README.md,
# start-up). Linking it needs a C toolchain (gcc or clang on the PATH; zlib comes with the SDK). A build image
# without one gets ReadyToRun instead, which needs none and is the next fastest to start.
set -euo pipefail
cd "$(dirname "$0")/.."
folder=$1

if ! dotnet publish src/JobBoard.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$folder" --nologo -v quiet; then
  echo "publish-tool: the native (AOT) publish failed; publishing ReadyToRun instead" >&2
  rm -rf "$folder"
  dotnet publish src/JobBoard.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$folder" --nologo -v quiet
fi
