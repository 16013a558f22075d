#!/usr/bin/env sh
# Installs each Node test client folder's exact dependency tree from its package-lock.json
# (virtual-alexa, ssml-check-core, dynalite, apl-suggester). Run by `make node-deps` when npm
# exists; a folder whose installed tree already matches its lock file is skipped, so it is safe to run again.
set -eu
for folder in "$@"; do
    (
        cd "$folder"
        if [ -f node_modules/.package-lock.json ] && cmp -s package-lock.json node_modules/.legcramp-installed-lock; then
            exit 0
        fi
        npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
        cp package-lock.json node_modules/.legcramp-installed-lock
    )
done
