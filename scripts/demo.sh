#!/usr/bin/env bash
# The main job end to end: builds the example image (hello from the test package set) with the
# bundled action, pushes it to a throwaway local registry, pulls it back with skopeo (which
# checks every digest), unpacks it with umoci and runs /bin/hello in it with chroot.
set -euo pipefail
cd "$(dirname "$0")/.."
export NIX_CONFIG="${NIX_CONFIG:-substituters =}"

work=$(mktemp -d /tmp/nixery-action-demo.XXXXXX)
registry_pid=
cleanup() {
  [[ -n "$registry_pid" ]] && kill "$registry_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
cat >"$work/registry.yml" <<YML
version: 0.1
log: { level: error }
storage: { filesystem: { rootdirectory: $work/storage } }
http: { addr: 127.0.0.1:$port }
YML
docker-registry serve "$work/registry.yml" >"$work/registry.log" 2>&1 &
registry_pid=$!
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/v2/" >/dev/null 2>&1 && break; sleep 0.1; done

image="127.0.0.1:$port/demo/hello"
echo "== running the bundled action (dist/index.js) as a runner would"
: >"$work/outputs"
env INPUT_PACKAGES=hello \
  "INPUT_PKG-SOURCE=path!$PWD/test/pkgs" \
  INPUT_IMAGE="$image" \
  INPUT_TAGS="latest" \
  INPUT_PUSH=true \
  "INPUT_MAX-LAYERS=96" \
  GITHUB_OUTPUT="$work/outputs" \
  node dist/index.js
echo "== outputs"
sed -e "/^ghadelimiter_/d" -e "s/<<ghadelimiter_.*/:/" "$work/outputs"

echo "== pulling it back and running /bin/hello"
skopeo copy --quiet --src-tls-verify=false "docker://$image:latest" "oci:$work/layout:latest"
umoci unpack --image "$work/layout:latest" "$work/bundle" >/dev/null
chroot "$work/bundle/rootfs" /bin/hello
