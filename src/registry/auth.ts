import type { Dispatcher } from 'undici';
import { NixeryError } from '../core/errors.ts';
import { parseChallenges } from './challenge.ts';
import { timedRequest } from './deadline.ts';
import { RegistryError, errorFromResponse } from './errors.ts';
import { registryBaseUrl, type ImageName } from '../oci/reference.ts';

export interface Credentials {
  username: string;
  /** Empty when only an identity token is known. */
  password: string;
  /**
   * A refresh token (`identitytoken` in a Docker config, as Azure ACR writes): traded at the
   * token realm for access tokens with the OAuth2 refresh-token grant of the token spec.
   */
  identityToken?: string;
}

/** Sent as `client_id` in the refresh-token grant, which the token spec requires. */
const CLIENT_ID = 'nixery-action';

export interface RegistryAuthOptions {
  image: ImageName;
  credentials?: Credentials;
  dispatcher: Dispatcher;
  /** Named when the credentials are refused: "username/password inputs for user ci". */
  credentialSource?: string;
  /**
   * Registers each token the registry issues as soon as it is known. The credentials are the
   * entry point's to mask: they were known before this client existed.
   */
  maskSecret?: (secret: string) => void;
  /** The registry's base URL (default: from the image name); decides which realms are safe. */
  registryUrl?: string;
  /** No-progress timeout of token requests (default 30 s). */
  timeoutMs?: number;
  /** Clock for token lifetimes; tests move it forward. */
  now?: () => number;
}

type Scheme =
  { kind: 'basic' } | { kind: 'bearer'; realm: string; service?: string; scope?: string };

interface CachedToken {
  value: string;
  refreshAt: number;
}

/** The spec's lifetime when the token service names none. */
const DEFAULT_TOKEN_SECONDS = 60;
const MAX_REFRESH_MARGIN_MS = 30_000;

/**
 * Chooses the Authorization header for registry requests. It stays anonymous until the registry
 * challenges, then follows the challenge: Basic with the credentials, or a Bearer token fetched
 * from the challenge's realm and cached per set of scopes until shortly before it expires.
 */
export class RegistryAuth {
  private scheme?: Scheme;
  private readonly tokens = new Map<string, CachedToken>();
  private readonly fetching = new Map<string, Promise<CachedToken>>();
  private readonly now: () => number;

  constructor(private readonly opts: RegistryAuthOptions) {
    this.now = opts.now ?? Date.now;
  }

  /** The Authorization value for a request needing `scopes`; undefined while anonymous. */
  async authorization(scopes: string[]): Promise<string | undefined> {
    const scheme = this.scheme;
    if (!scheme) return undefined;
    if (scheme.kind === 'basic') return this.basic();
    const key = scopeKey(scopes);
    const cached = this.tokens.get(key);
    if (cached && this.now() < cached.refreshAt) return `Bearer ${cached.value}`;
    let pending = this.fetching.get(key);
    if (!pending) {
      pending = this.fetchToken(scheme, scopes).finally(() => this.fetching.delete(key));
      this.fetching.set(key, pending);
    }
    const token = await pending;
    this.tokens.set(key, token);
    return `Bearer ${token.value}`;
  }

  /**
   * Learns from a 401 and drops the token that was refused. Returns whether sending the request
   * again with a new Authorization can help.
   */
  onUnauthorized(header: string | string[] | undefined, scopes: string[], sent?: string): boolean {
    const challenges = parseChallenges(header);
    const bearer = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
    const basic = challenges.find((c) => c.scheme === 'basic');
    // Only the token that was refused is dropped: requests sent before it arrived (anonymous
    // ones racing the first challenge) must not throw away a fresh token.
    const cached = this.tokens.get(scopeKey(scopes));
    if (cached && sent === `Bearer ${cached.value}`) this.tokens.delete(scopeKey(scopes));
    if (bearer?.params.realm) {
      this.scheme = {
        kind: 'bearer',
        realm: bearer.params.realm,
        service: bearer.params.service,
        scope: bearer.params.scope,
      };
      return true;
    }
    if (basic && this.opts.credentials?.password) {
      this.scheme = { kind: 'basic' };
      return sent === undefined || !sent.startsWith('Basic ');
    }
    return false;
  }

  /** Whether a credential of any kind was offered (for error messages). */
  get hasCredentials(): boolean {
    return this.opts.credentials !== undefined;
  }

  /** Hides the password and every token in text that may reach a log. */
  redact(text: string): string {
    const secrets = [...this.tokens.values()].map((t) => t.value);
    const creds = this.opts.credentials;
    if (creds) secrets.push(creds.password, basicValue(creds), creds.identityToken ?? '');
    let out = text;
    // Longest first, so that a short password cannot break up a longer secret containing it.
    for (const secret of secrets.sort((a, b) => b.length - a.length)) {
      if (secret) out = out.split(secret).join('***');
    }
    return out;
  }

  private mask(secret: string): void {
    if (secret) this.opts.maskSecret?.(secret);
  }

  private basic(): string | undefined {
    const creds = this.opts.credentials;
    return creds?.password ? `Basic ${basicValue(creds)}` : undefined;
  }

  private async fetchToken(
    scheme: Extract<Scheme, { kind: 'bearer' }>,
    scopes: string[],
  ): Promise<CachedToken> {
    const url = new URL(scheme.realm);
    const wanted = withChallengeScope(scopes, scheme.scope);
    const identityToken = this.opts.credentials?.identityToken;
    const basic = this.basic();
    if (identityToken || basic) this.checkRealm(url);
    const headers: Record<string, string> = { accept: 'application/json' };
    let body: Buffer | undefined;
    if (identityToken) {
      // The token spec's OAuth2 form: POST the refresh token, get an access token back.
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: identityToken,
        client_id: CLIENT_ID,
        scope: wanted.join(' '),
      });
      if (scheme.service) form.set('service', scheme.service);
      body = Buffer.from(form.toString());
      headers['content-type'] = 'application/x-www-form-urlencoded';
    } else {
      if (scheme.service) url.searchParams.set('service', scheme.service);
      for (const scope of wanted) url.searchParams.append('scope', scope);
      if (basic) headers.authorization = basic;
    }
    const action = `Getting a token from ${url.origin}${url.pathname}`;
    const issuedAt = this.now();
    const res = await timedRequest({
      url,
      method: identityToken ? 'POST' : 'GET',
      headers,
      body,
      dispatcher: this.opts.dispatcher,
      timeoutMs: this.opts.timeoutMs ?? 30_000,
      registry: url.host,
      action,
    });
    if (res.statusCode !== 200) {
      throw await errorFromResponse(res, {
        action,
        registry: this.opts.image.registry,
        repository: this.opts.image.repository,
        redact: (t) => this.redact(t),
        credentialSource: this.opts.credentialSource,
      });
    }
    const answer = (await res.body.json()) as {
      token?: unknown;
      access_token?: unknown;
      expires_in?: unknown;
    };
    const value = typeof answer.token === 'string' ? answer.token : answer.access_token;
    if (typeof value !== 'string' || value === '') {
      throw new RegistryError(`The token service at ${url.origin} answered without a token`, {
        status: res.statusCode,
        retryable: false,
      });
    }
    this.mask(value);
    const seconds =
      typeof answer.expires_in === 'number' && answer.expires_in > 0
        ? answer.expires_in
        : DEFAULT_TOKEN_SECONDS;
    const lifetime = seconds * 1000;
    // Refresh early so that a long upload never starts with a token about to lapse.
    return {
      value,
      refreshAt: issuedAt + lifetime - Math.min(MAX_REFRESH_MARGIN_MS, lifetime / 4),
    };
  }

  /**
   * Credentials go to an https realm, or to a plain http one only when the registry itself is
   * plain HTTP on this machine and so is the realm (a local test setup): anything else would
   * send them readable over the network.
   */
  private checkRealm(realm: URL): void {
    if (realm.protocol === 'https:') return;
    const registry = new URL(this.opts.registryUrl ?? registryBaseUrl(this.opts.image.registry));
    const local =
      realm.protocol === 'http:' &&
      registry.protocol === 'http:' &&
      isLoopback(registry.hostname) &&
      isLoopback(realm.hostname);
    if (local) return;
    throw new NixeryError(
      `${this.opts.image.registry} sends clients to the token service ${realm.origin}, which is ` +
        `not https: credentials (${this.opts.credentialSource ?? 'given'}) are never sent ` +
        'there. Plain http token services are used only for a plain HTTP registry on loopback',
      'TOKEN_REALM_INSECURE',
    );
  }
}

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

function basicValue(creds: Credentials): string {
  return Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
}

function scopeKey(scopes: string[]): string {
  return scopes.join(' ');
}

/** Our scopes first (the push scope leads), then whatever else the registry asked for. */
function withChallengeScope(scopes: string[], challengeScope: string | undefined): string[] {
  const out = [...scopes];
  for (const scope of challengeScope?.split(' ') ?? []) {
    const resource = scope.split(':').slice(0, -1).join(':');
    if (scope && !out.some((s) => s.startsWith(`${resource}:`))) out.push(scope);
  }
  return out;
}

/** The scope that allows pushing to (and reading from) a repository. */
export function pushScope(repository: string): string {
  return `repository:${repository}:pull,push`;
}

/** The scope that allows reading a repository, e.g. a source to mount blobs from. */
export function pullScope(repository: string): string {
  return `repository:${repository}:pull`;
}
