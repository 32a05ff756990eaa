import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { errorCode } from '../../../src/core/errors.ts';
import { withInputAdvice } from '../../../src/request/advice.ts';
import { memoryLogger } from '../../helpers/logger.ts';
import {
  DEFAULT_INSTALLER_URL,
  ensureNix,
  INSTALLER_PINS,
  type NixInstallOptions,
} from '../../../src/nix/install.ts';
import { startHttpServer, type TestHttpServer } from '../../helpers/http-server.ts';
import { requireTool } from '../../helpers/tools.ts';

// Stands in for the official installer, called the same way: it records its arguments and
// environment, then leaves a nix-build where the real one would (the single-user profile, or
// the default profile with --daemon, under NIX_FAKE_ROOT instead of the real /;
// named NIX_* because the installer runs with the allowlisted environment of src/nix/env.ts).
const FAKE_INSTALLER = `#!/bin/sh
set -eu
out="$HOME/.nix-profile/bin"
case " $* " in *" --daemon "*) out="$NIX_FAKE_ROOT/nix/var/nix/profiles/default/bin" ;; esac
{ printf 'args:'; printf ' %s' "$@"; printf '\\nno-modify-profile: %s\\n' "\${NIX_INSTALLER_NO_MODIFY_PROFILE:-}"; } > "$HOME/installer.log"
prev=''
for arg in "$@"; do
  if [ "$prev" = --nix-extra-conf-file ]; then /bin/cat "$arg" >> "$HOME/installer.log"; fi
  prev=$arg
done
/bin/mkdir -p "$out"
printf '#!/bin/sh\\necho "nix-build (Nix) 2.99.0"\\n' > "$out/nix-build"
/bin/chmod +x "$out/nix-build"
`;
const INSTALLER_PATH = '/nix/nix-2.99.0/install';
const installer = Buffer.from(FAKE_INSTALLER);
const installerSha256 = createHash('sha256').update(installer).digest('hex');

const saved = { ...process.env };
let tmp: string;
let home: string;
let server: TestHttpServer;
let log: ReturnType<typeof memoryLogger>;
let githubPath: string;

beforeEach(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'nixery-install-'));
  home = join(tmp, 'home');
  githubPath = join(tmp, 'github_path');
  await mkdir(home);
  await mkdir(join(tmp, 'runner-temp'));
  await writeFile(githubPath, '');
  // Set up like a runner: @actions/tool-cache and core.addPath read these from process.env.
  process.env.RUNNER_TOOL_CACHE = join(tmp, 'tool-cache');
  process.env.RUNNER_TEMP = join(tmp, 'runner-temp');
  process.env.GITHUB_PATH = githubPath;
  server = await startHttpServer({
    [INSTALLER_PATH]: installer,
    '/failing/install': Buffer.from('echo "no space left on /nix" >&2\nexit 3\n'),
  });
  log = memoryLogger();
});

afterEach(async () => {
  await server.stop();
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
  await rm(tmp, { recursive: true, force: true });
});

/** Options with no Nix reachable: an empty PATH, a fresh HOME and a fresh root for /nix. */
function options(overrides: Partial<NixInstallOptions> = {}): NixInstallOptions {
  return {
    mode: 'auto',
    installerUrl: server.url + INSTALLER_PATH,
    installerSha256,
    log,
    env: { HOME: home, PATH: '', NIX_FAKE_ROOT: join(tmp, 'root') },
    daemon: false,
    nixRoot: join(tmp, 'root'),
    ...overrides,
  };
}

const which = (cmd: string, env: NodeJS.ProcessEnv) =>
  spawnSync('sh', ['-c', 'command -v "$1"', 'sh', cmd], { env, encoding: 'utf8' }).stdout.trim();

const githubPathLines = async () =>
  (await readFile(githubPath, 'utf8')).split('\n').filter(Boolean);

test('downloads, verifies and runs the installer, then puts nix-build on PATH', async () => {
  const o = options();
  const nix = await ensureNix(o);
  const binDir = join(home, '.nix-profile', 'bin');
  assert.deepEqual(nix, { binDir, version: '2.99.0', installed: true });
  assert.equal(server.count(INSTALLER_PATH), 1);
  assert.deepEqual(await githubPathLines(), [binDir], 'later steps get the profile on PATH');
  assert.equal(o.env?.PATH, binDir, 'the given env can run Nix');
  assert.equal(process.env.PATH?.split(delimiter)[0], binDir, 'so can this process');
  const record = await readFile(join(home, 'installer.log'), 'utf8');
  assert.match(record, /^args: --no-daemon --yes --no-channel-add\n/);
  assert.match(record, /^no-modify-profile: 1$/m);
  assert.ok(log.lines.includes(`Nix installer SHA-256: ${installerSha256} (verified)`));
});

test('a daemon install uses --daemon, trusts the runner user and the default profile', async () => {
  const nix = await ensureNix(options({ daemon: true }));
  const binDir = join(tmp, 'root', 'nix', 'var', 'nix', 'profiles', 'default', 'bin');
  assert.deepEqual(nix, { binDir, version: '2.99.0', installed: true });
  const record = await readFile(join(home, 'installer.log'), 'utf8');
  assert.match(record, /^args: --daemon --yes --no-channel-add --nix-extra-conf-file \S+\n/);
  assert.match(record, /^trusted-users = root\b/m);
  assert.deepEqual(await githubPathLines(), [binDir]);
});

test('a wrong checksum fails with both digests and installs nothing', async () => {
  const wrong = 'ab'.repeat(32);
  await assert.rejects(ensureNix(options({ installerSha256: wrong })), (err: Error) => {
    assert.equal(errorCode(err), 'NIX_INSTALLER_CHECKSUM');
    assert.match(
      err.message,
      new RegExp(`SHA-256 ${installerSha256}, but nix-installer-sha256 is ${wrong}`),
    );
    assert.match(err.message, /Nothing was installed/);
    return true;
  });
  assert.equal(server.count(INSTALLER_PATH), 1);
  assert.equal(existsSync(join(home, 'installer.log')), false, 'the installer never ran');
  assert.equal(existsSync(join(home, '.nix-profile')), false);
  assert.equal(existsSync(join(tmp, 'tool-cache', 'nix-installer')), false, 'nothing cached');
  assert.deepEqual(await readdir(join(tmp, 'runner-temp')), [], 'the download was removed');
  assert.deepEqual(await githubPathLines(), []);
});

test('a second install reuses the tool cache without downloading again', async () => {
  await ensureNix(options());
  const secondHome = join(tmp, 'home2');
  await mkdir(secondHome);
  const second = await ensureNix(
    options({ env: { HOME: secondHome, PATH: '' }, nixRoot: join(tmp, 'root2') }),
  );
  assert.equal(second.installed, true);
  assert.equal(second.binDir, join(secondHome, '.nix-profile', 'bin'));
  assert.equal(server.count(INSTALLER_PATH), 1, 'one download for two installs');
  assert.ok(existsSync(join(secondHome, 'installer.log')), 'the cached installer ran');
  assert.ok(log.lines.some((l) => l.startsWith('Using the Nix installer from the tool cache')));
});

test('outside a runner (no tool cache) it downloads to a temporary file and installs', async () => {
  delete process.env.RUNNER_TOOL_CACHE;
  delete process.env.RUNNER_TEMP;
  delete process.env.GITHUB_PATH;
  const nix = await ensureNix(options());
  assert.equal(nix.installed, true);
  assert.equal(server.count(INSTALLER_PATH), 1);
  assert.equal(existsSync(join(tmp, 'tool-cache')), false);
  assert.deepEqual(await githubPathLines(), [], 'no runner, no GITHUB_PATH file');
});

test('with Nix on PATH (Debian nix-bin) nothing is downloaded', async () => {
  requireTool('nix-build', 'apt-get install -y nix-bin');
  const env = { HOME: home, PATH: process.env.PATH };
  const where = spawnSync('sh', ['-c', 'command -v nix-build'], { env, encoding: 'utf8' });
  const real = spawnSync('nix-build', ['--version'], { env, encoding: 'utf8' });
  const nix = await ensureNix(options({ env }));
  assert.equal(nix.installed, false);
  assert.equal(join(nix.binDir, 'nix-build'), where.stdout.trim());
  assert.match(nix.version, /^\d+\.\d+/);
  assert.ok(real.stdout.includes(nix.version), `${nix.version} is in ${real.stdout}`);
  assert.equal(server.requests.length, 0);
  assert.deepEqual(await githubPathLines(), [], 'already on PATH');
});

test('Nix in ~/.nix-profile but not on PATH is used and added to PATH', async () => {
  const binDir = join(home, '.nix-profile', 'bin');
  await mkdir(binDir, { recursive: true });
  await writeFile(join(binDir, 'nix-build'), '#!/bin/sh\necho "nix-build (Nix) 2.18.1"\n');
  await chmod(join(binDir, 'nix-build'), 0o755);
  const nix = await ensureNix(options());
  assert.deepEqual(nix, { binDir, version: '2.18.1', installed: false });
  assert.equal(server.requests.length, 0);
  assert.deepEqual(await githubPathLines(), [binDir]);
});

test("install-nix 'true' installs even when Nix is on PATH, while /nix does not exist", async () => {
  requireTool('nix-build', 'apt-get install -y nix-bin');
  const nix = await ensureNix(
    options({ mode: 'true', env: { HOME: home, PATH: process.env.PATH } }),
  );
  assert.deepEqual(nix, {
    binDir: join(home, '.nix-profile', 'bin'),
    version: '2.99.0',
    installed: true,
  });
  assert.equal(server.count(INSTALLER_PATH), 1);
});

test("install-nix 'true' with Nix installed and /nix present reuses it, never running the installer", async () => {
  requireTool('nix-build', 'apt-get install -y nix-bin');
  await mkdir(join(tmp, 'root', 'nix'), { recursive: true });
  const env = { HOME: home, PATH: process.env.PATH };
  const nix = await ensureNix(options({ mode: 'true', env }));
  assert.equal(nix.installed, false);
  assert.equal(join(nix.binDir, 'nix-build'), which('nix-build', env));
  assert.equal(server.requests.length, 0, 'nothing downloaded');
  assert.equal(existsSync(join(home, 'installer.log')), false, 'the installer never ran');
  const decision = log.lines.filter((l) =>
    l.startsWith('Installing Nix was asked for, but Nix is already'),
  );
  assert.equal(decision.length, 1, log.lines.join('\n'));
  assert.match(
    decision[0]!,
    /the installer refuses to install over it: using the Nix that is there/,
  );
});

test('an existing /nix without a Nix to use is refused before any download', async () => {
  await mkdir(join(tmp, 'root', 'nix'), { recursive: true });
  for (const mode of ['auto', 'true'] as const) {
    await assert.rejects(ensureNix(options({ mode })), (err: Error) => {
      assert.equal(errorCode(err), 'NIX_INSTALL_REFUSED');
      assert.match(err.message, /exists and the installer refuses to install over it/);
      assert.match(err.message, /Put the Nix that is there on PATH/);
      return true;
    });
  }
  assert.equal(server.requests.length, 0);
  assert.equal(existsSync(join(home, 'installer.log')), false);
});

test('a pinned installer URL is verified without nix-installer-sha256, and refused on mismatch', async () => {
  const url = server.url + INSTALLER_PATH;
  const wrong = 'cd'.repeat(32);
  await assert.rejects(
    ensureNix(options({ installerSha256: undefined, pins: { [url]: wrong } })),
    (err: Error) => {
      assert.equal(errorCode(err), 'NIX_INSTALLER_CHECKSUM');
      assert.match(err.message, new RegExp(`the SHA-256 pinned for this URL is ${wrong}`));
      return true;
    },
  );
  assert.equal(existsSync(join(home, 'installer.log')), false, 'the installer never ran');
  const nix = await ensureNix(
    options({ installerSha256: undefined, pins: { [url]: installerSha256 } }),
  );
  assert.equal(nix.installed, true);
  assert.ok(log.lines.includes(`Nix installer SHA-256: ${installerSha256} (verified)`));
});

test('the default installer URL is pinned', () => {
  assert.equal(DEFAULT_INSTALLER_URL, 'https://releases.nixos.org/nix/nix-2.31.2/install');
  assert.equal(
    INSTALLER_PINS[DEFAULT_INSTALLER_URL],
    '078e2ffeddf6a9c1f22adf41458ccc46a58bb26911a9e01579645314f9982994',
  );
});

test("install-nix 'false' without Nix fails with what to do", async () => {
  await assert.rejects(ensureNix(options({ mode: 'false' })), (err: Error) => {
    assert.equal(errorCode(err), 'NIX_NOT_FOUND_NO_INSTALL');
    assert.match(
      (withInputAdvice(err) as Error).message,
      /install Nix in an earlier step, or set install-nix: auto/,
    );
    return true;
  });
  assert.equal(server.requests.length, 0);
});

test('plain http without a pinned checksum is refused before any download', async () => {
  await assert.rejects(ensureNix(options({ installerSha256: undefined })), (err: Error) => {
    assert.equal(errorCode(err), 'INSTALLER_URL_INSECURE');
    assert.match(
      (withInputAdvice(err) as Error).message,
      /^Input 'nix-installer-url': .*use https/,
    );
    return true;
  });
  assert.equal(server.requests.length, 0);
});

test('a failing installer and a missing installer fail clearly', async () => {
  const failing = server.url + '/failing/install';
  await assert.rejects(
    ensureNix(
      options({
        installerUrl: failing,
        installerSha256: createHash('sha256')
          .update('echo "no space left on /nix" >&2\nexit 3\n')
          .digest('hex'),
      }),
    ),
    (err: Error) => {
      assert.equal(errorCode(err), 'NIX_INSTALL_FAILED');
      assert.match(err.message, /exit 3/);
      assert.match(err.message, /no space left on \/nix/);
      return true;
    },
  );
  await assert.rejects(ensureNix(options({ installerUrl: server.url + '/nix/missing/install' })), {
    code: 'NIX_INSTALLER_DOWNLOAD',
    message: /Could not download the Nix installer from .*\/nix\/missing\/install: .*404/,
  });
  assert.deepEqual(await githubPathLines(), []);
});
