import type { Readable } from 'node:stream';
import { request, type Agent, type Dispatcher } from 'undici';
import { RegistryAuth, pullScope, pushScope } from './auth.ts';
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
}

export type TransportOptions = Pick<
  ResolvedClientOptions,
  'image' | 'credentials' | 'credentialSource' | 'baseUrl' | 'caFile' | 'insecure' | 'mountFrom'
> & {
  /** Connections kept per origin. */
  connections: number;
  maskSecret?: (secret: string) => void;
  now?: () => number;
};

/**
 * One connection pool and the authentication around every request. Nothing here retries: a
 * request is only sent twice when the first try was refused for lack of a (fresh) token.
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
      now: opts.now,
    });
  }

  /** Absolute URL for a path or Location, resolved against the registry. */
  resolve(url: string): URL {
    return new URL(url, this.baseUrl);
  }

  async send(opts: SendOptions): Promise<Dispatcher.ResponseData> {
    const url = this.resolve(opts.url);
    let sent = await this.authorizationFor(url);
    let res = await this.dispatch(opts, url, sent);
    if (res.statusCode === 401) {
      const challenge = res.headers['www-authenticate'];
      if (this.auth.onUnauthorized(challenge, this.scopes, sent)) {
        // A token that lapsed mid-push: the body is opened again and sent from its start.
        await res.body.dump();
        sent = await this.authorizationFor(url);
        res = await this.dispatch(opts, url, sent);
      }
    }
    if (!opts.expect.includes(res.statusCode)) {
      throw await this.failure(res, opts.action);
    }
    return res;
  }

  close(): Promise<void> {
    return this.agent.close();
  }

  private async failure(res: Dispatcher.ResponseData, action: string): Promise<RegistryError> {
    const where = `${this.opts.image.registry}/${this.opts.image.repository}`;
    if (res.statusCode === 401 && !this.auth.hasCredentials) {
      await res.body.dump();
      return new RegistryError(
        `${action} at ${where} needs credentials: the registry answered 401 and none were ` +
          'found (tried: anonymous). Give the username and password inputs, or log in first ' +
          'with docker/login-action',
        { status: 401, registryCode: 'UNAUTHORIZED' },
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

  /** Credentials go only to the registry's own origin, never to a host a Location points at. */
  private async authorizationFor(url: URL): Promise<string | undefined> {
    if (url.origin !== new URL(this.baseUrl).origin) return undefined;
    return this.auth.authorization(this.scopes);
  }

  private async dispatch(opts: SendOptions, url: URL, authorization: string | undefined) {
    const headers: Record<string, string> = { ...opts.headers };
    if (authorization) headers.authorization = authorization;
    const body = typeof opts.body === 'function' ? opts.body() : opts.body;
    const stream = body && !Buffer.isBuffer(body) ? body : undefined;
    try {
      const res = await request(url, {
        method: opts.method,
        headers,
        body,
        dispatcher: this.agent,
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
