/**
 * The pkg-source grammar: `nixpkgs!`, `git!`, `path!`, `flake!` and `lock!` values, checked so
 * that nothing a user types can become a git option, a remote helper or Nix code.
 */
import { InputError, quoteValue } from '../core/errors.ts';
import { redactUrls } from '../core/url-secrets.ts';
import type { PkgSource } from '../nix/source.ts';

const allowedForms =
  'allowed forms are nixpkgs!<channel or 40-hex commit> (e.g. nixpkgs!nixos-25.05), ' +
  'git!<url>!<40-hex commit or ref> with an https://, http://, ssh://, git://, file:// or ' +
  'user@host:path URL, path!<directory>, flake!<flake ref> (e.g. flake!github:NixOS/nixpkgs/nixos-25.05, ' +
  'flake!. or flake!path:/abs/dir) and lock!<flake.lock input> (lock! alone means lock!nixpkgs)';

const fullRev = /^[0-9a-fA-F]{40}$/;
const channelName = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const urlSchemes = new Set(['https:', 'http:', 'ssh:', 'git:', 'file:']);
// git's own scp-like syntax; neither user nor host may look like an option.
const scpLike = /^[A-Za-z0-9_][A-Za-z0-9._-]*@[A-Za-z0-9][A-Za-z0-9.-]*:[^:]/;
// "<transport>::<address>" runs a git remote helper (ext:: runs any command).
const remoteHelper = /^[A-Za-z][A-Za-z0-9+.-]*::/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlChars = /[\u0000-\u001f\u007f]/;

function refuse(inputName: string, value: string, reason: string): never {
  // The value may hold a credential in its URL: the message shows the URL without it.
  throw new InputError(
    inputName,
    `${quoteValue(redactUrls(value))} is not a package source: ${redactUrls(reason)}; ${allowedForms}`,
  );
}

function checkGitUrl(url: string): string | undefined {
  if (url.startsWith('-')) return 'a git URL may not start with "-"';
  if (remoteHelper.test(url)) return 'git remote helpers (such as ext::) are not allowed';
  if (scpLike.test(url)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `${quoteValue(url)} is not a URL`;
  }
  if (!urlSchemes.has(parsed.protocol)) return `the URL scheme ${parsed.protocol} is not allowed`;
  if (parsed.protocol !== 'file:' && parsed.hostname === '') return 'the URL has no host';
  if (parsed.hostname.startsWith('-')) return 'a host may not start with "-"';
  return undefined;
}

// The subset of git-check-ref-format rules that matter for passing a ref to fetchGit.
function checkGitRef(ref: string): string | undefined {
  if (fullRev.test(ref)) return undefined;
  if (!/^[A-Za-z0-9_][A-Za-z0-9._/-]*$/.test(ref)) {
    return 'a git ref is a 40-hex commit or a name of letters, digits, ".", "_", "/" and "-"';
  }
  if (ref.includes('..') || ref.includes('//') || ref.endsWith('/') || ref.endsWith('.lock')) {
    return `${quoteValue(ref)} is not a valid git ref name`;
  }
  return undefined;
}

// A flake reference: a path, a URL or a registry name. It reaches Nix only as a string argument
// to builtins.getFlake, so this only keeps out what no flake reference holds.
const flakeRefChars = /^[A-Za-z0-9._~:/?#&=%+@,-]+$/;
const lockInputName = /^[A-Za-z0-9_][A-Za-z0-9_-]*$/;

function checkFlakeRef(ref: string): string | undefined {
  if (ref === '') return 'a flake source needs a flake reference';
  if (ref.startsWith('-')) return 'a flake reference may not start with "-"';
  if (!flakeRefChars.test(ref)) return 'a flake reference has no spaces, quotes or brackets';
  return undefined;
}

/** Parses and validates a pkg-source value; throws an InputError naming the allowed forms. */
export function parsePkgSource(value: string, inputName = 'pkg-source'): PkgSource {
  const trimmed = value.trim();
  if (controlChars.test(trimmed)) refuse(inputName, value, 'it contains control characters');
  const bang = trimmed.indexOf('!');
  if (bang < 0) refuse(inputName, value, 'it has no "<kind>!" prefix');
  const kind = trimmed.slice(0, bang);
  const rest = trimmed.slice(bang + 1);

  switch (kind) {
    case 'nixpkgs': {
      if (!channelName.test(rest)) {
        refuse(inputName, value, 'a nixpkgs channel name is letters, digits, ".", "_" and "-"');
      }
      return { kind, ref: fullRev.test(rest) ? rest.toLowerCase() : rest };
    }
    case 'git': {
      const lastBang = rest.lastIndexOf('!');
      if (lastBang < 0) refuse(inputName, value, 'a git source needs both a URL and a ref');
      const url = rest.slice(0, lastBang);
      const ref = rest.slice(lastBang + 1);
      if (url === '' || ref === '')
        refuse(inputName, value, 'a git source needs both a URL and a ref');
      const problem = checkGitUrl(url) ?? checkGitRef(ref);
      if (problem) refuse(inputName, value, problem);
      return { kind, url, ref: fullRev.test(ref) ? ref.toLowerCase() : ref };
    }
    case 'path': {
      if (rest === '') refuse(inputName, value, 'a path source needs a directory');
      return { kind, dir: rest };
    }
    case 'flake': {
      const problem = checkFlakeRef(rest);
      if (problem) refuse(inputName, value, problem);
      return { kind, ref: rest };
    }
    case 'lock': {
      const input = rest === '' ? 'nixpkgs' : rest;
      if (!input.split('/').every((part) => lockInputName.test(part))) {
        refuse(
          inputName,
          value,
          'a flake.lock input is a name like nixpkgs, or a path of names a/b',
        );
      }
      return { kind, input };
    }
    default:
      return refuse(inputName, value, `unknown kind ${quoteValue(kind)}`);
  }
}
