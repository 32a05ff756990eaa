# Resolves package names in a package set and says what to build, as JSON. Run by
# src/nix/build.ts:
#
#   nix-instantiate --eval --strict --json --read-write-mode build-registry-image.nix \
#     --argstr packages '["hello","haskellpackages.stylish-haskell"]' \
#     --argstr pkgSource 'nixpkgs!nixos-25.05'
#
# It descends from Nixery's expression of the same name. Layering and tarring now happen in
# TypeScript, so `name`, `tag`, `extraCommands`, `uid`, `gid` and `maxLayers` are accepted
# for compatibility and not used here.
#
# Every user value arrives as a string (--argstr) and is only ever data: names are looked up
# with hasAttr, never parsed as Nix. The package set gets builtins only (a test set has no
# `lib`), so nothing here may use nixpkgs functions.
{
  packages,
  pkgSource,
  name ? "nixery-image",
  tag ? "latest",
  contents ? "[]",
  extraCommands ? "",
  uid ? "0",
  gid ? "0",
  maxLayers ? "96",
  nixpkgsUrl ? "https://github.com/NixOS/nixpkgs/archive/{ref}.tar.gz",
  system ? builtins.currentSystem,
}:
let
  inherit (builtins)
    all attrNames elemAt filter foldl' functionArgs hasAttr head isAttrs isFunction isList
    isString listToAttrs match replaceStrings split tail tryEval;

  stringList = argName: json:
    let value = builtins.fromJSON json;
    in if isList value && all isString value then value
       else throw "${argName} must be a JSON array of strings";

  isRev = s: match "[0-9a-f]{40}" s != null;

  # The package source, and what pins it (best effort: what builtins expose).
  nixpkgsMatch = match "nixpkgs!([A-Za-z0-9._-]+)" pkgSource;
  gitMatch = match "git!(.+)!([^!]+)" pkgSource;
  pathMatch = match "path!(.+)" pkgSource;

  source =
    if nixpkgsMatch != null then
      let
        ref = head nixpkgsMatch;
        url = replaceStrings [ "{ref}" ] [ ref ] nixpkgsUrl;
        src = builtins.fetchTarball url;
      in {
        inherit src;
        # The store path of an unpacked tarball is derived from its NAR hash.
        info = { kind = "nixpkgs"; inherit ref url; storePath = src; }
          // (if isRev ref then { rev = ref; } else { });
      }
    else if gitMatch != null then
      let
        url = elemAt gitMatch 0;
        ref = elemAt gitMatch 1;
        fetched = builtins.fetchGit ({ inherit url; }
          // (if isRev ref then { rev = ref; } else { inherit ref; }));
      in {
        src = fetched;
        info = { kind = "git"; inherit url ref; rev = fetched.rev; storePath = fetched.outPath; }
          // (if fetched ? narHash then { inherit (fetched) narHash; } else { });
      }
    else if pathMatch != null then
      let dir = head pathMatch;
      in if match "/.*" dir == null
         then throw "pkgSource path!${dir}: the directory must be an absolute path"
         else { src = /. + dir; info = { kind = "path"; inherit dir; }; }
    else
      throw "pkgSource must be nixpkgs!<channel or 40-hex rev>, git!<url>!<rev or ref> or path!<dir>";

  # Pass only the arguments the set declares. `config` and `overlays` are pinned empty so
  # that a user's ~/.config/nixpkgs does not leak into images.
  pkgs =
    let
      imported = import source.src;
      declared = functionArgs imported;
      known = { inherit system; config = { }; overlays = [ ]; };
      set =
        if isFunction imported
        then imported (listToAttrs (map (n: { name = n; value = known.${n}; })
          (filter (n: hasAttr n declared) (attrNames known))))
        else imported;
    in if isAttrs set then set else throw "the package set from ${pkgSource} is not an attribute set";

  lower = replaceStrings
    [ "A" "B" "C" "D" "E" "F" "G" "H" "I" "J" "K" "L" "M" "N" "O" "P" "Q" "R" "S" "T" "U" "V" "W" "X" "Y" "Z" ]
    [ "a" "b" "c" "d" "e" "f" "g" "h" "i" "j" "k" "l" "m" "n" "o" "p" "q" "r" "s" "t" "u" "v" "w" "x" "y" "z" ];

  # Lower-cased top-level name -> real names, in sorted order (attrNames sorts).
  topLevelByLowerName = builtins.groupBy lower (attrNames pkgs);

  # An exact top-level name wins; otherwise every case-insensitive match, in order.
  topLevelCandidates = key:
    if hasAttr key pkgs then [ key ] else topLevelByLowerName.${lower key} or [ ];

  # The value at `path` (real key names), or null when a key is absent. A value that throws
  # counts as absent.
  valueAt = path:
    foldl' (acc: key:
      let present = tryEval (acc != null && isAttrs acc.value && hasAttr key acc.value);
      in if present.success && present.value then { value = acc.value.${key}; } else null)
      { value = pkgs; } path;

  # A string attribute of a derivation, or null when it is absent, not a string or throws.
  stringAttr = drv: attr:
    let r = tryEval (let v = drv.${attr} or null; in if isString v then builtins.deepSeq v v else null);
    in if r.success then r.value else null;

  # Licence identifiers from meta.license (one licence or a list; nixpkgs licences are attribute
  # sets with spdxId, else shortName/fullName). Anything that throws yields none: an SBOM field
  # is never a reason to fail a build.
  licenseIds = drv:
    let
      idOf = l: if isString l then l
        else if isAttrs l then (l.spdxId or l.shortName or l.fullName or null)
        else null;
      r = tryEval (
        let
          license = (drv.meta or { }).license or null;
          ids = filter isString (map idOf (if isList license then license
            else if license == null then [ ] else [ license ]));
        in builtins.deepSeq ids ids);
    in if r.success then r.value else [ ];

  # What an SBOM wants to know of a package, where the package set says it.
  packageMeta = drv:
    let
      pname = stringAttr drv "pname";
      version = stringAttr drv "version";
    in (if pname != null then { inherit pname; } else { })
      // (if version != null then { inherit version; } else { })
      // { licenses = licenseIds drv; };

  asPackage = pkgName: path:
    let
      found = valueAt path;
      drv = found.value;
      usable = tryEval (
        found != null && isAttrs drv && (drv.type or null) == "derivation"
        && isString drv.drvPath && isString drv.outPath
      );
    in
    if usable.success && usable.value then {
      name = pkgName;
      attrPath = builtins.concatStringsSep "." path;
      inherit (drv) drvPath;
      # Named outputPath: an attribute set with an `outPath` would print as that string.
      outputPath = drv.outPath;
      outputName = drv.outputName or "out";
    } // packageMeta drv else null;

  # Nested keys stay exact; the first top-level candidate giving a derivation wins.
  resolve = pkgName:
    let
      keys = filter isString (split "\\." pkgName);
      tries = map (top: asPackage pkgName ([ top ] ++ tail keys)) (topLevelCandidates (head keys));
      packages = filter (p: p != null) tries;
    in
    if packages != [ ] then { found = true; package = head packages; }
    else { found = false; name = pkgName; };

  requested = map resolve (stringList "packages" packages);
  extra = map resolve (stringList "contents" contents);

  unique = foldl' (acc: x: if builtins.elem x acc then acc else acc ++ [ x ]) [ ];
  missing = unique (map (r: r.name) (filter (r: !r.found) (requested ++ extra)));
in
if missing != [ ] then {
  error = "not_found";
  pkgs = missing;
} else {
  packages = map (r: r.package) requested;
  contents = map (r: r.package) extra;
  source = source.info;
  inherit system;
}
