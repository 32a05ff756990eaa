import type { Readable } from 'node:stream';
import type { Agent, Dispatcher } from 'undici';
import { NixeryError } from '../core/errors.ts';
import { RegistryAuth, pullScope, pushScope } from './auth.ts';
import { timedRequest } from './deadline.ts';
import { RegistryError, errorFromResponse } from './errors.ts';
import type { ResolvedClientOptions } from './options.ts';
import { createAgent, describeTlsFailure } from './tls.ts';

export interface SendOptions {
  method: 'GET' | 'HEAD' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** A path under the registry (`/v2/...`) or an absolute URL such as an upload Location. */
  url: string;
  headers?: Record<string, string>;
  /**
   * A Buffer, or a function opening a fresh stream from byte 0: either can be sent again when
   * the registry asks for a new token halfway through.
   */
  body?: Buffer | (() => Readable);
  /** Statuses the caller handles; anything else becomes a RegistryError. */
  expect: number[];
  /** For error messages: "Uploading blob sha256:…". */
  action: string;
  /**
   * GET and HEAD follow redirects unless this is false; a blob HEAD reads a 3xx as "present"
   * instead (registries redirect only to content they hold, and a URL presigned for GET
   * refuses HEAD).
   */
  followRedirects?: boolean;
}

/** Redirect statuses followed for GET and HEAD. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
export const MAX_REDIRECTS = 5;

export type TransportOptions = Pick<
  ResolvedClientOptions,
  | 'image'
  | 'credentials'
  | 'credentialSource'
  | 'baseUrl'
  | 'caFile'
  | 'insecure'
  | 'mountFrom'
  | 'timeoutMs'
> & {
  /** Connections kept per origin. */
  connections: number;
  maskSecret?: (secret: string) => void;
  now?: () => number;
};

/**
 * One connection pool and the authentication around every request, each limited by the
 * no-progress timeout (deadline.ts). Nothing here retries: a request is only sent twice when
 * the first try was refused for lack of a (fresh) token. GET and HEAD follow redirects;
 * credentials go along only while a redirect stays on the registry's own origin.
 */
export class RegistryTransport {
  readonly baseUrl: string;
  readonly auth: RegistryAuth;
  private readonly agent: Agent;
  /** Push first; pull on each mount source so that one token serves every request. */
  private readonly scopes: string[];

  constructor(private readonly opts: TransportOptions) {
    this.baseUrl = opts.baseUrl;
    this.agent = createAgent(opts);
    this.scopes = [pushScope(opts.image.repository), ...opts.mountFrom.map(pullScope)];
    this.auth = new RegistryAuth({
      image: opts.image,
      credentials: opts.credentials,
      credentialSource: opts.credentialSource,
      maskSecret: opts.maskSecret,
      dispatcher: this.agent,
      registryUrl: opts.baseUrl,
      timeoutMs: opts.timeoutMs,
      now: opts.now,
    });
  }

  /** Absolute URL for a path or Location, resolved against the registry. */
  resolve(url: string): URL {
    return new URL(url, this.baseUrl);
  }

  async send(opts: SendOptions): Promise<Dispatcher.ResponseData> {
    const follow =
      (opts.method === 'GET' || opts.method === 'HEAD') && opts.followRedirects !== false;
    let url = this.resolve(opts.url);
    // Once a redirect has left the registry's origin, nothing it leads to gets credentials,
    // even a hop that comes back.
    let trusted = true;
    for (let hops = 0; ; hops++) {
      trusted &&= url.origin === this.origin;
      const res = await this.sendOnce(opts, url, trusted);
      const location = res.headers.location;
      if (!follow || !REDIRECTS.has(res.statusCode) || typeof location !== 'string') {
        if (!opts.expect.includes(res.statusCode)) throw await this.failure(res, opts.action);
        return res;
      }
      await res.body.dump();
      const next = new URL(location, url);
      if (hops >= MAX_REDIRECTS) {
        throw new NixeryError(
          `${opts.action} at ${this.where}: more than ${MAX_REDIRECTS} redirects (last to ` +
            `${next.origin}${next.pathname})`,
          'REGISTRY_REDIRECT',
        );
      }
      if (url.protocol === 'https:' && next.protocol !== 'https:') {
        throw new NixeryError(
          `${opts.action} at ${this.where}: the registry redirected from https to ` +
            `${next.protocol.replace(':', '')} (${next.origin}); refused`,
          'REGISTRY_REDIRECT',
        );
      }
      url = next;
    }
  }

  /** One request; with credentials, sent again once when a 401 asks for a (fresh) token. */
  private async sendOnce(
    opts: SendOptions,
    url: URL,
    trusted: boolean,
  ): Promise<Dispatcher.ResponseData> {
    let sent = trusted ? await this.auth.authorization(this.scopes) : undefined;
    let res = await this.dispatch(opts, url, sent);
    if (res.statusCode === 401 && trusted) {
      const challenge = res.headers['www-authenticate'];
      if (this.auth.onUnauthorized(challenge, this.scopes, sent)) {
        // A token that lapsed mid-push: the body is opened again and sent from its start.
        await res.body.dump();
        sent = await this.auth.authorization(this.scopes);
        res = await this.dispatch(opts, url, sent);
      }
    }
    return res;
  }

  close(): Promise<void> {
    return this.agent.close();
  }

  private get origin(): string {
    return new URL(this.baseUrl).origin;
  }

  private get where(): string {
    return `${this.opts.image.registry}/${this.opts.image.repository}`;
  }

  private async failure(res: Dispatcher.ResponseData, action: string): Promise<RegistryError> {
    const where = this.where;
    if (res.statusCode === 401 && !this.auth.hasCredentials) {
      await res.body.dump();
      return new RegistryError(
        `${action} at ${where} needs credentials: the registry answered 401 and none were ` +
          'found (tried: anonymous)',
        { status: 401, registryCode: 'UNAUTHORIZED', code: 'REGISTRY_NO_CREDENTIALS' },
      );
    }
    return errorFromResponse(res, {
      action,
      registry: this.opts.image.registry,
      repository: this.opts.image.repository,
      redact: (t) => this.auth.redact(t),
      credentialSource: this.opts.credentialSource,
    });
  }

  private async dispatch(opts: SendOptions, url: URL, authorization: string | undefined) {
    const headers: Record<string, string> = { ...opts.headers };
    if (authorization) headers.authorization = authorization;
    const body = typeof opts.body === 'function' ? opts.body() : opts.body;
    // A Buffer goes out in pieces (each one counts as progress), so it needs its length said.
    if (Buffer.isBuffer(body) && !Object.keys(headers).some((h) => /^content-length$/i.test(h))) {
      headers['content-length'] = `${body.length}`;
    }
    const stream = body && !Buffer.isBuffer(body) ? body : undefined;
    try {
      const res = await timedRequest({
        url,
        method: opts.method,
        headers,
        body,
        dispatcher: this.agent,
        timeoutMs: this.opts.timeoutMs,
        registry: this.opts.image.registry,
        action: opts.action,
      });
      // A server may answer before reading the whole body (a refusal); stop reading the source.
      if (stream && res.statusCode >= 300) stream.destroy();
      return res;
    } catch (err) {
      stream?.destroy();
      throw describeTlsFailure(err, url.host) ?? err;
    }
  }
}
