#!/usr/bin/env bash
# Sets up the build side of Nix on a machine where nobody did, as root, idempotently.
#
# Debian's nix-bin installed without recommends brings no build users and no
# /etc/nix/nix.conf, while Nix running as root defaults to `build-users-group = nixbld`:
# every build then fails with "the group 'nixbld' specified in 'build-users-group' does not
# exist". This script gives the machine what the official multi-user installer gives it:
#   - a `nixbld` group with build users nixbld1..nixbld8 (no home, no login shell);
#   - /etc/nix/nix.conf naming that group, with the sandbox on when this kernel allows it
#     (a sandboxed build of a store-only builder is tried; Debian's Nix has no sandbox shell,
#     so builders must come from the store, as they do in nixpkgs and in test/pkgs).
# An existing nix.conf is left alone except for the settings this script owns, which are
# added when missing.
set -euo pipefail

if [[ $(id -u) -ne 0 ]]; then
  echo "setup-nix.sh must run as root (it creates the nixbld group and /etc/nix/nix.conf)" >&2
  exit 1
fi
command -v nix-build >/dev/null || { echo "nix-build not found: apt-get install -y nix-bin" >&2; exit 1; }

build_users=8
getent group nixbld >/dev/null || groupadd --system nixbld
for i in $(seq 1 "$build_users"); do
  id -u "nixbld$i" >/dev/null 2>&1 && continue
  useradd --system --no-create-home --home-dir /var/empty --shell /usr/sbin/nologin \
    --gid nixbld --groups nixbld --comment "Nix build user $i" "nixbld$i"
done

conf=/etc/nix/nix.conf
mkdir -p /etc/nix
touch "$conf"
has() { grep -qE "^[[:space:]]*$1[[:space:]]*=" "$conf"; }
has build-users-group || echo "build-users-group = nixbld" >>"$conf"

if ! has sandbox; then
  # Try a sandboxed build whose builder is a static busybox brought into the store.
  probe=$(mktemp -d)
  trap 'rm -rf "$probe"' EXIT
  busybox=$(command -v busybox || true)
  sandbox=false
  if [[ -n "$busybox" ]]; then
    # Busybox picks its applet from argv[0], so the file must be named busybox.
    mkdir -p "$probe/bb/bin"
    cp "$busybox" "$probe/bb/bin/busybox"
    cat >"$probe/probe.nix" <<NIX
let bb = builtins.path { path = $probe/bb; name = "busybox-probe"; };
in derivation { name = "sandbox-probe-$$-$(date +%s)"; system = builtins.currentSystem;
  builder = "\${bb}/bin/busybox"; args = [ "sh" "-c" "echo ok > \$out" ]; }
NIX
    if NIX_CONFIG=$'sandbox = true\nsubstituters =' nix-build --no-out-link "$probe/probe.nix" >/dev/null 2>&1; then
      sandbox=true
    fi
  fi
  echo "sandbox = $sandbox" >>"$conf"
fi
echo "Nix: build users nixbld1..nixbld$build_users, $(grep -E '^[[:space:]]*sandbox[[:space:]]*=' "$conf" | tail -1 | tr -s ' ') in $conf"
