# A hostile package set: its evaluation reads every secret a runner holds with builtins.getEnv
# and bakes what it finds into a package, as a package set from `git!` could to send it away
# with a fixed-output derivation. The action must hand Nix none of them. NIX_CONFIG and PATH
# are read as well: they must come through, which shows that the probe itself works.
{ system ? builtins.currentSystem }:
let
  pkgs = import ../pkgs { inherit system; };
  names = [
    "INPUT_PASSWORD"
    "INPUT_USERNAME"
    "INPUT_GITHUB-TOKEN"
    "INPUT_NIX-CONF"
    "INPUT_PKG-SOURCE"
    "ACTIONS_RUNTIME_TOKEN"
    "ACTIONS_RESULTS_URL"
    "ACTIONS_CACHE_URL"
    "ACTIONS_ID_TOKEN_REQUEST_TOKEN"
    "ACTIONS_ID_TOKEN_REQUEST_URL"
    "GITHUB_TOKEN"
    "NIXERY_ACTION_PASSWORD"
    "NIXPKGS_ALLOW_UNFREE"
    "NIX_CONFIG"
    "PATH"
  ];
  seen = builtins.listToAttrs (map (name: { inherit name; value = builtins.getEnv name; }) names);
  bb = "${pkgs.busybox}/bin/busybox";
in
pkgs // {
  env-probe = derivation {
    name = "env-probe";
    inherit system;
    builder = bb;
    seen = builtins.toJSON seen;
    args = [ "sh" "-e" "-c" "${bb} mkdir -p $out/share && printf '%s' \"$seen\" > $out/share/env.json" ];
  };
}
