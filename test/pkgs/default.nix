# A tiny package set for tests: no nixpkgs, no network. Every package is built with one
# static busybox (prepared by scripts/prepare-test-pkgs.mjs), and every output is
# deterministic, so image digests built from it can be compared across runs.
{ system ? builtins.currentSystem, greeterVersion ? "1.0" }:
let
  busybox = builtins.path { path = ./busybox; name = "busybox"; };
  bb = "${busybox}/bin/busybox";

  # Busybox picks its applet from argv[1] when argv[0] is "busybox"; its shell finds the
  # other applets without a PATH. The script travels as an environment variable.
  mkDerivation = { name, script, ... }@attrs:
    derivation (builtins.removeAttrs attrs [ "script" ] // {
      inherit name system;
      builder = bb;
      args = [ "sh" "-e" "-c" "eval \"$buildScript\"" ];
      buildScript = script;
    });

  # A script run by busybox sh. A shebang line takes one argument, and "sh" is it.
  mkScript = name: body: mkDerivation {
    inherit name;
    scriptBody = body;
    script = ''
      mkdir -p $out/bin
      printf '#!${bb} sh\n%s\n' "$scriptBody" > $out/bin/${name}
      chmod 555 $out/bin/${name}
    '';
  };

  # Deterministic pseudo-random hex text of a given size (a multiple of 32): awk's rand()
  # with a fixed seed. Writing 4 KiB at a time keeps it fast (one write per printf is not).
  mkBlob = { index, size, deps ? [ ] }: mkData {
    name = "dep-${if index < 10 then "0" else ""}${toString index}";
    inherit index size deps;
  };
  mkData = { name, index, size, deps ? [ ] }: mkDerivation {
    inherit name;
    script = ''
      mkdir -p $out/share
      awk 'function r() { return int(rand() * 4294967296) }
           BEGIN { srand(${toString index}); n = ${toString size} / 32; s = "";
                   for (i = 1; i <= n; i++) {
                     s = s sprintf("%08x%08x%08x%08x", r(), r(), r(), r());
                     if (i % 128 == 0) { printf "%s", s; s = "" }
                   }
                   printf "%s", s }' > $out/share/data
      : > $out/share/refs
      ${builtins.concatStringsSep "\n" (map (d: "echo ${d} >> $out/share/refs") deps)}
    '';
  };

  blobSizes = [
    1024 2048 3072 5120 8192 13312 20480 32768 51200 65536
    102400 131072 204800 262144 524288 786432 1048576 2097152 3145728 5242880
  ];
  blobs = builtins.genList (i:
    let index = i + 1; in
    mkBlob {
      inherit index;
      size = builtins.elemAt blobSizes i;
      # Even blobs share the first one; the five largest also share blob 10, so the graph
      # has paths with several referrers.
      deps = (if index > 1 && index / 2 * 2 == index then [ (builtins.elemAt blobs 0) ] else [ ])
        ++ (if index > 15 then [ (builtins.elemAt blobs 9) ] else [ ]);
    }) (builtins.length blobSizes);

  # Twelve data paths of 1 kB to 4.5 MB for `wide`; the six largest share the smallest.
  wideSizes = [ 1024 4096 16384 32768 65536 131072 262144 524288 1048576 2097152 3145728 4718592 ];
  wideData = builtins.genList (i:
    let index = i + 1; in
    mkData {
      name = "wide-${if index < 10 then "0" else ""}${toString index}";
      index = 100 + index;
      size = builtins.elemAt wideSizes i;
      deps = if index > 6 then [ (builtins.elemAt wideData 0) ] else [ ];
    }) (builtins.length wideSizes);

  helloLib = mkDerivation {
    name = "hello-lib";
    script = ''
      mkdir -p $out/share
      echo 'Hello, world!' > $out/share/greeting
    '';
  };

  # Path components of 60 bytes: two make a path over 100 bytes, five one over 255.
  longName = "directory-with-a-long-name-to-pass-the-ustar-limits-0123456";
  longFileName = "a-file-name-of-more-than-one-hundred-bytes-which-a-ustar-header-cannot-hold-in-its-name-field-alone-so-pax-is-needed.txt";
in
rec {
  inherit busybox;

  hello-lib = helloLib;
  hello = mkScript "hello" "exec ${bb} cat ${helloLib}/share/greeting";

  haskellPackages = {
    stylish-haskell = mkScript "stylish-haskell" "echo 'stylish-haskell 0.0-test'";
  };

  # /bin/sh and a few tools, so an image can run a shell.
  shell = mkDerivation {
    name = "shell";
    script = ''
      mkdir -p $out/bin
      for applet in sh ls cat echo env mkdir; do ln -s ${bb} $out/bin/$applet; done
    '';
  };

  # Stand-ins for the packages Nixery's `shell` meta-package adds (bashInteractive,
  # coreutils, moreutils, nano), so that `shell/hello` builds from this set.
  bashInteractive = mkDerivation {
    name = "bash-interactive";
    script = ''
      mkdir -p $out/bin
      printf '#!${bb} sh\nexec ${bb} sh "$@"\n' > $out/bin/bash
      chmod 555 $out/bin/bash
    '';
  };
  coreutils = mkDerivation {
    name = "coreutils";
    script = ''
      mkdir -p $out/bin
      for applet in basename cat cp cut date dirname echo env false head id ls mkdir mv \
          printf rm sort tail touch tr true uname uniq wc; do
        ln -s ${bb} $out/bin/$applet
      done
    '';
  };
  moreutils = mkDerivation {
    name = "moreutils";
    script = ''
      mkdir -p $out/bin
      printf '#!${bb} sh\n%s\n' \
        'text=$(${bb} cat); if [ $# -gt 0 ]; then printf "%s\n" "$text" > "$1"; else printf "%s\n" "$text"; fi' \
        > $out/bin/sponge
      chmod 555 $out/bin/sponge
    '';
  };
  nano = mkScript "nano" "echo 'nano: a stand-in from the test package set'";

  many-deps = mkDerivation {
    name = "many-deps";
    script = ''
      mkdir -p $out/bin $out/share
      ${builtins.concatStringsSep "\n" (map (d: "echo ${d} >> $out/share/deps") blobs)}
      printf '#!${bb} sh\nexec ${bb} cat %s\n' $out/share/deps > $out/bin/many-deps
      chmod 555 $out/bin/many-deps
    '';
  };

  # `greet wide` and `greetAlt wide` differ in one tiny package: the layering test's pair.
  greet = mkScript "greet" "echo 'Hello from greet'";
  greetAlt = mkScript "greet-alt" "echo 'Hello from greetAlt'";
  wide = mkDerivation {
    name = "wide";
    script = ''
      mkdir -p $out/bin $out/share
      ${builtins.concatStringsSep "\n" (map (d: "echo ${d} >> $out/share/data") wideData)}
      printf '#!${bb} sh\nexec ${bb} cat %s\n' $out/share/data > $out/bin/wide
      chmod 555 $out/bin/wide
    '';
  };

  awkward = mkDerivation {
    name = "awkward";
    script = ''
      mkdir -p $out/bin $out/empty-dir $out/share
      deep=$out/share/${longName}/${longName}
      mkdir -p $deep
      echo 'over 100 bytes' > $deep/file.txt
      deeper=$deep/${longName}/${longName}/${longName}
      mkdir -p $deeper
      echo 'over 255 bytes' > $deeper/file.txt
      echo 'a long single name' > $out/share/${longFileName}
      echo 'non-ASCII name' > "$out/share/café-ünïcödé.txt"
      printf '#!${bb} sh\necho awkward\n' > $out/bin/awkward
      chmod 555 $out/bin/awkward
      ln -s ../share/café-ünïcödé.txt $out/bin/relative-link
      ln -s ${longName} $out/share/dir-link
      echo 'same inode' > $out/share/hard-a
      ln $out/share/hard-a $out/share/hard-b
    '';
  };

  broken = mkDerivation {
    name = "broken";
    script = ''
      echo "error: the broken package fails on purpose" >&2
      exit 1
    '';
  };

  slow = mkDerivation {
    name = "slow";
    script = ''
      echo "slow: sleeping 3 seconds" >&2
      sleep 3
      mkdir -p $out
      echo 'built by the slow package' > $out/marker
    '';
  };

  # A package with what nixpkgs' mkDerivation gives (pname, version, meta.license), for SBOMs.
  # Its version is an argument, so that a test can bump it with a wrapper set:
  #   { system ? builtins.currentSystem }: import <this file> { inherit system; greeterVersion = "1.1"; }
  greeter = mkDerivation {
    name = "greeter-${greeterVersion}";
    script = ''
      mkdir -p $out/bin
      printf '#!${bb} sh\necho "greeter ${greeterVersion}: $(${bb} cat ${helloLib}/share/greeting)"\n' > $out/bin/greeter
      chmod 555 $out/bin/greeter
    '';
  } // {
    pname = "greeter";
    version = greeterVersion;
    meta.license = { spdxId = "MIT"; shortName = "mit"; fullName = "MIT License"; };
  };

  # Attributes that are not packages, to check that lookups treat them as missing.
  throws = throw "this attribute throws on purpose";
  notAPackage = { version = "1"; };
}
