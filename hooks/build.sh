#!/usr/bin/env bash
# ASK CLI v2 custom build hook (it takes precedence over the python-pip flow, which would zip
# lambda/ without the skill package). The CLI calls: hooks/build.sh <zip to write> <debug flag>.
set -euo pipefail
out="$1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
legcramp="$root/.venv/bin/legcramp"
if [[ ! -x "$legcramp" ]]; then
    legcramp="legcramp"
fi
cd "$root"
"$legcramp" package --out "$out" --check
