import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  publicUrl,
  urlSecrets
} from "./chunk-ULNG2UPB.js";

// src/nix/source.ts
var DEFAULT_NIXPKGS_URL = "https://github.com/NixOS/nixpkgs/archive/{ref}.tar.gz";
function formatPkgSource(s) {
  switch (s.kind) {
    case "nixpkgs":
      return `nixpkgs!${s.ref}`;
    case "git":
      return `git!${s.url}!${s.ref}`;
    case "path":
      return `path!${s.dir}`;
    case "flake":
      return `flake!${s.ref}`;
    case "lock":
      return `lock!${s.input}`;
  }
}
function needsFlakes(s) {
  return s.kind === "flake" || s.kind === "lock";
}
function publicPkgSource(s) {
  return s.kind === "git" ? formatPkgSource({ ...s, url: publicUrl(s.url) }) : formatPkgSource(s);
}
function pkgSourceSecrets(s) {
  return s.kind === "git" ? urlSecrets(s.url) : [];
}

export {
  DEFAULT_NIXPKGS_URL,
  formatPkgSource,
  needsFlakes,
  publicPkgSource,
  pkgSourceSecrets
};
