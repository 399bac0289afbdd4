#!/bin/sh
# npm run setup:bench — installs what the benchmarks' peers need and npm does not provide:
# Debian's python3-sklearn (scikit-learn with numpy and scipy) for the story-clustering peer of
# `npm run bench:ingest` (bench/peer-sklearn-cluster.py). Debian's package goes into the system
# interpreter, so the check uses /usr/bin/python3, not whatever python3 comes first on PATH.
set -eu

if /usr/bin/python3 -c 'import sklearn' 2>/dev/null; then
  echo "python3-sklearn: already installed ($(/usr/bin/python3 -c 'import sklearn; print(sklearn.__version__)'))"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "python3-sklearn: apt-get not found; install scikit-learn for /usr/bin/python3 another way (the peer is skipped until then)" >&2
  exit 1
fi

# Root runs apt-get directly (containers, CI); anyone else goes through sudo.
if [ "$(id -u)" -eq 0 ]; then as_root=""; else as_root="sudo"; fi
echo "python3-sklearn: installing Debian's package…"
$as_root apt-get update -qq
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-sklearn
/usr/bin/python3 -c 'import sklearn; print("python3-sklearn: installed", sklearn.__version__)'
