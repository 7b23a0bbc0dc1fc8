#!/usr/bin/env bash
# The synthetic benchmark board: scripts/bench-corpus.sh COUNT FOLDER writes FOLDER/input (jobs/, site.yml,
# taxonomy.yml) with COUNT postings from ../shared/bench/gen_corpus.py. Used by scripts/bench.sh and by the
# test that counts the pages of a 10,000-posting board (tests/JobBoard.Tests/Site/PairPageCountTests.cs).
set -euo pipefail
cd "$(dirname "$0")/.."
count=$1 work=$2
shared=${SHARED_DIR:-../shared}/bench

python3 "$shared/gen_corpus.py" --count "$count" --out "$work/input/jobs" >/dev/null
# The generator repeats company + title + location, which check rightly rejects as the same
# posting twice; number the titles so that we, like Hugo, publish every one of the COUNT pages.
python3 - "$work/input/jobs" <<'PY'
import os, re, sys
folder = sys.argv[1]
for name in os.listdir(folder):
    n, path = int(name[4:10]), os.path.join(folder, name)
    text = open(path, encoding="utf-8").read()
    if text.startswith("---"):
        text = re.sub(r'^title: "?(.*?)"?$', lambda m: f'title: "{m.group(1)} {n}"', text, count=1, flags=re.M)
    elif text.startswith("# "):
        text = re.sub(r"^# (.*)$", lambda m: f"# {m.group(1)} {n}", text, count=1, flags=re.M)
    else:
        first, rest = text.split("\n", 1)
        text = f"{first} {n}\n{rest}"
    open(path, "w", encoding="utf-8").write(text)
PY
cp bench/site.yml "$work/input/site.yml"
cp input/taxonomy.yml "$work/input/taxonomy.yml"
