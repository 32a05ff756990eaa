import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { NixeryError } from '../core/errors.ts';
import type { Logger } from '../core/log.ts';
import { runCommand, tailLines, type ExecResult } from './exec.ts';

/**
 * How this process reaches the Nix store, found out before anything is evaluated. Nix itself
 * picks a store quietly: a writable /nix/var/nix means a local store, a daemon socket means the
 * daemon, and a non-root user with neither gets a chroot store under ~/.local/share/nix/root,
 * whose paths are not under /nix/store, so evaluation succeeds and packing fails much later.
 * Each case gets its behaviour here, with what to change said once:
 *
 * | found | behaviour |
 * |---|---|
 * | local store, root, build-users-group names a missing group | builds as root (`build-users-group =`), one notice |
 * | daemon, trusted user | nothing to change |
 * | daemon, untrusted user | the store cache is off (the daemon refuses unsigned imports); ignored substituters named |
 * | non-root, no writable /nix, no daemon socket | fails before evaluating, saying what to install |
 */

export interface StoreAccess {
  kind: 'local' | 'daemon' | 'other';
  /** The `store` setting in force (`auto` unless NIX_REMOTE or nix.conf say otherwise). */
  store: string;
  user: string;
  /** The daemon accepts this user's unsigned imports and settings (always true off a daemon). */
  trusted: boolean;
  /** Substituters the daemon said it ignores for this user. */
  ignoredSubstituters: string[];
  /** Settings the daemon said it ignores for this user. */
  ignoredSettings: string[];
  /** nix.conf lines this action adds for its own Nix runs (never exported to later steps). */
  extraConf: string[];
}

export interface StoreAccessOptions {
  /** Directory holding nix-build (and nix). */
  binDir: string;
  /** The environment Nix runs with (the user's nix-conf lines included). */
  env: NodeJS.ProcessEnv;
  /** The user's nix-conf lines, to tell their settings from the machine's. */
  userConf: string[];
  log: Logger;
}

// The daemon warns about each substituter of an untrusted client (Nix 2.8 and later); this
// one is never used, so its warning is the sign of an untrusted user.
const PROBE_SUBSTITUTER = 'file:///nixery-action-trust-probe';
const PROBE_PATH_NAME = '00000000000000000000000000000000-nixery-action-probe';

/** Values of the settings this module depends on, as Nix reports them. */
interface NixSettings {
  store: string;
  buildUsersGroup: string;
  storeDir: string;
}

async function readSettings(o: StoreAccessOptions, uid: number): Promise<NixSettings> {
  const fallback: NixSettings = {
    store: o.env.NIX_REMOTE || 'auto',
    // Nix's own default: build users only when it runs as root.
    buildUsersGroup: uid === 0 ? 'nixbld' : '',
    storeDir: o.env.NIX_STORE_DIR || '/nix/store',
  };
  // `nix show-config` (`nix config show` since Nix 2.20) prints what nix.conf, NIX_CONFIG and
  // NIX_REMOTE make of every setting, without opening the store. Without either: Nix's defaults.
  let r: ExecResult | undefined;
  for (const command of [['show-config'], ['config', 'show']]) {
    r = await runCommand(
      join(o.binDir, 'nix'),
      ['--extra-experimental-features', 'nix-command', ...command, '--json'],
      { env: o.env, log: o.log },
    ).catch(() => undefined);
    if (r?.code === 0) break;
  }
  if (!r || r.code !== 0) return fallback;
  try {
    const json = JSON.parse(r.stdout) as Record<string, { value?: unknown } | undefined>;
    const str = (name: string, def: string) => {
      const v = json[name]?.value;
      return typeof v === 'string' ? v : def;
    };
    return {
      store: str('store', fallback.store),
      buildUsersGroup: str('build-users-group', fallback.buildUsersGroup),
      storeDir: str('store-dir', fallback.storeDir),
    };
  } catch {
    return fallback;
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether a group exists, as the system's name service sees it (files, LDAP, …). */
async function groupExists(name: string, log: Logger): Promise<boolean> {
  const r = await runCommand('getent', ['group', name], { log }).catch(() => undefined);
  if (r) return r.code === 0;
  // No getent: read /etc/group.
  try {
    return readFileSync('/etc/group', 'utf8')
      .split('\n')
      .some((line) => line.split(':')[0] === name);
  } catch {
    return false;
  }
}

const DAEMON_ADVICE =
  'Install multi-user Nix (the official installer with --daemon, or let this action install Nix on a ' +
  'fresh runner; on Debian/Ubuntu: apt-get install nix-setup-systemd and add this user to the ' +
  'nix-users group), or run the job as root';

/** The store Nix would pick for `store = auto`, or a clear error where it has none to offer. */
function autoStore(env: NodeJS.ProcessEnv, uid: number, user: string): 'local' | 'daemon' {
  const stateDir = env.NIX_STATE_DIR || '/nix/var/nix';
  const socket = env.NIX_DAEMON_SOCKET_PATH || join(stateDir, 'daemon-socket', 'socket');
  if (writable(stateDir)) return 'local';
  if (existsSync(socket)) return 'daemon';
  // Root creates /nix itself.
  if (uid === 0) return 'local';
  if (!existsSync(stateDir)) {
    throw new NixeryError(
      `Nix cannot reach a Nix store: ${stateDir} does not exist, no nix-daemon socket is at ` +
        `${socket}, and user ${user} is not root, so Nix would quietly build in a private chroot ` +
        `store under ~/.local/share/nix/root whose paths are not under /nix/store. ${DAEMON_ADVICE}.`,
      'NIX_NO_STORE',
    );
  }
  throw new NixeryError(
    `Nix cannot reach the Nix store: ${stateDir} is not writable by user ${user} and no ` +
      `nix-daemon socket is at ${socket}. Start the nix-daemon (systemctl start nix-daemon, or ` +
      `nix-daemon.socket), or: ${DAEMON_ADVICE}.`,
    'NIX_NO_STORE',
  );
}

function storeKind(
  store: string,
  env: NodeJS.ProcessEnv,
  uid: number,
  user: string,
): StoreAccess['kind'] {
  if (store === '' || store === 'auto') return autoStore(env, uid, user);
  if (store === 'daemon' || store.startsWith('unix://')) {
    const stateDir = env.NIX_STATE_DIR || '/nix/var/nix';
    const socket = store.startsWith('unix://')
      ? store.slice('unix://'.length).split('?')[0]!
      : env.NIX_DAEMON_SOCKET_PATH || join(stateDir, 'daemon-socket', 'socket');
    if (!existsSync(socket)) {
      throw new NixeryError(
        `Nix is set to use the nix-daemon (store = ${store}), but no socket is at ${socket}. ` +
          'Start the nix-daemon (systemctl start nix-daemon), or unset NIX_REMOTE.',
        'NIX_NO_STORE',
      );
    }
    return 'daemon';
  }
  if (store === 'local' || store.startsWith('local?')) return 'local';
  return 'other';
}

/**
 * Asks the daemon whether it trusts this user: one cheap store query sent with a substituter the
 * daemon can only accept from a trusted user. The same answer names every substituter of the
 * user's settings that the daemon ignores.
 */
async function probeDaemon(o: StoreAccessOptions, storeDir: string) {
  const env = { ...o.env };
  env.NIX_CONFIG = `${env.NIX_CONFIG ?? ''}\nextra-substituters = ${PROBE_SUBSTITUTER}`;
  const r = await runCommand(
    join(o.binDir, 'nix-store'),
    ['--check-validity', '--print-invalid', `${storeDir}/${PROBE_PATH_NAME}`],
    { env, log: o.log },
  );
  if (r.code !== 0) {
    throw new NixeryError(
      `Nix cannot talk to the nix-daemon (nix-store exited with ${r.code}):\n${tailLines(r.stderr)}`,
      'NIX_NO_STORE',
    );
  }
  const substituters = [...r.stderr.matchAll(/ignoring untrusted substituter '([^']*)'/g)].map(
    (m) => m[1]!,
  );
  const settings = [
    ...r.stderr.matchAll(/ignoring the (?:client|user)-specified setting '([^']*)'/gi),
  ].map((m) => m[1]!);
  return {
    trusted: !substituters.includes(PROBE_SUBSTITUTER) && settings.length === 0,
    ignoredSubstituters: [...new Set(substituters.filter((s) => s !== PROBE_SUBSTITUTER))],
    ignoredSettings: [...new Set(settings)],
  };
}

function confKey(line: string): string {
  return line.slice(0, line.indexOf('=')).trim();
}

/** Finds out how Nix reaches its store and what this action must do about it (see above). */
export async function checkStoreAccess(o: StoreAccessOptions): Promise<StoreAccess> {
  const uid = process.getuid?.() ?? 0;
  const user = userInfo().username;
  const settings = await readSettings(o, uid);
  const kind = storeKind(settings.store, o.env, uid, user);
  const access: StoreAccess = {
    kind,
    store: settings.store,
    user,
    trusted: true,
    ignoredSubstituters: [],
    ignoredSettings: [],
    extraConf: [],
  };
  if (kind === 'local' && uid === 0 && settings.buildUsersGroup !== '') {
    const group = settings.buildUsersGroup;
    if (!(await groupExists(group, o.log))) {
      if (o.userConf.some((l) => confKey(l) === 'build-users-group')) {
        throw new NixeryError(
          `build-users-group = ${group} names a group that does not exist. ` +
            'Create the group and its build users, or write "build-users-group =" to build as root.',
          'NIX_BUILD_USERS',
        );
      }
      access.extraConf.push('build-users-group =');
      o.log.info(
        `Nix runs as root without a daemon and its build-users-group '${group}' does not exist: ` +
          "this action's Nix runs use 'build-users-group =' and build as root. For build users, " +
          `create the group '${group}' and its members (as the multi-user Nix installer does).`,
      );
    }
  }
  if (kind === 'daemon') Object.assign(access, await probeDaemon(o, settings.storeDir));
  const userKeys = new Set(o.userConf.map(confKey));
  const ignoredUserSettings = access.ignoredSettings.filter((k) => userKeys.has(k));
  if (access.ignoredSubstituters.length > 0 || ignoredUserSettings.length > 0) {
    const what = [
      ...access.ignoredSubstituters.map((s) => `substituter ${s}`),
      ...ignoredUserSettings.map((k) => `setting ${k}`),
    ].join(', ');
    o.log.warning(
      `The nix-daemon ignores ${what}: user ${user} is not trusted. Add ${user} to ` +
        `trusted-users in the daemon's nix.conf ("trusted-users = root ${user}"), or the ` +
        'substituters to its trusted-substituters, and restart the daemon.',
    );
  }
  return access;
}
