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
#
# Beyond the seed's arguments:
#   nixpkgsConfig  a JSON object handed to the package set as `config` (default {}).
#   sourceNarHash  the NAR hash a nixpkgs! tarball had before: with it, fetchTarball finds the
#                  tree already in the store and downloads nothing.
#   lockedInput    for lock!<input>: the input's `locked` attributes from flake.lock (JSON),
#                  fetched with fetchTree (which also skips the download when the tree is there).
#   probe          one package name: evaluate it without tryEval, so that Nix prints the error
#                  a package's own `throw` carries (tryEval drops the message).
# flake! and lock! sources need Nix >= 2.4 with `nix-command flakes` enabled for this call.
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
  nixpkgsConfig ? "{}",
  sourceNarHash ? "",
  lockedInput ? "",
  probe ? "",
  system ? builtins.currentSystem,
}:
let
  inherit (builtins)
    all any attrNames concatMap concatStringsSep deepSeq elem elemAt filter foldl' functionArgs
    hasAttr head isAttrs isBool isFunction isList isString length listToAttrs match pathExists
    replaceStrings split substring tail tryEval;

  stringList = argName: json:
    let value = builtins.fromJSON json;
    in if isList value && all isString value then value
       else throw "${argName} must be a JSON array of strings";

  config =
    let value = builtins.fromJSON nixpkgsConfig;
    in if isAttrs value then value else throw "nixpkgsConfig must be a JSON object";

  isRev = s: match "[0-9a-f]{40}" s != null;

  # The value of `f v` when evaluating it succeeds, else `fallback` (throws and asserts only:
  # that is all tryEval catches).
  safely = fallback: f: v:
    let r = tryEval (let x = f v; in deepSeq x x);
    in if r.success then r.value else fallback;
  # The same, forcing only the top of the value (a package's meta may hold anything).
  shallowly = fallback: f: v:
    let r = tryEval (f v);
    in if r.success then r.value else fallback;

  # Pass only the arguments the set declares. `config` and `overlays` are pinned (config from
  # nixpkgsConfig, no overlays) so that a user's ~/.config/nixpkgs does not leak into images.
  importSet = what: src:
    let
      imported = import src;
      declared = functionArgs imported;
      known = { inherit system config; overlays = [ ]; };
      set =
        if isFunction imported
        then imported (listToAttrs (map (n: { name = n; value = known.${n}; })
          (filter (n: hasAttr n declared) (attrNames known))))
        else imported;
    in if isAttrs set then set else throw "the package set from ${what} is not an attribute set";

  # The package source, what pins it (best effort: what builtins expose), and the store paths
  # of its trees (kept in the store cache so that a warm run fetches nothing).
  nixpkgsMatch = match "nixpkgs!([A-Za-z0-9._-]+)" pkgSource;
  gitMatch = match "git!(.+)!([^!]+)" pkgSource;
  pathMatch = match "path!(.+)" pkgSource;
  flakeMatch = match "flake!(.+)" pkgSource;
  lockMatch = match "lock!(.+)" pkgSource;

  # A flake's tree and the trees of its inputs, each once.
  flakeTrees = flake:
    let
      inputs = flake.inputs or { };
      own = if flake ? outPath then [ "${flake.outPath}" ] else [ ];
    in own ++ concatMap (n: flakeTrees inputs.${n}) (attrNames inputs);
  unique = foldl' (acc: x: if elem x acc then acc else acc ++ [ x ]) [ ];

  source =
    if nixpkgsMatch != null then
      let
        ref = head nixpkgsMatch;
        url = replaceStrings [ "{ref}" ] [ ref ] nixpkgsUrl;
        src = builtins.fetchTarball ({ inherit url; }
          // (if sourceNarHash != "" then { sha256 = sourceNarHash; } else { }));
      in {
        set = importSet pkgSource src;
        trees = [ src ];
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
        set = importSet pkgSource fetched;
        trees = [ fetched.outPath ];
        info = { kind = "git"; inherit url ref; rev = fetched.rev; storePath = fetched.outPath; }
          // (if fetched ? narHash then { inherit (fetched) narHash; } else { });
      }
    else if pathMatch != null then
      let dir = head pathMatch;
      in if match "/.*" dir == null
         then throw "pkgSource path!${dir}: the directory must be an absolute path"
         else { set = importSet pkgSource (/. + dir); trees = [ ]; info = { kind = "path"; inherit dir; }; }
    else if flakeMatch != null then
      let
        ref = head flakeMatch;
        flake = builtins.getFlake ref;
        legacy = flake.legacyPackages.${system} or null;
        pkgsOut = flake.packages.${system} or null;
        outputs =
          if legacy == null && pkgsOut == null
          then throw "the flake ${ref} has neither legacyPackages.${system} nor packages.${system}"
          else (if pkgsOut == null then { } else pkgsOut) // (if legacy == null then { } else legacy);
        # A flake's legacyPackages were made with its own config; another config needs the
        # flake's tree imported as a package set, as nixpkgs' own flake does.
        withConfig =
          if pathExists "${flake.outPath}/default.nix" then importSet pkgSource flake.outPath
          else throw "nixpkgsConfig needs a package set that takes a config, and the flake ${ref} has no default.nix";
      in {
        set = if config == { } then outputs else withConfig;
        trees = unique (flakeTrees flake);
        info = { kind = "flake"; inherit ref; storePath = flake.outPath; narHash = flake.narHash; }
          // (if flake ? rev then { inherit (flake) rev; } else { })
          // (if flake ? lastModified then { lastModified = toString flake.lastModified; } else { });
      }
    else if lockMatch != null then
      let
        input = head lockMatch;
        locked = builtins.fromJSON lockedInput;
        fetched = builtins.fetchTree locked;
      in {
        set =
          if pathExists "${fetched.outPath}/default.nix" then importSet pkgSource fetched.outPath
          else throw "the flake.lock input ${input} has no default.nix: lock! takes a package set such as nixpkgs";
        trees = [ fetched.outPath ];
        info = { kind = "lock"; ref = input; type = locked.type or ""; storePath = fetched.outPath; }
          // (if fetched ? narHash then { inherit (fetched) narHash; } else { })
          // (if fetched ? rev then { inherit (fetched) rev; } else { })
          // (if locked ? url then { inherit (locked) url; } else { })
          // (if locked ? owner && locked ? repo then { url = "${locked.type}:${locked.owner}/${locked.repo}"; } else { });
      }
    else
      throw "pkgSource must be nixpkgs!<channel or 40-hex rev>, git!<url>!<rev or ref>, path!<dir>, flake!<flake ref> or lock!<input>";

  pkgs = source.set;

  lower = replaceStrings
    [ "A" "B" "C" "D" "E" "F" "G" "H" "I" "J" "K" "L" "M" "N" "O" "P" "Q" "R" "S" "T" "U" "V" "W" "X" "Y" "Z" ]
    [ "a" "b" "c" "d" "e" "f" "g" "h" "i" "j" "k" "l" "m" "n" "o" "p" "q" "r" "s" "t" "u" "v" "w" "x" "y" "z" ];

  # Lower-cased top-level name -> real names, in sorted order (attrNames sorts).
  topLevelByLowerName = builtins.groupBy lower (attrNames pkgs);

  # An exact top-level name wins; otherwise every case-insensitive match, in order.
  topLevelCandidates = key:
    if hasAttr key pkgs then [ key ] else topLevelByLowerName.${lower key} or [ ];

  # The value at `path` (real key names), or null when a key is absent. A parent that throws
  # counts as absent; the value itself is not forced here.
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

  # Why a derivation whose drvPath throws was refused, read from its meta the way nixpkgs'
  # check-meta reads it, so that each refusal gets its own message and fix.
  refusal = drv:
    let
      meta = shallowly { } (d: if isAttrs (d.meta or { }) then d.meta or { } else { }) drv;
      drvName = safely "" (d: if isString (d.name or null) then d.name else "") drv;
      asList = v: if isList v then v else [ v ];
      licenses = safely [ ] (m: filter isAttrs (asList (m.license or [ ]))) meta;
      unfreeLicenses = filter (l: (l.free or true) == false) licenses;
      licenseName = l: l.shortName or l.spdxId or l.fullName or "unfree";
      platforms = safely [ ] (m: filter isString (asList (m.platforms or [ ]))) meta;
      badPlatforms = safely [ ] (m: filter isString (asList (m.badPlatforms or [ ]))) meta;
      vulnerabilities = safely [ ] (m: filter isString (m.knownVulnerabilities or [ ])) meta;
      allowed = key: (config.${key} or false) == true;
      permitted = elem drvName (config.permittedInsecurePackages or [ ]);
    in
    if unfreeLicenses != [ ] && !allowed "allowUnfree" then
      { problem = "unfree"; inherit drvName; licenses = map licenseName unfreeLicenses; }
    else if (meta.broken or false) == true && !allowed "allowBroken" then
      { problem = "broken"; inherit drvName; }
    else if ((platforms != [ ] && !elem system platforms) || elem system badPlatforms)
      && !allowed "allowUnsupportedSystem" then
      { problem = "unsupported"; inherit drvName system platforms; }
    else if vulnerabilities != [ ] && !permitted && !allowed "allowInsecure" then
      { problem = "insecure"; inherit drvName vulnerabilities; }
    else { problem = "eval"; inherit drvName; };

  # What `path` holds: a package, or why it cannot be one.
  inspect = pkgName: path:
    let
      found = valueAt path;
      drv = found.value;
      forced = tryEval (isAttrs drv);
      isDrv = tryEval (isAttrs drv && (drv.type or null) == "derivation");
      usable = tryEval (isString drv.drvPath && isString drv.outPath);
    in
    if found == null then { problem = "missing"; }
    # A value that throws when forced: nixpkgs' aliases for removed and renamed packages.
    else if !forced.success then { problem = "throws"; }
    else if !(isDrv.success && isDrv.value) then { problem = "missing"; }
    else if usable.success && usable.value then {
      package = {
        name = pkgName;
        attrPath = concatStringsSep "." path;
        inherit (drv) drvPath;
        # Named outputPath: an attribute set with an `outPath` would print as that string.
        outputPath = drv.outPath;
        outputName = drv.outputName or "out";
      } // packageMeta drv;
    }
    else refusal drv;

  keysOf = pkgName: filter isString (split "\\." pkgName);

  # The first top-level candidate giving a package wins; otherwise the first one's problem.
  resolve = pkgName:
    let
      keys = keysOf pkgName;
      tries = map (top: inspect pkgName ([ top ] ++ tail keys)) (topLevelCandidates (head keys));
      packages = filter (t: t ? package) tries;
      problems = filter (t: t.problem != "missing") tries;
    in
    if packages != [ ] then { found = true; package = (head packages).package; }
    else { found = false; name = pkgName; }
      // (if problems != [ ] then head problems else { problem = "missing"; suggestions = near pkgName; });

  # Names near a missing one, for "did you mean": the names beside it (same parent, same first
  # letter, any case). TypeScript ranks them by edit distance.
  near = pkgName:
    let
      keys = keysOf pkgName;
      parentKeys = builtins.genList (i: elemAt keys i) (length keys - 1);
      last = elemAt keys (length keys - 1);
      parentPath =
        if parentKeys == [ ] then [ ]
        else
          let tops = topLevelCandidates (head parentKeys);
          in if tops == [ ] then null else [ (head tops) ] ++ tail parentKeys;
      parent = if parentPath == null then null else valueAt parentPath;
      names = safely [ ] (p: if isAttrs p.value then attrNames p.value else [ ]) parent;
      initial = lower (substring 0 1 last);
      prefix = concatStringsSep "" (map (k: "${k}.") (if parentPath == null then [ ] else parentPath));
    in if parent == null then [ ]
       else map (n: prefix + n) (filter (n: lower (substring 0 1 n) == initial) names);

  # For probe: the same lookup, forced without tryEval so that Nix prints the package's error.
  probed =
    let
      keys = keysOf probe;
      tops = topLevelCandidates (head keys);
      found = valueAt ([ (if tops == [ ] then head keys else head tops) ] ++ tail keys);
    in if found == null then throw "${probe} is not in the package set"
       else builtins.seq found.value.drvPath found.value.outPath;

  requested = map resolve (stringList "packages" packages);
  extra = map resolve (stringList "contents" contents);

  failed = filter (r: !r.found) (requested ++ extra);
  failedNames = unique (map (r: r.name) failed);
  problemOf = n: head (filter (r: r.name == n) failed);
in
if probe != "" then { probed = probed; }
else if failed != [ ] then {
  error = "unavailable";
  pkgs = map problemOf failedNames;
} else {
  packages = map (r: r.package) requested;
  contents = map (r: r.package) extra;
  source = source.info;
  sourceTrees = map toString source.trees;
  inherit system;
}
