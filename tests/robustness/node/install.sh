#!/usr/bin/env sh
# Installs ssml-check-core at the versions pinned in package-lock.json, for
# tests/robustness/test_ssml_check_core.py. Called by `make test` when npm exists; quick to re-run.
set -eu
here=$(dirname "$0")
cd "$here"
stamp=node_modules/.installed-from-lock
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
    exit 0
fi
npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
cp package-lock.json "$stamp"
