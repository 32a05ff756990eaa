import type { Logger } from './log.ts';

/**
 * The one place an entry point keeps its secrets. Parsers only return the secrets they saw
 * (Request.secrets); stages report the ones they learn later (credentials from a Docker
 * config, tokens a registry issues) through the `maskSecret` hook, which is `add` here.
 *
 * Each secret is registered once with `register` (the action passes the runner's masker,
 * `core.setSecret`; the CLI, which has none, passes nothing) and is cut out of every message
 * logged through `logger()` and of every text passed to `redact()`. The runner masks only
 * exact strings, so derived forms (the base64 of user:password that Basic auth sends) are
 * added as secrets of their own.
 */
export class SecretSet {
  private readonly values = new Set<string>();

  constructor(private readonly register: (secret: string) => void = () => {}) {}

  add(...secrets: string[]): void {
    for (const secret of secrets) {
      if (!secret || this.values.has(secret)) continue;
      this.values.add(secret);
      this.register(secret);
    }
  }

  /** The text with every known secret replaced by `***`. */
  redact(text: string): string {
    let out = text;
    // Longest first, so that a short secret cannot break up a longer one containing it.
    for (const secret of [...this.values].sort((a, b) => b.length - a.length)) {
      out = out.split(secret).join('***');
    }
    return out;
  }

  /** A logger that redacts every message before `base` sees it. */
  logger(base: Logger): Logger {
    return {
      info: (m) => base.info(this.redact(m)),
      debug: (m) => base.debug(this.redact(m)),
      warning: (m) => base.warning(this.redact(m)),
      group: (name, fn) => base.group(this.redact(name), fn),
    };
  }
}

/** The secrets that Basic auth with these credentials sends or derives. */
export function credentialSecrets(c: {
  username: string;
  password: string;
  identityToken?: string;
}): string[] {
  const basic = c.password
    ? [c.password, Buffer.from(`${c.username}:${c.password}`).toString('base64')]
    : [];
  return [...basic, ...(c.identityToken ? [c.identityToken] : [])];
}
