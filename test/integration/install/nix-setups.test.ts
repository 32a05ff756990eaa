/**
 * The action on every way Nix is found, with real Nix: root without build users, a nix-daemon
 * with trusted and untrusted users, and a non-root user with no daemon (with /nix missing and
 * with /nix root-owned). Each case runs the freshly bundled action as a runner would, as the
 * user it is about. Nothing machine-wide changes: the daemons are private (own nix.conf, own
 * socket) over the real /nix/store, /nix is hidden only inside a private mount namespace, and
 * the test users (nixery-it-a, nixery-it-b) have no login and no home on disk.
 *
 * The store cache runs end to end: the real @actions/cache talks to a local stand-in for
 * GitHub's cache service (GitHub cannot run here) in front of the real Azurite blob emulator.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  chmod,
  chown,
  copyFile,
  cp,
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  readlink,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCommand } from '../../../src/nix/exec.ts';
import { parseCommandFile, repoRoot } from '../../helpers/action.ts';
import { startAzurite, type Azurite } from '../../helpers/azurite.ts';
import { startCacheService, type CacheService } from '../../helpers/cache-service.ts';
import {
  ensureTestUser,
  startNixDaemon,
  type NixDaemon,
  type TestUser,
} from '../../helpers/nix-daemon.ts';
import { requireTool } from '../../helpers/tools.ts';

const nonce = randomBytes(6).toString('hex');
// Two tiny packages built with a static busybox; the nonce makes them new to the store, and
// each build says so on stderr, so a run that restored them from the cache is visible.
const packageSet = `{ system ? builtins.currentSystem }:
let
  busybox = builtins.path { path = ./busybox; name = "busybox"; };
  bb = "\${busybox}/bin/busybox";
  mk = name: version: derivation {
    inherit name system version;
    nonce = "${nonce}";
    builder = bb;
    args = [ "sh" "-e" "-c" "echo building-\${name} >&2; mkdir -p $out/bin; printf '#!\${bb} sh\\\\necho \${name}\\\\n' > $out/bin/\${name}; chmod 555 $out/bin/\${name}" ];
  };
in { hello = mk "it-hello" "1"; extra = mk "it-extra" (builtins.readFile ./extra-version); }
`;

let work: string;
let bundle: string;
let pkgsDir: string;
let sharedTmp: string;
let azurite: Azurite;
let service: CacheService;
let userA: TestUser;
let userB: TestUser;

interface StepRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
}

interface Step {
  /** The user to run as; root when absent. */
  as?: TestUser;
  entry?: 'index.js' | 'post.js';
  inputs: Record<string, string>;
  env?: Record<string, string>;
  state?: Record<string, string>;
  /** Run inside a private mount namespace where /nix is an empty tmpfs. */
  hideNix?: boolean;
}

/** A folder in the scratch space owned by `user` (mode 0700). */
async function ownedDir(name: string, user?: TestUser): Promise<string> {
  const dir = await mkdtemp(join(work, `${name}-`));
  if (user) await chown(dir, user.uid, user.gid);
  return dir;
}

/** Runs a bundled entry point as a runner does, as the given user. */
async function runStep(step: Step): Promise<StepRun> {
  const user = step.as;
  const files = await ownedDir('files', user);
  const names = { GITHUB_OUTPUT: 'output', GITHUB_STEP_SUMMARY: 'summary', GITHUB_STATE: 'state' };
  const fileEnv: Record<string, string> = {};
  for (const [variable, name] of Object.entries(names)) {
    const file = join(files, name);
    await writeFile(file, '');
    if (user) await chown(file, user.uid, user.gid);
    fileEnv[variable] = file;
  }
  const home = join(work, `home-${user?.name ?? 'root'}`);
  const env: Record<string, string> = {
    PATH: process.env.PATH!,
    HOME: home,
    NIX_CONFIG: 'substituters =',
    TMPDIR: sharedTmp,
    GITHUB_WORKSPACE: join(work, `workspace-${user?.name ?? 'root'}`),
    GITHUB_REPOSITORY: 'org/repo',
    ...fileEnv,
    ...step.env,
  };
  for (const [name, value] of Object.entries(step.state ?? {})) env[`STATE_${name}`] = value;
  for (const [name, value] of Object.entries(step.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  let argv = [process.execPath, join(bundle, step.entry ?? 'index.js')];
  if (user) {
    const ids = ['--reuid', String(user.uid), '--regid', String(user.gid), '--clear-groups'];
    argv = ['setpriv', ...ids, '--', ...argv];
  }
  if (step.hideNix) {
    const script = 'mount -t tmpfs -o mode=0755 nixery-it /nix && exec "$@"';
    argv = [
      'unshare',
      '--mount',
      '--propagation',
      'private',
      '--',
      'sh',
      '-c',
      script,
      'sh',
      ...argv,
    ];
  }
  const child = spawn(argv[0]!, argv.slice(1), { env, cwd: work });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const read = async (name: string) => parseCommandFile(await readFile(join(files, name), 'utf8'));
  const run = { code, stdout, stderr, outputs: await read('output'), state: await read('state') };
  await rm(files, { recursive: true, force: true });
  return run;
}

const lines = (run: StepRun, pattern: RegExp) =>
  run.stdout.split('\n').filter((l) => pattern.test(l));
const show = (run: StepRun) => `${run.stdout}\n${run.stderr}`;

async function outPath(attr: string): Promise<string> {
  const r = await runCommand('nix-instantiate', [
    '--eval',
    '--json',
    '--expr',
    `(import ${JSON.stringify(pkgsDir)} {}).${attr}.outPath`,
  ]);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as string;
}

/** Removes the test packages from the store (they are this run's own, named by the nonce). */
async function deleteBuilt(): Promise<void> {
  const paths = [await outPath('hello'), await outPath('extra')].filter((p) => existsSync(p));
  if (paths.length === 0) return;
  const r = await runCommand('nix-store', ['--delete', ...paths]);
  assert.equal(r.code, 0, r.stderr);
}

before(async () => {
  for (const [tool, pkg] of [
    ['nix-build', 'nix-bin'],
    ['nix-daemon', 'nix-bin'],
    ['setpriv', 'util-linux'],
    ['unshare', 'util-linux'],
    ['busybox', 'busybox-static'],
  ]) {
    requireTool(tool!, `apt-get install -y ${pkg}`);
  }
  if (process.getuid?.() !== 0) throw new Error('these tests run as root (they create test users)');
  userA = ensureTestUser('nixery-it-a');
  userB = ensureTestUser('nixery-it-b');
  work = await mkdtemp(join(tmpdir(), 'nixery-setups-'));
  // The test users read the bundle and the package set from here.
  await chmod(work, 0o755);
  // The action as a runner checks it out: the bundle in dist/, the Nix expression in nix/.
  bundle = join(work, 'action', 'dist');
  execFileSync(process.execPath, [join(repoRoot, 'scripts/build.mjs'), bundle], { cwd: repoRoot });
  await cp(join(repoRoot, 'nix'), join(work, 'action', 'nix'), { recursive: true });
  // Locally built paths are cached only when signed (src/cache/verify-import.ts).
  const keys = await runCommand('nix-store', [
    '--generate-binary-cache-key',
    'nix-setups-1',
    join(work, 'cache.sec'),
    join(work, 'cache.pub'),
  ]);
  assert.equal(keys.code, 0, keys.stderr);
  signingKey = (await readFile(join(work, 'cache.sec'), 'utf8')).trim();
  pkgsDir = join(work, 'pkgs');
  await mkdir(join(pkgsDir, 'busybox', 'bin'), { recursive: true });
  const busybox = execFileSync('sh', ['-c', 'command -v busybox'], { encoding: 'utf8' }).trim();
  await copyFile(busybox, join(pkgsDir, 'busybox', 'bin', 'busybox'));
  await chmod(join(pkgsDir, 'busybox', 'bin', 'busybox'), 0o755);
  await writeFile(join(pkgsDir, 'default.nix'), packageSet);
  await writeFile(join(pkgsDir, 'extra-version'), '1');
  // One temp dir shared by every user, as /tmp is: sticky and world-writable.
  sharedTmp = join(work, 'shared-tmp');
  await mkdir(sharedTmp);
  await chmod(sharedTmp, 0o1777);
  for (const user of [userA, userB, undefined]) {
    for (const prefix of ['home', 'workspace']) {
      const dir = join(work, `${prefix}-${user?.name ?? 'root'}`);
      await mkdir(dir);
      if (user) await chown(dir, user.uid, user.gid);
    }
  }
  azurite = await startAzurite();
  service = await startCacheService(azurite);
});

after(async () => {
  await service?.stop();
  await azurite?.stop();
  if (pkgsDir) await deleteBuilt().catch(() => undefined);
  if (work) await rm(work, { recursive: true, force: true });
});

let signingKey: string;
const inputs = (packages: string) => ({
  packages,
  'pkg-source': `path!${pkgsDir}`,
  push: 'false',
  'cache-signing-key': signingKey,
});

describe('multi-user nix-daemon, the action as trusted non-root users', () => {
  let daemon: NixDaemon;
  const planted = [
    'nixery-action-store',
    'nixery-store-cache',
    'nixery-store.nar',
    'nixery-action',
  ];
  let victim: string;

  before(async () => {
    daemon = await startNixDaemon(`trusted-users = root ${userA.name} ${userB.name}`);
    // What another local user could leave in the shared temp dir: the old fixed archive folder
    // as a symlink to somewhere else, a folder under each name this action uses as a prefix, a
    // symlink where the archive's name would be.
    victim = join(work, 'victim');
    await mkdir(victim);
    await symlink(victim, join(sharedTmp, 'nixery-action-store'));
    await mkdir(join(sharedTmp, 'nixery-store-cache'), { mode: 0o755 });
    await mkdir(join(sharedTmp, 'nixery-action'), { mode: 0o755 });
    await symlink(join(victim, 'closure.nar'), join(sharedTmp, 'nixery-store.nar'));
  });

  after(async () => {
    await daemon?.stop();
  });

  test('two users one after the other both restore and save the store cache', async () => {
    await deleteBuilt();
    const env = { ...daemon.env, ...service.env };
    const step = (as: TestUser, packages: string, extra: Partial<Step> = {}) =>
      runStep({ as, inputs: inputs(packages), env, ...extra });

    // A builds hello and extra (nothing cached yet) and its post step saves them.
    const a1 = await step(userA, 'hello extra');
    assert.equal(a1.code, 0, show(a1));
    assert.equal(a1.outputs['cache-hit'], 'false');
    assert.match(a1.stdout, /No store cache entry restored/);
    assert.match(a1.stderr + a1.stdout, /building-it-hello/);
    const a1post = await step(userA, 'hello extra', { entry: 'post.js', state: a1.state });
    assert.equal(a1post.code, 0, show(a1post));
    assert.match(a1post.stdout, /Saved store cache entry nixery-store-/, show(a1post));

    // extra changes. B wants the same packages: it restores A's entry (a partial hit: same
    // package list, other derivations), builds only the new extra, and saves.
    await deleteBuilt();
    await writeFile(join(pkgsDir, 'extra-version'), '2');
    const b1 = await step(userB, 'hello extra');
    assert.equal(b1.code, 0, show(b1));
    assert.match(b1.stdout, /Importing .* \(partial\)/, show(b1));
    assert.doesNotMatch(b1.stdout + b1.stderr, /building-it-hello/, 'hello came from the cache');
    assert.match(b1.stdout + b1.stderr, /building-it-extra/);
    const b1post = await step(userB, 'hello extra', { entry: 'post.js', state: b1.state });
    assert.match(b1post.stdout, /Saved store cache entry nixery-store-/, show(b1post));
    assert.equal(service.entries().length, 2);

    // A again, for hello and extra: B's entry is an exact hit; nothing is built.
    await deleteBuilt();
    const a2 = await step(userA, 'hello extra');
    assert.equal(a2.code, 0, show(a2));
    assert.equal(a2.outputs['cache-hit'], 'true', show(a2));
    assert.doesNotMatch(a2.stdout + a2.stderr, /building-it-/);
    assert.equal(a2.outputs.digest, b1.outputs.digest, 'the same image from the restored store');
    const a2post = await step(userA, 'hello extra', { entry: 'post.js', state: a2.state });
    assert.match(a2post.stdout, /was restored exactly; not saving it again/);
    for (const run of [a1, a1post, b1, b1post, a2, a2post]) {
      assert.doesNotMatch(run.stdout, /::warning::/, show(run));
    }

    // The planted files were neither used nor changed, and nothing else was left behind.
    assert.deepEqual(await readdir(victim), [], 'nothing was written through the symlinks');
    assert.equal(await readlink(join(sharedTmp, 'nixery-action-store')), victim);
    // The SBOM is an output later steps read, so its (fresh, private) folder stays.
    const left = (await readdir(sharedTmp)).filter((n) => !n.startsWith('nixery-action-sbom-'));
    assert.deepEqual(left.sort(), [...planted].sort());
    for (const name of ['nixery-store-cache', 'nixery-action']) {
      const st = await lstat(join(sharedTmp, name));
      assert.equal(st.uid, 0, `${name} is still root's`);
      assert.deepEqual(await readdir(join(sharedTmp, name)), []);
    }
  });
});

describe('multi-user nix-daemon, the action as an untrusted user', () => {
  let daemon: NixDaemon;
  before(async () => {
    daemon = await startNixDaemon('trusted-users = root');
  });
  after(async () => {
    await daemon?.stop();
  });

  test('switches the store cache off with one line and reports ignored substituters', async () => {
    const callsBefore = service.calls().length;
    const env = { ...daemon.env, ...service.env };
    const substituter = 'http://127.0.0.1:9/nixery-it-cache';
    const run = await runStep({
      as: userA,
      inputs: { ...inputs('hello'), 'nix-conf': `extra-substituters = ${substituter}` },
      env,
    });
    assert.equal(run.code, 0, show(run));
    const ignored = lines(run, /The nix-daemon ignores/);
    const off = lines(run, /Store cache off/);
    assert.equal(off.length, 1, show(run));
    assert.match(off[0]!, /does not trust user nixery-it-a/);
    assert.match(off[0]!, /add nixery-it-a to trusted-users in the daemon's nix\.conf/);
    assert.match(off[0]!, /"trusted-users = root nixery-it-a"/);
    assert.match(ignored[0] ?? '', /Add nixery-it-a to trusted-users/);
    assert.equal(ignored.length, 1, show(run));
    assert.ok(ignored[0]!.includes(`substituter ${substituter}`), ignored[0]);
    assert.ok(!ignored[0]!.includes('nixery-action-trust-probe'), 'the probe is not reported');
    assert.equal(run.state['store-cache-file'], undefined, 'nothing for the post step to save');
    const post = await runStep({ as: userA, entry: 'post.js', inputs: inputs('hello'), env });
    assert.equal(post.code, 0, show(post));
    assert.match(post.stdout, /No store cache to save/);
    assert.equal(service.calls().length, callsBefore, 'no download, no upload');
  });
});

describe('root, single-user Nix, no build users', () => {
  let confDir: string;
  before(async () => {
    confDir = await ownedDir('conf-no-build-users');
    // A configured build-users-group that does not exist, as on a fresh Debian machine (Nix
    // as root defaults to nixbld, and nix-bin without recommends creates no such group).
    await writeFile(join(confDir, 'nix.conf'), 'build-users-group = nixery-it-nogroup\n');
  });

  test('builds as root with one notice', async () => {
    await deleteBuilt();
    const env = { NIX_CONF_DIR: confDir, RUNNER_TEMP: await ownedDir('runner-temp') };
    // Without the action's help, Nix itself fails here.
    const plain = await runCommand(
      'nix-build',
      ['--no-out-link', '-A', 'hello', join(pkgsDir, 'default.nix')],
      { env: { ...process.env, ...env, NIX_CONFIG: 'substituters =' } },
    );
    assert.notEqual(plain.code, 0);
    assert.match(
      plain.stderr,
      /the group 'nixery-it-nogroup' specified in 'build-users-group' does not exist/,
    );

    const run = await runStep({ inputs: inputs('hello'), env });
    assert.equal(run.code, 0, show(run));
    const notices = lines(run, /build-users-group 'nixery-it-nogroup' does not exist/);
    assert.equal(notices.length, 1, show(run));
    assert.match(notices[0]!, /use 'build-users-group =' and build as root/);
    assert.match(run.outputs.digest ?? '', /^sha256:[0-9a-f]{64}$/);
  });

  test('a missing group named in nix-conf fails naming the line that fixes it', async () => {
    const env = { NIX_CONF_DIR: confDir, RUNNER_TEMP: await ownedDir('runner-temp') };
    const run = await runStep({
      inputs: { ...inputs('hello'), 'nix-conf': 'build-users-group = nixery-it-nogroup' },
      env,
    });
    assert.equal(run.code, 1, show(run));
    assert.match(
      run.stdout,
      /::error::Input 'nix-conf': build-users-group = nixery-it-nogroup names a group that does not exist.*"build-users-group ="/,
    );
  });
});

describe('non-root user, no daemon, no writable /nix', () => {
  test('with no /nix at all: fails before evaluating, and no chroot store appears', async () => {
    const home = join(work, `home-${userB.name}`);
    const run = await runStep({ as: userB, inputs: inputs('hello'), hideNix: true });
    assert.equal(run.code, 1, show(run));
    assert.match(
      run.stdout,
      /::error::Nix cannot reach a Nix store: \/nix\/var\/nix does not exist/,
    );
    assert.match(run.stdout, /Install multi-user Nix/);
    assert.doesNotMatch(run.stdout + run.stderr, /ENOENT|lstat|evaluat/i);
    assert.equal(existsSync(join(home, '.local', 'share', 'nix')), false, 'no chroot store');
  });

  test('with a root-owned /nix and no daemon socket: fails saying what to start', async () => {
    const socket = join(work, 'no-daemon', 'socket');
    const run = await runStep({
      as: userB,
      inputs: inputs('hello'),
      env: { NIX_DAEMON_SOCKET_PATH: socket },
    });
    assert.equal(run.code, 1, show(run));
    assert.match(
      run.stdout,
      /::error::Nix cannot reach the Nix store: \/nix\/var\/nix is not writable by user nixery-it-b and no nix-daemon socket is at .*Start the nix-daemon/,
    );
    assert.doesNotMatch(run.stdout + run.stderr, /cannot connect to socket|ENOENT/);
  });
});
