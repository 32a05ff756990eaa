/**
 * Pure parsers for the image config inputs. Each throws an InputError naming the input and
 * the entry it could not read.
 */
import { InputError, quoteValue } from '../core/errors.ts';
import type { ImageConfigOptions } from '../image/config.ts';

export interface UserConfigInputs {
  entrypoint?: string;
  cmd?: string;
  env?: string;
  user?: string;
  workingDir?: string;
  exposedPorts?: string;
}

/** The `config` member of the image config from the raw input strings. */
export function parseUserConfig(inputs: UserConfigInputs): ImageConfigOptions['config'] {
  const ports = parseExposedPorts(inputs.exposedPorts ?? '');
  return {
    Entrypoint: parseCommand(inputs.entrypoint ?? '', 'entrypoint'),
    Cmd: parseCommand(inputs.cmd ?? '', 'cmd'),
    Env: parseEnv(inputs.env ?? ''),
    User: parseUser(inputs.user ?? ''),
    WorkingDir: parseWorkingDir(inputs.workingDir ?? ''),
    ExposedPorts: Object.keys(ports).length > 0 ? ports : undefined,
  };
}

/** A JSON array of strings (`["/bin/sh", "-c", "echo hi"]`), or words split on whitespace. */
export function parseCommand(value: string, input: string): string[] | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  if (!v.startsWith('[')) return v.split(/\s+/);
  let parsed: unknown;
  try {
    parsed = JSON.parse(v);
  } catch (err) {
    throw new InputError(input, `is not a valid JSON array: ${(err as Error).message}`);
  }
  if (!Array.isArray(parsed) || !parsed.every((s) => typeof s === 'string')) {
    throw new InputError(input, 'must be a JSON array of strings, e.g. ["/bin/sh", "-c", "date"].');
  }
  return parsed as string[];
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `KEY=value`, one a line; blank lines ignored; a later KEY replaces an earlier one. */
export function parseEnv(value: string): string[] | undefined {
  const vars = new Map<string, string>();
  for (const line of lines(value)) {
    const eq = line.indexOf('=');
    const key = eq > 0 ? line.slice(0, eq) : '';
    if (!ENV_NAME.test(key)) {
      throw new InputError(
        'env',
        `${quoteValue(line)} is not KEY=value with KEY of letters, digits and _ (not starting with a digit).`,
      );
    }
    vars.set(key, line.slice(eq + 1));
  }
  return vars.size > 0 ? [...vars].map(([k, v]) => `${k}=${v}`) : undefined;
}

/** `80 443/udp 53/sctp`: ports 1–65535, protocol tcp (default), udp or sctp. */
export function parseExposedPorts(value: string): Record<string, object> {
  const ports: Record<string, object> = {};
  for (const entry of value.split(/[\s,]+/).filter((s) => s !== '')) {
    const m = /^(\d{1,5})(?:\/(tcp|udp|sctp))?$/i.exec(entry);
    const port = Number(m?.[1]);
    if (!m || port < 1 || port > 65535) {
      throw new InputError(
        'exposed-ports',
        `${quoteValue(entry)} is not a port; use a number from 1 to 65535, optionally /tcp, /udp or /sctp (e.g. "80 443/udp").`,
      );
    }
    ports[`${port}/${(m[2] ?? 'tcp').toLowerCase()}`] = {};
  }
  return ports;
}

/** `name`, `uid`, `name:group` or `uid:gid`, as the OCI config's User field takes it. */
export function parseUser(value: string): string | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  if (!/^[A-Za-z0-9_.-]+(:[A-Za-z0-9_.-]+)?$/.test(v)) {
    throw new InputError(
      'user',
      `${quoteValue(value)} is not a user; use name, uid, name:group or uid:gid.`,
    );
  }
  return v;
}

export function parseWorkingDir(value: string): string | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  if (!v.startsWith('/') || /[\n\0]/.test(v)) {
    throw new InputError('working-dir', `${quoteValue(value)} is not an absolute path.`);
  }
  return v;
}

function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
