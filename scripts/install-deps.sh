#!/usr/bin/env bash
# Installs everything the tests, the demo and the benchmarks need on a fresh Debian/Ubuntu
# machine, as root, idempotently: Nix with its build users (scripts/setup-nix.sh), a real registry, image verifiers, a static busybox for the test
# package set, compressors to compare against, the gzip readers that must decode our layers
# (containerd with runc, GNU gzip, Python), the toolchain that rebuilds the compression
# engines (scripts/wasm/build.sh: clang, lld, wasi-libc, dpkg-dev, patch), the tools the
# multi-user Nix tests use (util-linux: setpriv, unshare, mount; passwd: useradd), an ssh server
# and client (the remote-builder test starts its own private sshd on 127.0.0.1), then the npm
# packages and Node 24 (scripts/install-node24.sh), which GitHub runs the action on.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(nix-bin docker-registry skopeo umoci busybox-static pigz zstd apache2-utils git openssl curl ca-certificates
  tar procps util-linux passwd openssh-server openssh-client
  containerd runc gzip python3 clang lld wasi-libc libclang-rt-14-dev-wasm32 dpkg-dev patch)
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
scripts/install-node24.sh
node scripts/prepare-test-pkgs.mjs
