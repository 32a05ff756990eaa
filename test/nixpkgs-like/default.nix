# A package set that behaves like nixpkgs where the action depends on it, without nixpkgs and
# without network: it takes `config`, and refuses packages the way nixpkgs' check-meta does
# (the derivation and its meta can be read, drvPath and outPath throw):
#   - an unfree license unless config.allowUnfree,
#   - meta.broken unless config.allowBroken,
#   - meta.platforms without this system unless config.allowUnsupportedSystem,
#   - meta.knownVulnerabilities unless the name is in config.permittedInsecurePackages,
# and, like nixpkgs' aliases, it holds names that throw when used (removed, renamed).
# Its busybox folder is copied beside it by the tests (test/helpers/pkgs.ts), so that the set
# is a self-contained tree: a flake (flake.nix here), a flake.lock input or a tarball.
{ system ? builtins.currentSystem, config ? { }, overlays ? [ ] }:
let
  busybox = builtins.path { path = ./busybox; name = "busybox"; };
  bb = "${busybox}/bin/busybox";
  allowed = key: (config.${key} or false) == true;

  # The first reason nixpkgs would give for refusing to evaluate, or null.
  refusal = name: meta:
    let
      licenses = if builtins.isList (meta.license or [ ]) then meta.license or [ ] else [ meta.license ];
      unfree = builtins.filter (l: (l.free or true) == false) licenses;
      platforms = meta.platforms or [ ];
      vulnerabilities = meta.knownVulnerabilities or [ ];
      where = "in /nixpkgs-like/default.nix";
    in
    if unfree != [ ] && !allowed "allowUnfree" then
      "Package ‘${name}’ ${where} has an unfree license (‘${(builtins.head unfree).shortName}’), refusing to evaluate."
    else if (meta.broken or false) && !allowed "allowBroken" then
      "Package ‘${name}’ ${where} is marked as broken, refusing to evaluate."
    else if platforms != [ ] && !builtins.elem system platforms && !allowed "allowUnsupportedSystem" then
      "Package ‘${name}’ ${where} is not available on the requested hostPlatform:\n  hostPlatform.config = \"${system}\"\n  package.meta.platforms = ${builtins.toJSON platforms}"
    else if vulnerabilities != [ ] && !builtins.elem name (config.permittedInsecurePackages or [ ]) then
      "Package ‘${name}’ ${where} is marked as insecure, refusing to evaluate.\n\nKnown issues:\n${builtins.concatStringsSep "\n" (map (v: " - ${v}") vulnerabilities)}"
    else null;

  mkDerivation = { name, script, meta ? { } }:
    let
      drv = derivation {
        inherit name system;
        builder = bb;
        args = [ "sh" "-e" "-c" "eval \"$buildScript\"" ];
        buildScript = script;
      };
      reason = refusal name meta;
      checked = v: if reason == null then v else throw reason;
    in
    drv // { inherit meta; drvPath = checked drv.drvPath; outPath = checked drv.outPath; };

  mkScript = name: text: meta: mkDerivation {
    inherit name meta;
    script = ''
      mkdir -p $out/bin
      printf '#!${bb} sh\n%s\n' ${builtins.toJSON text} > $out/bin/${builtins.head (builtins.split "-[0-9]" name)}
      chmod 555 $out/bin/*
    '';
  };

  unfreeLicense = { shortName = "bsl11"; fullName = "Business Source License 1.1"; free = false; };
in
{
  inherit busybox;

  hello = mkScript "hello" "echo 'Hello from the nixpkgs-like set'" { };
  # Configured into the output, so that allowUnfree visibly changes nothing else.
  terraform_1 = mkScript "terraform-1.5.7" "echo 'terraform 1.5.7'" { license = unfreeLicense; };
  vscode = mkScript "vscode-1.90" "echo vscode" { license = [ unfreeLicense ]; };
  broken-tool = mkScript "broken-tool-0.1" "echo broken" { broken = true; };
  darwin-only = mkScript "darwin-only-1.0" "echo darwin" {
    platforms = [ "aarch64-darwin" "x86_64-darwin" ];
  };
  openssl_1_1 = mkScript "openssl-1.1.1w" "echo openssl" {
    knownVulnerabilities = [ "CVE-2023-5678: end of life" "CVE-2024-0727" ];
  };
  # An evaluation error that is none of the above.
  needs-attr = mkDerivation {
    name = "needs-attr";
    script = throw "needs-attr: this package needs an argument the set does not give it";
  };

  # Aliases, as nixpkgs' aliases.nix writes them.
  nodejs-16_x = throw "nodejs-16_x has been removed as it is EOL, use nodejs_20 instead";
  terraform-full = throw "'terraform-full' has been renamed to/replaced by 'terraform_1'";

  # Present in a flake's packages output only (flake.nix), to check the lookup order.
  lib = { version = "test"; };
}
