import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorCode } from '../../../src/core/errors.ts';
import { memoryLogger } from '../../helpers/logger.ts';
import { formatCommandLine, runCommand, tailLines } from '../../../src/nix/exec.ts';

const node = process.execPath;

describe('runCommand', () => {
  it('collects stdout, stderr and the exit code without throwing', async () => {
    const script = "process.stdout.write('out'); process.stderr.write('err'); process.exit(3)";
    assert.deepEqual(await runCommand(node, ['-e', script]), {
      stdout: 'out',
      stderr: 'err',
      code: 3,
    });
  });

  it('passes arguments as data, not through a shell', async () => {
    const tricky = '$(echo no); `echo no` && echo no';
    const result = await runCommand(node, ['-e', 'process.stdout.write(process.argv[1])', tricky]);
    assert.equal(result.stdout, tricky);
  });

  it('streams whole stderr lines, also when a character is split between chunks', async () => {
    // "é" is two bytes; the child writes its first byte, waits, then the rest.
    const script = `
      const e = Buffer.from('é\\n');
      process.stderr.write(Buffer.concat([Buffer.from('one\\ntw'), e.subarray(0, 1)]));
      setTimeout(() => process.stderr.write(Buffer.concat([e.subarray(1), Buffer.from('last')])), 50);`;
    const lines: string[] = [];
    const result = await runCommand(node, ['-e', script], { onStderrLine: (l) => lines.push(l) });
    assert.deepEqual(lines, ['one', 'twé', 'last']);
    assert.equal(result.stderr, 'one\ntwé\nlast');
  });

  it('uses the given environment and working directory', async () => {
    const script = 'process.stdout.write(process.env.NIX_TEST_VALUE + " " + process.cwd())';
    const result = await runCommand(node, ['-e', script], {
      env: { NIX_TEST_VALUE: 'x' },
      cwd: '/',
    });
    assert.equal(result.stdout, 'x /');
  });

  it('logs the command line at debug level', async () => {
    const log = memoryLogger();
    await runCommand(node, ['-e', '0', "it's"], { log });
    assert.deepEqual(log.lines, [`debug: $ ${node} -e 0 'it'\\''s'`]);
  });

  it('explains how to install a missing Nix', async () => {
    await assert.rejects(runCommand('nix-store-that-does-not-exist', []), (err: Error) => {
      assert.equal(errorCode(err), 'COMMAND_NOT_FOUND');
      assert.match(err.message, /nix-store-that-does-not-exist' was not found/);
      assert.match(err.message, /apt-get install -y nix-bin/);
      return true;
    });
  });
});

describe('tailLines', () => {
  it('keeps the last non-empty lines', () => {
    const text = Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n\n') + '\n';
    const tail = tailLines(text, 30).split('\n');
    assert.equal(tail.length, 30);
    assert.equal(tail[0], 'line 20');
    assert.equal(tail.at(-1), 'line 49');
  });
});

describe('formatCommandLine', () => {
  it('quotes only what a shell would need quoted', () => {
    assert.equal(
      formatCommandLine('nix-instantiate', ['--argstr', 'packages', '["a b"]', 'path!/x']),
      `nix-instantiate --argstr packages '["a b"]' path!/x`,
    );
  });
});
