#!/usr/bin/env bash
# Installs everything the tests, the demo and the benchmarks need on a fresh Debian/Ubuntu
# machine, as root, idempotently: Nix with its build users (scripts/setup-nix.sh), a real registry, image verifiers, a static busybox for the test
# package set, compressors to compare against, the tools the multi-user Nix tests use
# (util-linux: setpriv, unshare, mount; passwd: useradd), then the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(nix-bin docker-registry skopeo umoci busybox-static pigz zstd apache2-utils git openssl curl ca-certificates tar procps util-linux passwd)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
scripts/setup-nix.sh
npm ci --no-audit --no-fund
node scripts/prepare-test-pkgs.mjs
