import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { nixConfigEnv } from '../../../src/nix/conf.ts';
import { parseNixConf } from '../../../src/request/nix-conf.ts';
import { requireTool } from '../../helpers/tools.ts';

test('settings from nix-conf reach a real Nix and override earlier NIX_CONFIG lines', () => {
  requireTool('nix', 'apt-get install -y nix-bin');
  const earlier = 'substituters =\ncores = 7\nextra-experimental-features = nix-command';
  const env = nixConfigEnv(parseNixConf('cores = 3\nconnect-timeout = 9').settings, {
    ...process.env,
    NIX_CONFIG: earlier,
  });
  const r = spawnSync('nix', ['show-config', '--json'], { env, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const config = JSON.parse(r.stdout) as Record<string, { value: unknown }>;
  assert.equal(config.cores?.value, 3);
  assert.equal(config['connect-timeout']?.value, 9);
  assert.deepEqual(config.substituters?.value, [], 'the earlier line is still in force');
});
