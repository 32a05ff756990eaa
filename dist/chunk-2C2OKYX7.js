import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  InputError,
  NixeryError,
  quoteValue
} from "./chunk-FF3L7VQ6.js";

// src/oci/reference.ts
var PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*$/;
var DOMAIN = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*(?::[0-9]+)?$/;
var IPV6_HOST = /^\[[a-fA-F0-9:]+\](?::[0-9]+)?$/;
var TAG_BODY = "[A-Za-z0-9_][A-Za-z0-9._-]{0,127}";
var DIGEST_BODY = "[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}";
var TAG = new RegExp(`^${TAG_BODY}$`);
var DIGEST = new RegExp(`^${DIGEST_BODY}$`);
var REFERENCE = new RegExp(`^(?:${TAG_BODY}|${DIGEST_BODY})$`);
var MAX_NAME_LENGTH = 255;
function parseImageName(value, inputName = "image") {
  const name = value.trim();
  const fail = (why) => {
    throw new InputError(inputName, `${quoteValue(name)} ${why}`);
  };
  if (name === "") fail("is empty; write an image name such as ghcr.io/owner/name");
  if (name.length > MAX_NAME_LENGTH) fail(`is longer than ${MAX_NAME_LENGTH} characters`);
  if (name.includes("@")) fail("holds a digest; write the name only (tags go in `tags`)");
  const slash = name.indexOf("/");
  const host = slash < 0 ? "" : name.slice(0, slash);
  if (!isRegistryHost(host)) {
    const hub = name.includes("/") ? name : `library/${name}`;
    fail(
      `has no registry host; write the registry host first, for example ghcr.io/${name} or, for Docker Hub, docker.io/${hub}`
    );
  }
  const repository = name.slice(slash + 1);
  if (repository.includes(":")) fail("holds a tag; write the name only and list tags in `tags`");
  if (repository !== repository.toLowerCase()) {
    fail("holds upper-case letters; registry names must be lower case");
  }
  const components = repository.split("/");
  for (const component of components) {
    if (!PATH_COMPONENT.test(component)) {
      fail(
        `has an invalid path component ${quoteValue(component)}: each part between slashes must be lower-case letters and digits, separated by ".", "_", "__" or dashes`
      );
    }
  }
  if (!DOMAIN.test(host) && !IPV6_HOST.test(host))
    fail(`has an invalid registry host ${quoteValue(host)}`);
  return { registry: host, repository };
}
function isRegistryHost(part) {
  return part.includes(".") || part.includes(":") || part === "localhost";
}
function validateTag(tag, inputName = "tags") {
  if (!TAG.test(tag)) {
    throw new InputError(
      inputName,
      `${quoteValue(tag)} is not a valid tag: use up to 128 letters, digits, "_", "." and "-", not starting with "." or "-"`
    );
  }
  return tag;
}
function registryBaseUrl(registry) {
  const hostname = registry.startsWith("[") ? registry.slice(0, registry.indexOf("]") + 1) : registry.split(":")[0];
  const loopback = hostname === "localhost" || hostname === "[::1]" || /^127(?:\.\d{1,3}){3}$/.test(hostname ?? "");
  const host = registry === "docker.io" ? "registry-1.docker.io" : registry;
  return `${loopback ? "http" : "https"}://${host}`;
}
function checkDigest(digest) {
  if (!DIGEST.test(digest)) {
    throw new NixeryError(`Not a digest: ${quoteValue(digest)}`, "DIGEST_INVALID");
  }
}
function checkReference(reference) {
  if (!REFERENCE.test(reference)) {
    throw new NixeryError(`Not a tag or digest: ${quoteValue(reference)}`, "REFERENCE_INVALID");
  }
}

export {
  parseImageName,
  validateTag,
  registryBaseUrl,
  checkDigest,
  checkReference
};
