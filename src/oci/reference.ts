/**
 * The reference grammar: image names (host/repository), tags and digests, as distribution's
 * reference package defines them, and the base URL of a registry's API.
 */
import { InputError, NixeryError, quoteValue } from '../core/errors.ts';

/** Where an image goes: a registry host and a repository inside it. */
export interface ImageName {
  registry: string;
  repository: string;
}

// Grammar from distribution's reference package (reference/regexp.go).
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*$/;
const DOMAIN =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*(?::[0-9]+)?$/;
const IPV6_HOST = /^\[[a-fA-F0-9:]+\](?::[0-9]+)?$/;
const TAG_BODY = '[A-Za-z0-9_][A-Za-z0-9._-]{0,127}';
const DIGEST_BODY = '[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}';
const TAG = new RegExp(`^${TAG_BODY}$`);
const DIGEST = new RegExp(`^${DIGEST_BODY}$`);
const REFERENCE = new RegExp(`^(?:${TAG_BODY}|${DIGEST_BODY})$`);
const MAX_NAME_LENGTH = 255;

/**
 * Parses `host/path/name`. The host is required: a bare `owner/name` would silently mean
 * Docker Hub, which is rarely what a workflow pushing to GHCR intends.
 */
export function parseImageName(value: string, inputName = 'image'): ImageName {
  const name = value.trim();
  const fail = (why: string): never => {
    throw new InputError(inputName, `${quoteValue(name)} ${why}`);
  };
  if (name === '') fail('is empty; write an image name such as ghcr.io/owner/name');
  if (name.length > MAX_NAME_LENGTH) fail(`is longer than ${MAX_NAME_LENGTH} characters`);
  if (name.includes('@')) fail('holds a digest; write the name only (tags go in `tags`)');

  const slash = name.indexOf('/');
  const host = slash < 0 ? '' : name.slice(0, slash);
  if (!isRegistryHost(host)) {
    const hub = name.includes('/') ? name : `library/${name}`;
    fail(
      `has no registry host; write the registry host first, for example ghcr.io/${name} ` +
        `or, for Docker Hub, docker.io/${hub}`,
    );
  }
  const repository = name.slice(slash + 1);
  if (repository.includes(':')) fail('holds a tag; write the name only and list tags in `tags`');
  if (repository !== repository.toLowerCase()) {
    fail('holds upper-case letters; registry names must be lower case');
  }
  const components = repository.split('/');
  for (const component of components) {
    if (!PATH_COMPONENT.test(component)) {
      fail(
        `has an invalid path component ${quoteValue(component)}: each part between slashes ` +
          'must be lower-case letters and digits, separated by ".", "_", "__" or dashes',
      );
    }
  }
  if (!DOMAIN.test(host) && !IPV6_HOST.test(host))
    fail(`has an invalid registry host ${quoteValue(host)}`);
  return { registry: host, repository };
}

function isRegistryHost(part: string): boolean {
  return part.includes('.') || part.includes(':') || part === 'localhost';
}

export function validateTag(tag: string, inputName = 'tags'): string {
  if (!TAG.test(tag)) {
    throw new InputError(
      inputName,
      `${quoteValue(tag)} is not a valid tag: use up to 128 letters, digits, "_", "." and "-", ` +
        'not starting with "." or "-"',
    );
  }
  return tag;
}

/**
 * Loopback registries speak plain HTTP, as Docker assumes; everything else is HTTPS.
 * `docker.io` is only the name users write: its API lives on registry-1.docker.io.
 */
export function registryBaseUrl(registry: string): string {
  const hostname = registry.startsWith('[')
    ? registry.slice(0, registry.indexOf(']') + 1)
    : registry.split(':')[0];
  const loopback =
    hostname === 'localhost' ||
    hostname === '[::1]' ||
    /^127(?:\.\d{1,3}){3}$/.test(hostname ?? '');
  const host = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
  return `${loopback ? 'http' : 'https'}://${host}`;
}

/** A `<algorithm>:<encoded>` digest, before it goes into a registry URL. */
export function checkDigest(digest: string): void {
  if (!DIGEST.test(digest)) {
    throw new NixeryError(`Not a digest: ${quoteValue(digest)}`, 'DIGEST_INVALID');
  }
}

/** A tag or a digest, before it goes into a manifest URL. */
export function checkReference(reference: string): void {
  if (!REFERENCE.test(reference)) {
    throw new NixeryError(`Not a tag or digest: ${quoteValue(reference)}`, 'REFERENCE_INVALID');
  }
}
