#!/usr/bin/env bash
# Builds the gzip engine, src/image/wasm/libdeflate.wasm, from Debian's libdeflate source
# package with Debian's clang, lld and wasi-libc, byte for byte the same on every run:
# the source version and the sha256 of every source file are pinned below, the compiler
# is the one Debian ships, and no path, time or host name reaches the output.
#
#   scripts/libdeflate/build.sh           rebuild the committed .wasm and its licence
#   scripts/libdeflate/build.sh --check   rebuild in a scratch folder; fail unless the
#                                         bytes equal the committed file's
#
# Needs (scripts/install-deps.sh): clang lld wasi-libc libclang-rt-14-dev-wasm32 dpkg-dev
# patch. The source comes through apt-get source with a private apt configuration (its own
# sources list with a deb-src line and its own lists folder), so the machine's apt sources
# are left as they are.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out_dir="$repo/src/image/wasm"

VERSION=1.14-1
declare -A SHA256=(
  [libdeflate_1.14-1.dsc]=1f82791c5ac5623ed110e09cc991471deebfe4c419414392d1242e122c6f4c19
  [libdeflate_1.14.orig.tar.gz]=89e7df898c37c3427b0f39aadcf733731321a278771d20fc553f92da8d4808ac
  [libdeflate_1.14-1.debian.tar.xz]=4794c379cc4e77eaeb283620bd80a7ce57b858af508f80ba6d5efbc4bcb10434
)
# Only the compressor: the decompressor, checksums and the zlib/gzip wrappers stay out.
SOURCES=(lib/deflate_compress.c lib/utils.c)
EXPORTS=(libdeflate_alloc_compressor libdeflate_free_compressor libdeflate_deflate_compress_bound
  libdeflate_deflate_compress_chunk malloc free)

check=0
[[ ${1:-} == --check ]] && check=1

for tool in clang wasm-ld dpkg-source patch sha256sum; do
  command -v "$tool" >/dev/null || {
    echo "missing $tool: run scripts/install-deps.sh (apt-get install --no-install-recommends clang lld wasi-libc libclang-rt-14-dev-wasm32 dpkg-dev patch)" >&2
    exit 1
  }
done
[[ -d /usr/include/wasm32-wasi ]] || {
  echo "missing wasi-libc: apt-get install --no-install-recommends wasi-libc libclang-rt-14-dev-wasm32" >&2
  exit 1
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/apt/lists/partial" "$work/apt/cache/archives/partial" "$work/dl"
echo 'deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main' \
  >"$work/apt/sources.list"
apt_opts=(-q -o "Dir::Etc::SourceList=$work/apt/sources.list" -o Dir::Etc::SourceParts=/nonexistent
  -o "Dir::State::Lists=$work/apt/lists" -o "Dir::Cache=$work/apt/cache"
  -o APT::Sandbox::User=root)
apt-get "${apt_opts[@]}" update >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; exit 1; }
(cd "$work/dl" && apt-get "${apt_opts[@]}" source --download-only "libdeflate=$VERSION" >>"$work/apt.log" 2>&1) ||
  { cat "$work/apt.log" >&2; exit 1; }
for f in "${!SHA256[@]}"; do
  echo "${SHA256[$f]}  $work/dl/$f" | sha256sum --check --quiet - ||
    { echo "sha256 of $f differs from the pinned one" >&2; exit 1; }
done
dpkg-source --no-check -x "$work/dl/libdeflate_$VERSION.dsc" "$work/src" >/dev/null
patch -s -d "$work/src" -p1 <"$here/chunk.patch"

# The folder name must not reach the output: every path is relative and the prefix mapped.
cd "$work/src"
flags=(--target=wasm32-wasi -isystem /usr/include/wasm32-wasi -L/usr/lib/wasm32-wasi
  -I. -O3 -msimd128 -DNDEBUG -ffile-prefix-map="$work/src"=. -nostartfiles
  -Wl,--no-entry -Wl,--strip-all)
for e in "${EXPORTS[@]}"; do flags+=("-Wl,--export=$e"); done
clang "${flags[@]}" -o "$work/libdeflate.wasm" "${SOURCES[@]}"

if ((check)); then
  if cmp -s "$work/libdeflate.wasm" "$out_dir/libdeflate.wasm"; then
    echo "same bytes: $(sha256sum "$out_dir/libdeflate.wasm" | cut -d' ' -f1)"
  else
    echo "rebuilt libdeflate.wasm differs from $out_dir/libdeflate.wasm" >&2
    exit 1
  fi
else
  mkdir -p "$out_dir"
  install -m 644 "$work/libdeflate.wasm" "$out_dir/libdeflate.wasm"
  install -m 644 "$work/src/COPYING" "$out_dir/libdeflate.COPYING"
  sha256sum "$out_dir/libdeflate.wasm"
fi
