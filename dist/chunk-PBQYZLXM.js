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

// src/core/digest.ts
import { createHash } from "node:crypto";
import { Transform } from "node:stream";
function sha256Hex(data) {
  return createHash("sha256").update(data).digest("hex");
}
function sha256Digest(bytes) {
  return `sha256:${sha256Hex(bytes)}`;
}
var DigestTap = class extends Transform {
  hash = createHash("sha256");
  bytes = 0;
  result;
  _transform(chunk, _encoding, done) {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    done(null, chunk);
  }
  _flush(done) {
    this.result = `sha256:${this.hash.digest("hex")}`;
    done();
  }
  get digest() {
    if (this.result === void 0) throw new Error("digest not computed: the stream has not ended");
    return this.result;
  }
  get size() {
    if (this.result === void 0) throw new Error("size not computed: the stream has not ended");
    return this.bytes;
  }
};

// src/oci/media-types.ts
var MEDIA_TYPES = {
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  ociConfig: "application/vnd.oci.image.config.v1+json",
  ociLayerGzip: "application/vnd.oci.image.layer.v1.tar+gzip",
  ociLayerTar: "application/vnd.oci.image.layer.v1.tar",
  ociLayerZstd: "application/vnd.oci.image.layer.v1.tar+zstd",
  ociIndex: "application/vnd.oci.image.index.v1+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  dockerConfig: "application/vnd.docker.container.image.v1+json",
  dockerLayerGzip: "application/vnd.docker.image.rootfs.diff.tar.gzip",
  dockerLayerTar: "application/vnd.docker.image.rootfs.diff.tar",
  dockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json"
};
var MANIFEST_TYPES = [
  MEDIA_TYPES.ociManifest,
  MEDIA_TYPES.ociIndex,
  MEDIA_TYPES.dockerManifest,
  MEDIA_TYPES.dockerManifestList
];

// src/core/byte-order.ts
function byteOrder(a, b) {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

// src/core/canonical-json.ts
function canonicalJson(value) {
  return Buffer.from(serialize(value));
}
function serialize(value) {
  if (Array.isArray(value)) return `[${value.map((v) => serialize(v ?? null)).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const record = value;
    const members = Object.keys(record).filter((key) => record[key] !== void 0).sort(byteOrder).map((key) => `${JSON.stringify(key)}:${serialize(record[key])}`);
    return `{${members.join(",")}}`;
  }
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new TypeError(`cannot write ${value} in JSON`);
  }
  const text = JSON.stringify(value);
  if (text === void 0) throw new TypeError(`cannot write a ${typeof value} in JSON`);
  return text;
}

// src/oci/manifest.ts
var FORMATS = {
  oci: {
    manifest: MEDIA_TYPES.ociManifest,
    config: MEDIA_TYPES.ociConfig,
    layers: [
      MEDIA_TYPES.ociLayerGzip,
      MEDIA_TYPES.ociLayerZstd,
      MEDIA_TYPES.ociLayerTar
    ],
    index: MEDIA_TYPES.ociIndex
  },
  docker: {
    manifest: MEDIA_TYPES.dockerManifest,
    config: MEDIA_TYPES.dockerConfig,
    layers: [MEDIA_TYPES.dockerLayerGzip, MEDIA_TYPES.dockerLayerTar],
    index: MEDIA_TYPES.dockerManifestList
  }
};
function imageManifest(format, config, layers, annotations) {
  const types = FORMATS[format];
  if (config.mediaType !== types.config) {
    throw new Error(`a ${format} manifest needs a ${types.config} config, got ${config.mediaType}`);
  }
  for (const layer of layers) {
    if (!types.layers.includes(layer.mediaType)) {
      throw new Error(
        `a ${format} manifest cannot hold a ${layer.mediaType} layer (${layer.digest})`
      );
    }
  }
  const hasAnnotations = annotations !== void 0 && Object.keys(annotations).length > 0;
  if (hasAnnotations && format === "docker") {
    throw new Error("Docker schema 2 manifests have no annotations; use the OCI format or labels");
  }
  return finish(types.manifest, {
    schemaVersion: 2,
    mediaType: types.manifest,
    config: descriptor(config, format),
    layers: layers.map((l) => descriptor(l, format)),
    annotations: hasAnnotations ? annotations : void 0
  });
}
function imageIndex(format, entries) {
  const types = FORMATS[format];
  return finish(types.index, {
    schemaVersion: 2,
    mediaType: types.index,
    manifests: entries.map((e) => ({
      mediaType: e.manifest.mediaType,
      digest: e.manifest.digest,
      size: e.manifest.body.length,
      platform: e.platform
    }))
  });
}
function descriptor(blob, format) {
  const annotations = format === "oci" && blob.annotations && Object.keys(blob.annotations).length > 0 ? blob.annotations : void 0;
  return { mediaType: blob.mediaType, digest: blob.digest, size: blob.size, annotations };
}
function finish(mediaType, document) {
  const body = canonicalJson(document);
  return { mediaType, body, digest: sha256Digest(body) };
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
  pkgSourceSecrets,
  byteOrder,
  canonicalJson,
  sha256Hex,
  sha256Digest,
  DigestTap,
  MEDIA_TYPES,
  MANIFEST_TYPES,
  imageManifest,
  imageIndex
};
