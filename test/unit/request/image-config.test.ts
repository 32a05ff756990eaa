import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  parseCommand,
  parseEnv,
  parseExposedPorts,
  parseUser,
  parseUserConfig,
  parseWorkingDir,
} from '../../../src/request/image-config.ts';
import { parseKeyValueLines } from '../../../src/request/labels.ts';

describe('user config inputs', () => {
  it('entrypoint/cmd: JSON array or whitespace-split words', () => {
    assert.deepEqual(parseCommand('["/bin/sh", "-c", "echo a b"]', 'cmd'), [
      '/bin/sh',
      '-c',
      'echo a b',
    ]);
    assert.deepEqual(parseCommand('  /bin/hello   --loud ', 'entrypoint'), [
      '/bin/hello',
      '--loud',
    ]);
    assert.equal(parseCommand('  ', 'cmd'), undefined);
    assert.throws(() => parseCommand('[1, 2]', 'entrypoint'), /entrypoint.*array of strings/);
    assert.throws(() => parseCommand('["a"', 'cmd'), /cmd.*not a valid JSON array/);
  });

  it('env: KEY=value lines, later keys win, values keep = and spaces', () => {
    assert.deepEqual(parseEnv('A=1\n\n B=x=y z \nA=2'), ['A=2', 'B=x=y z']);
    assert.throws(() => parseEnv('1A=x'), /env.*"1A=x"/);
    assert.throws(() => parseEnv('NOEQUALS'), /env/);
  });

  it('exposed-ports: numbers with an optional protocol', () => {
    assert.deepEqual(parseExposedPorts('80 443/udp, 53/SCTP'), {
      '80/tcp': {},
      '443/udp': {},
      '53/sctp': {},
    });
    for (const bad of ['0', '65536', '80/icmp', 'http']) {
      assert.throws(() => parseExposedPorts(bad), /exposed-ports/);
    }
  });

  it('labels: key=value lines', () => {
    assert.deepEqual(
      parseKeyValueLines('org.opencontainers.image.source=https://x/y\na=b=c', 'labels').values,
      {
        'org.opencontainers.image.source': 'https://x/y',
        a: 'b=c',
      },
    );
    assert.throws(() => parseKeyValueLines('no value here', 'labels'), /labels/);
  });

  it('user and working-dir', () => {
    assert.equal(parseUser('1000:100'), '1000:100');
    assert.throws(() => parseUser('a b'), /user/);
    assert.equal(parseWorkingDir('/srv'), '/srv');
    assert.throws(() => parseWorkingDir('srv'), /working-dir.*absolute/);
  });

  it('all together, leaving out what was not given', () => {
    assert.deepEqual(parseUserConfig({ cmd: 'hello', exposedPorts: '8080' }), {
      Entrypoint: undefined,
      Cmd: ['hello'],
      Env: undefined,
      User: undefined,
      WorkingDir: undefined,
      ExposedPorts: { '8080/tcp': {} },
    });
  });
});
