import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../../src/core/errors.ts';
import { expandNixeryNames, SHELL_PACKAGES } from '../../../src/request/nixery-names.ts';

const shellTools = ['bashInteractive', 'coreutils', 'moreutils', 'nano'];

describe('expandNixeryNames', () => {
  const cases: { names: string[]; packages: string[]; system?: string }[] = [
    { names: ['git', 'htop'], packages: ['git', 'htop'] },
    { names: ['shell', 'git', 'htop'], packages: [...shellTools, 'git', 'htop'].sort() },
    { names: ['shell'], packages: shellTools },
    {
      names: ['arm64', 'shell', 'git'],
      packages: [...shellTools, 'git'].sort(),
      system: 'aarch64-linux',
    },
    {
      names: ['shell', 'arm64', 'git'],
      packages: [...shellTools, 'git'].sort(),
      system: 'aarch64-linux',
    },
    { names: ['arm64', 'hello'], packages: ['hello'], system: 'aarch64-linux' },
    // Only a leading run is special, as in Nixery: later on they are package names.
    { names: ['git', 'shell'], packages: ['git', 'shell'] },
    { names: ['git', 'arm64'], packages: ['arm64', 'git'] },
    { names: ['shell', 'shell', 'nano'], packages: shellTools },
    { names: ['zlib', 'git', 'git'], packages: ['git', 'zlib'] },
  ];
  for (const c of cases) {
    it(`${c.names.join('/')} → ${c.packages.join(' ')}${c.system ? ` on ${c.system}` : ''}`, () => {
      const expanded = expandNixeryNames(c.names);
      assert.deepEqual(expanded.packages, c.packages);
      assert.equal(expanded.system, c.system);
    });
  }

  it('gives the same image for any order after the meta-packages', () => {
    const a = expandNixeryNames(['shell', 'jq', 'git', 'curl']);
    const b = expandNixeryNames(['shell', 'curl', 'jq', 'git', 'jq']);
    assert.deepEqual(a, b);
  });

  it('expands shell to the documented list', () => {
    assert.deepEqual([...SHELL_PACKAGES].sort(), shellTools);
  });

  it('does not change the caller’s array', () => {
    const names = ['shell', 'git'];
    expandNixeryNames(names);
    assert.deepEqual(names, ['shell', 'git']);
  });

  for (const names of [['arm64'], []]) {
    it(`refuses ${JSON.stringify(names)}, naming the input`, () => {
      assert.throws(
        () => expandNixeryNames(names, 'packages'),
        (err: unknown) =>
          err instanceof InputError && err.input === 'packages' && /packages/.test(err.message),
      );
    });
  }
});
