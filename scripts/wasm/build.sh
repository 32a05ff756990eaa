#!/usr/bin/env bash
# Builds the pinned compression engines in src/image/wasm/ from Debian's source packages
# with Debian's clang, lld and wasi-libc, byte for byte the same on every run: the source
# version and the sha256 of every source file are pinned below, the compiler is the one
# Debian ships, and no path, time or host name reaches the output.
#
#   scripts/wasm/build.sh ENGINE           rebuild src/image/wasm/ENGINE.wasm and its licence
#   scripts/wasm/build.sh ENGINE --check   rebuild in a scratch folder; fail unless the bytes
#                                          equal the committed file's
#
# ENGINE is libdeflate (the gzip engine) or zstd. Needs (scripts/install-deps.sh): clang lld
# wasi-libc libclang-rt-14-dev-wasm32 dpkg-dev patch. The source comes through `apt-get
# source` with a private apt configuration (its own sources list with a deb-src line and its
# own lists folder), so the machine's apt sources are left as they are.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out_dir="$repo/src/image/wasm"

engine=${1:-}
check=0
[[ ${2:-} == --check ]] && check=1

declare -A SHA256
case "$engine" in
  libdeflate)
    PACKAGE=libdeflate VERSION=1.14-1 LICENCE=COPYING
    SHA256=(
      [libdeflate_1.14-1.dsc]=1f82791c5ac5623ed110e09cc991471deebfe4c419414392d1242e122c6f4c19
      [libdeflate_1.14.orig.tar.gz]=89e7df898c37c3427b0f39aadcf733731321a278771d20fc553f92da8d4808ac
      [libdeflate_1.14-1.debian.tar.xz]=4794c379cc4e77eaeb283620bd80a7ce57b858af508f80ba6d5efbc4bcb10434
    )
    # Only the compressor: the decompressor, checksums and zlib/gzip wrappers stay out.
    SOURCES=(lib/deflate_compress.c lib/utils.c)
    EXPORTS=(libdeflate_alloc_compressor libdeflate_free_compressor
      libdeflate_deflate_compress_bound libdeflate_deflate_compress_chunk malloc free)
    DEFINES=()
    # Adds libdeflate_deflate_compress_chunk (see src/image/libdeflate.ts).
    PATCHES=("$here/libdeflate-chunk.patch")
    ;;
  zstd)
    PACKAGE=libzstd VERSION=1.5.4+dfsg2-5 LICENCE=LICENSE
    SHA256=(
      [libzstd_1.5.4+dfsg2-5.dsc]=8f602f92b575aa8b5e979196fb6ee82d78f233521dc9636526d3ecba1f63c1b1
      [libzstd_1.5.4+dfsg2.orig.tar.xz]=8cf4bbb65e77ec348d052c8d6230eba66d435bddf64c8b5be2fcb16880c19953
      [libzstd_1.5.4+dfsg2-5.debian.tar.xz]=82ce911445772861d0838bd4545f93bc50658bc7f3cefdb17a307dfb8ffca5d8
    )
    # Single-threaded compression only (no ZSTD_MULTITHREAD: its output differs).
    SOURCES=(lib/common/entropy_common.c lib/common/error_private.c lib/common/xxhash.c
      lib/common/zstd_common.c lib/common/debug.c lib/common/fse_decompress.c
      lib/compress/fse_compress.c lib/compress/hist.c lib/compress/huf_compress.c
      lib/compress/zstd_compress.c lib/compress/zstd_compress_literals.c
      lib/compress/zstd_compress_sequences.c lib/compress/zstd_compress_superblock.c
      lib/compress/zstd_double_fast.c lib/compress/zstd_fast.c lib/compress/zstd_lazy.c
      lib/compress/zstd_ldm.c lib/compress/zstd_opt.c)
    EXPORTS=(ZSTD_createCCtx ZSTD_freeCCtx ZSTD_compressCCtx ZSTD_compressBound ZSTD_isError
      malloc free)
    DEFINES=(-DZSTD_DISABLE_ASM -DZSTD_TRACE=0)
    PATCHES=()
    ;;
  *)
    echo "usage: $0 libdeflate|zstd [--check]" >&2
    exit 2
    ;;
esac

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
(cd "$work/dl" && apt-get "${apt_opts[@]}" source --download-only "$PACKAGE=$VERSION" >>"$work/apt.log" 2>&1) ||
  { cat "$work/apt.log" >&2; exit 1; }
for f in "${!SHA256[@]}"; do
  echo "${SHA256[$f]}  $work/dl/$f" | sha256sum --check --quiet - ||
    { echo "sha256 of $f differs from the pinned one" >&2; exit 1; }
done
dpkg-source --no-check -x "$work/dl/${PACKAGE}_$VERSION.dsc" "$work/src" >/dev/null
for p in "${PATCHES[@]}"; do patch -s -d "$work/src" -p1 <"$p"; done

# The folder name must not reach the output: every path is relative and the prefix mapped.
cd "$work/src"
flags=(--target=wasm32-wasi -isystem /usr/include/wasm32-wasi -L/usr/lib/wasm32-wasi
  -I. -O3 -msimd128 -DNDEBUG "${DEFINES[@]}" -ffile-prefix-map="$work/src"=. -nostartfiles
  -Wl,--no-entry -Wl,--strip-all)
for e in "${EXPORTS[@]}"; do flags+=("-Wl,--export=$e"); done
clang "${flags[@]}" -o "$work/$engine.wasm" "${SOURCES[@]}"

if ((check)); then
  if cmp -s "$work/$engine.wasm" "$out_dir/$engine.wasm"; then
    echo "same bytes: $(sha256sum "$out_dir/$engine.wasm" | cut -d' ' -f1)"
  else
    echo "rebuilt $engine.wasm differs from $out_dir/$engine.wasm" >&2
    exit 1
  fi
else
  mkdir -p "$out_dir"
  install -m 644 "$work/$engine.wasm" "$out_dir/$engine.wasm"
  install -m 644 "$work/src/$LICENCE" "$out_dir/$engine.COPYING"
  sha256sum "$out_dir/$engine.wasm"
fi
