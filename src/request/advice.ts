import { errorCode, InputError } from '../core/errors.ts';

/**
 * Advice about inputs for the coded errors of the modules that know nothing of them (image/,
 * registry/, nix/): an error whose code stands for one input becomes an InputError naming it;
 * an error a setting can fix gets a sentence naming the setting. Applied once, where a run
 * ends (runPipeline), so every entry point says the same.
 */
const INPUT_OF_CODE: Record<string, string> = {
  CA_FILE_OVER_HTTP: 'ca-file',
  CA_FILE_UNREADABLE: 'ca-file',
  CONCURRENCY_INVALID: 'concurrency',
  INSTALLER_SHA256_INVALID: 'nix-installer-sha256',
  INSTALLER_URL_INSECURE: 'nix-installer-url',
  INSTALLER_URL_INVALID: 'nix-installer-url',
  MAX_LAYERS_INVALID: 'max-layers',
  NIX_BUILD_USERS: 'nix-conf',
  MOUNT_FROM_INVALID: 'mount-from',
  MOUNT_FROM_OTHER_REGISTRY: 'mount-from',
  PLATFORM_UNKNOWN: 'system',
  TIMEOUT_INVALID: 'timeout',
};

const ADVICE_OF_CODE: Record<string, string> = {
  REGISTRY_TLS:
    ". If the registry's certificate comes from a private CA, give that CA with `ca-file`; " +
    'for a self-signed registry you trust, set `insecure: true`',
  CONTENTS_CONFLICT: '; use max-layers 2 or more, so that the store paths get layers of their own',
  NIX_NOT_FOUND_NO_INSTALL:
    '. install-nix is false: install Nix in an earlier step, or set install-nix: auto to let this action install it',
  REGISTRY_NO_CREDENTIALS:
    '. Give the username and password inputs, or log in first with docker/login-action',
};

/** The error as the user should see it: naming the input or setting that fixes it. */
export function withInputAdvice(err: unknown): unknown {
  const code = errorCode(err);
  if (!code || !(err instanceof Error)) return err;
  const input = Object.hasOwn(INPUT_OF_CODE, code) ? INPUT_OF_CODE[code] : undefined;
  if (input) return Object.assign(new InputError(input, err.message), { cause: err });
  const advice = Object.hasOwn(ADVICE_OF_CODE, code) ? ADVICE_OF_CODE[code] : undefined;
  if (advice && !err.message.endsWith(advice)) err.message += advice;
  return err;
}
