import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  InputError,
  quoteValue
} from "./chunk-FF3L7VQ6.js";

// src/core/url-secrets.ts
var MIN_SECRET_LENGTH = 6;
var SCHEME_URL = /\b[a-z][a-z0-9+.-]*:\/\/[^\s'"<>`]+/gi;
function parse(url) {
  try {
    return new URL(url);
  } catch {
    return void 0;
  }
}
function publicUrl(url) {
  const parsed = parse(url);
  if (!parsed || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url;
  if (!parsed.username && !parsed.password && !parsed.search && !parsed.hash) return url;
  parsed.username = "";
  parsed.password = "";
  parsed.search = "";
  parsed.hash = "";
  return parsed.toString();
}
function redactUrls(text) {
  return text.replace(SCHEME_URL, (url) => {
    const trail = /[).,;:!]*$/.exec(url)?.[0] ?? "";
    const bare = trail ? url.slice(0, -trail.length) : url;
    return publicUrl(bare) + trail;
  });
}
function urlSecrets(url) {
  const parsed = parse(url);
  if (!parsed || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return [];
  const found = [];
  const both = (encoded) => {
    let decoded = encoded;
    try {
      decoded = decodeURIComponent(encoded);
    } catch {
    }
    found.push(encoded, decoded);
  };
  if (parsed.password) both(parsed.password);
  else if (parsed.username && /^https?:$/.test(parsed.protocol)) both(parsed.username);
  for (const [, value] of parsed.searchParams) found.push(value, encodeURIComponent(value));
  if (parsed.hash.length > 1) both(parsed.hash.slice(1));
  return [...new Set(found)].filter((s) => s.length >= MIN_SECRET_LENGTH);
}

// src/nix/source.ts
var DEFAULT_NIXPKGS_URL = "https://github.com/NixOS/nixpkgs/archive/{ref}.tar.gz";
var allowedForms = "allowed forms are nixpkgs!<channel or 40-hex commit> (e.g. nixpkgs!nixos-25.05), git!<url>!<40-hex commit or ref> with an https://, http://, ssh://, git://, file:// or user@host:path URL, path!<directory>, flake!<flake ref> (e.g. flake!github:NixOS/nixpkgs/nixos-25.05, flake!. or flake!path:/abs/dir) and lock!<flake.lock input> (lock! alone means lock!nixpkgs)";
var fullRev = /^[0-9a-fA-F]{40}$/;
var channelName = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
var urlSchemes = /* @__PURE__ */ new Set(["https:", "http:", "ssh:", "git:", "file:"]);
var scpLike = /^[A-Za-z0-9_][A-Za-z0-9._-]*@[A-Za-z0-9][A-Za-z0-9.-]*:[^:]/;
var remoteHelper = /^[A-Za-z][A-Za-z0-9+.-]*::/;
var controlChars = /[\u0000-\u001f\u007f]/;
function refuse(inputName, value, reason) {
  throw new InputError(
    inputName,
    `${quoteValue(redactUrls(value))} is not a package source: ${redactUrls(reason)}; ${allowedForms}`
  );
}
function checkGitUrl(url) {
  if (url.startsWith("-")) return 'a git URL may not start with "-"';
  if (remoteHelper.test(url)) return "git remote helpers (such as ext::) are not allowed";
  if (scpLike.test(url)) return void 0;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return `${quoteValue(url)} is not a URL`;
  }
  if (!urlSchemes.has(parsed.protocol)) return `the URL scheme ${parsed.protocol} is not allowed`;
  if (parsed.protocol !== "file:" && parsed.hostname === "") return "the URL has no host";
  if (parsed.hostname.startsWith("-")) return 'a host may not start with "-"';
  return void 0;
}
function checkGitRef(ref) {
  if (fullRev.test(ref)) return void 0;
  if (!/^[A-Za-z0-9_][A-Za-z0-9._/-]*$/.test(ref)) {
    return 'a git ref is a 40-hex commit or a name of letters, digits, ".", "_", "/" and "-"';
  }
  if (ref.includes("..") || ref.includes("//") || ref.endsWith("/") || ref.endsWith(".lock")) {
    return `${quoteValue(ref)} is not a valid git ref name`;
  }
  return void 0;
}
var flakeRefChars = /^[A-Za-z0-9._~:/?#&=%+@,-]+$/;
var lockInputName = /^[A-Za-z0-9_][A-Za-z0-9_-]*$/;
function checkFlakeRef(ref) {
  if (ref === "") return "a flake source needs a flake reference";
  if (ref.startsWith("-")) return 'a flake reference may not start with "-"';
  if (!flakeRefChars.test(ref)) return "a flake reference has no spaces, quotes or brackets";
  return void 0;
}
function parsePkgSource(value, inputName = "pkg-source") {
  const trimmed = value.trim();
  if (controlChars.test(trimmed)) refuse(inputName, value, "it contains control characters");
  const bang = trimmed.indexOf("!");
  if (bang < 0) refuse(inputName, value, 'it has no "<kind>!" prefix');
  const kind = trimmed.slice(0, bang);
  const rest = trimmed.slice(bang + 1);
  switch (kind) {
    case "nixpkgs": {
      if (!channelName.test(rest)) {
        refuse(inputName, value, 'a nixpkgs channel name is letters, digits, ".", "_" and "-"');
      }
      return { kind, ref: fullRev.test(rest) ? rest.toLowerCase() : rest };
    }
    case "git": {
      const lastBang = rest.lastIndexOf("!");
      if (lastBang < 0) refuse(inputName, value, "a git source needs both a URL and a ref");
      const url = rest.slice(0, lastBang);
      const ref = rest.slice(lastBang + 1);
      if (url === "" || ref === "")
        refuse(inputName, value, "a git source needs both a URL and a ref");
      const problem = checkGitUrl(url) ?? checkGitRef(ref);
      if (problem) refuse(inputName, value, problem);
      return { kind, url, ref: fullRev.test(ref) ? ref.toLowerCase() : ref };
    }
    case "path": {
      if (rest === "") refuse(inputName, value, "a path source needs a directory");
      return { kind, dir: rest };
    }
    case "flake": {
      const problem = checkFlakeRef(rest);
      if (problem) refuse(inputName, value, problem);
      return { kind, ref: rest };
    }
    case "lock": {
      const input = rest === "" ? "nixpkgs" : rest;
      if (!input.split("/").every((part) => lockInputName.test(part))) {
        refuse(
          inputName,
          value,
          "a flake.lock input is a name like nixpkgs, or a path of names a/b"
        );
      }
      return { kind, input };
    }
    default:
      return refuse(inputName, value, `unknown kind ${quoteValue(kind)}`);
  }
}
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
  publicUrl,
  redactUrls,
  urlSecrets,
  DEFAULT_NIXPKGS_URL,
  parsePkgSource,
  formatPkgSource,
  needsFlakes,
  publicPkgSource,
  pkgSourceSecrets
};
