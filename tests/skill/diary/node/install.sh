#!/usr/bin/env sh
# Installs dynalite's exact dependency tree (package-lock.json) for the DynamoDB half of
# tests/skill/diary. Run by `make test` when npm exists; safe to run again.
set -eu
cd "$(dirname "$0")"
if [ -f node_modules/.package-lock.json ] && cmp -s package-lock.json node_modules/.legcramp-installed-lock; then
    exit 0
fi
npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
cp package-lock.json node_modules/.legcramp-installed-lock
