import { randomBytes } from 'node:crypto';

/** A value that must never be shown, and a name for it in failure messages. */
export interface Secret {
  name: string;
  value: string;
  /**
   * Also refuse any run of this many characters of the value (a secret cut short by a
   * truncated error body still gives most of it away). Off when absent.
   */
  window?: number;
}

/** A random secret of letters and digits that cannot turn up in logs by chance. */
export function randomSecret(prefix: string): string {
  return `${prefix}${randomBytes(24).toString('base64url').replace(/[-_]/g, 'x')}`;
}

/** The secrets Basic auth derives from a user name and password. */
export function basicSecrets(name: string, username: string, password: string): Secret[] {
  const basic = Buffer.from(`${username}:${password}`).toString('base64');
  return [
    { name: `${name} password`, value: password, window: 12 },
    // With a one-letter user name every 16 characters of the base64 carry password bytes.
    { name: `${name} base64(user:password)`, value: basic, window: 16 },
  ];
}

/** A bearer token, and its signature part (the part that makes a JWT worth stealing). */
export function tokenSecrets(tokens: string[]): Secret[] {
  return tokens.flatMap((token, i) => {
    const signature = token.split('.').at(-1) ?? token;
    return [
      { name: `bearer token ${i + 1}`, value: token },
      { name: `bearer token ${i + 1} signature`, value: signature, window: 16 },
    ];
  });
}

/**
 * Searches captured texts (stdout, stderr, the output and summary files) for secrets. Lines
 * that register a secret with the runner's masker (`::add-mask::`) are the one place a secret
 * may appear: the runner consumes them and shows nothing. Returns one description per find.
 */
export function findLeaks(texts: Record<string, string>, secrets: Secret[]): string[] {
  const leaks: string[] = [];
  for (const [where, text] of Object.entries(texts)) {
    text.split('\n').forEach((line, index) => {
      if (line.startsWith('::add-mask::')) return;
      for (const secret of secrets) {
        const found = leakIn(line, secret);
        if (found) leaks.push(`${secret.name} (${found}) in ${where} line ${index + 1}`);
      }
    });
  }
  return leaks;
}

function leakIn(line: string, secret: Secret): string | undefined {
  if (!secret.value) return undefined;
  if (line.includes(secret.value)) return 'whole value';
  const w = secret.window;
  if (!w || secret.value.length <= w) return undefined;
  for (let i = 0; i + w <= secret.value.length; i++) {
    if (line.includes(secret.value.slice(i, i + w))) return `${w} characters from offset ${i}`;
  }
  return undefined;
}

/** Everything a run leaves for people to read: both streams, the summary and the outputs. */
export function capturedTexts(run: {
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
}): Record<string, string> {
  const lines = (values: Record<string, string>) =>
    Object.entries(values)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n');
  return {
    stdout: run.stdout,
    stderr: run.stderr,
    'job summary': run.summary,
    GITHUB_OUTPUT: lines(run.outputs),
    GITHUB_STATE: lines(run.state),
  };
}
