/**
 * Nix's own distributed builds: the action, with `builders = ssh-ng://…` in nix-conf and the
 * key and known_hosts as files, has a second Nix store on this machine (a chroot store under a
 * private folder, reached through a private sshd from Debian's openssh-server) build the
 * package, and packs the image from what came back. `max-jobs = 0` forbids local builds.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runAction } from '../../helpers/action.ts';
import { testPkgsDir } from '../../helpers/pkgs.ts';
import { startRegistry, type TestRegistry } from '../../helpers/registry.ts';
import { startSshd, type TestSshd } from '../../helpers/sshd.ts';

let sshd: TestSshd;
let registry: TestRegistry;
let work: string;

before(async () => {
  // The remote end's Nix has no network either: no binary cache to wait for.
  sshd = await startSshd({ NIX_CONFIG: 'substituters =' });
  registry = await startRegistry();
  work = mkdtempSync(join(tmpdir(), 'nixery-remote-build-'));
});
after(async () => {
  await sshd?.stop();
  await registry?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('a remote builder over ssh-ng builds the package the image is packed from', async () => {
  const nonce = randomBytes(8).toString('hex');
  const remoteRoot = join(work, 'remote');
  // A package no store has built yet: its nonce is new.
  writeFileSync(
    join(work, 'default.nix'),
    `{ }: let t = import ${JSON.stringify(testPkgsDir())} { }; bb = "\${t.busybox}/bin/busybox"; in {
      remote-hello = derivation {
        name = "remote-hello"; system = builtins.currentSystem; builder = bb; nonce = "${nonce}";
        args = [ "sh" "-c" "\${bb} mkdir -p $out/bin; echo \\"#!\${bb} sh\\" > $out/bin/remote-hello; echo \\"echo built remotely ${nonce}\\" >> $out/bin/remote-hello; \${bb} chmod 555 $out/bin/remote-hello" ];
      };
    }`,
  );
  const builder = `ssh-ng://root@127.0.0.1?remote-store=${remoteRoot} x86_64-linux - 1 1`;
  const run = await runAction(
    {
      packages: 'remote-hello',
      'pkg-source': `path!${work}`,
      image: `${registry.host}/remote/hello`,
      cache: 'false',
      'nix-conf': `builders = ${builder}\nmax-jobs = 0\nbuilders-use-substitutes = false`,
      'builder-ssh-key': sshd.clientKey,
      'builder-known-hosts': sshd.knownHosts,
    },
    // The port, as a workflow would set it: NIX_SSHOPTS is Nix's own variable for ssh options.
    { env: { NIX_SSHOPTS: `-p ${sshd.port}` } },
  );
  assert.equal(run.code, 0, run.stdout + run.stderr);
  const built =
    // The log shows URLs without user info or query (they may carry credentials).
    /building '(\/nix\/store\/[a-z0-9]{32}-remote-hello\.drv)' on 'ssh-ng:\/\/(root@)?127\.0\.0\.1[^']*'/.exec(
      run.stdout,
    );
  assert.ok(built, `the log says the remote built it:\n${run.stdout}`);
  assert.match(run.outputs.digest ?? '', /^sha256:[0-9a-f]{64}$/);
  // The output exists in the remote store too: it was built there and copied back.
  const out = /(\/nix\/store\/[a-z0-9]{32}-remote-hello)\b/.exec(
    run.stdout.split('\n').find((l) => l.includes('remote-hello → ')) ?? '',
  )?.[1];
  assert.ok(out, run.stdout);
  assert.ok(existsSync(join(remoteRoot, out)), `${out} is in the remote store`);
  assert.ok(existsSync(out), `${out} came back to the local store`);
  // The key never reaches the log.
  const key = readFileSync(sshd.clientKey, 'utf8');
  const keyBody = key.split('\n').find((l) => l.length > 40 && !l.startsWith('-----'))!;
  assert.ok(!run.stdout.includes(keyBody) && !run.stderr.includes(keyBody));
  assert.doesNotMatch(run.stdout + run.stderr, /PRIVATE KEY/);
});
