# The nixpkgs-like set as a flake: legacyPackages holds the whole set (as nixpkgs' flake does),
# packages a name legacyPackages lacks and one it shadows.
{
  outputs = { self }:
    let
      systems = [ "x86_64-linux" "aarch64-linux" ];
      forAll = f: builtins.listToAttrs (map (system: { name = system; value = f system; }) systems);
    in
    {
      legacyPackages = forAll (system: import ./. { inherit system; });
      packages = forAll (system: {
        only-in-packages = (import ./. { inherit system; }).hello;
        # legacyPackages wins over packages for a name both have.
        hello = throw "packages.hello is not used: legacyPackages.hello comes first";
      });
    };
}
