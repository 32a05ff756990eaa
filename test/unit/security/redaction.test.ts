import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';
import { errorFromResponse } from '../../../src/registry/errors.ts';
import { describeRequest, parseRequest } from '../../../src/request/request.ts';
import { findLeaks, randomSecret, type Secret } from '../../helpers/secret-scan.ts';

// A registry or proxy that echoes the request back in an error body puts our Authorization
// into text that becomes an error message. Secrets must be taken out however the body is cut.

const password = randomSecret('pw-');
const basic = Buffer.from(`u:${password}`).toString('base64');
const secrets: Secret[] = [
  { name: 'password', value: password, window: 12 },
  { name: 'basic', value: basic, window: 16 },
];
const redact = (text: string) => text.split(basic).join('***').split(password).join('***');

let server: Server;
let url: string;
let body = '';
let contentType = 'text/plain';

before(async () => {
  server = createServer((_req, res) => {
    res.writeHead(500, { 'content-type': contentType });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function messageFor(text: string, type: string): Promise<string> {
  body = text;
  contentType = type;
  const res = await request(url);
  const err = await errorFromResponse(res, {
    action: 'Putting manifest latest',
    registry: 'registry.test',
    repository: 'o/n',
    redact,
  });
  return err.message;
}

// Every offset puts the Authorization header somewhere across the point where the text is cut.
test('a text body echoing Authorization never shows the secret, wherever it is cut', async () => {
  for (let pad = 250; pad <= 320; pad += 3) {
    const text = `${'x'.repeat(pad)}authorization: Basic ${basic}\n`;
    const message = await messageFor(text, 'text/plain');
    assert.deepEqual(findLeaks({ message }, secrets), [], `padding ${pad}: ${message}`);
  }
});

test('a spec error whose detail echoes headers never shows the secret, wherever it is cut', async () => {
  for (let pad = 230; pad <= 320; pad += 3) {
    const detail = { pad: 'y'.repeat(pad), authorization: `Basic ${basic}`, password };
    const text = JSON.stringify({ errors: [{ code: 'UNKNOWN', message: 'echo', detail }] });
    const message = await messageFor(text, 'application/json');
    assert.deepEqual(findLeaks({ message }, secrets), [], `padding ${pad}: ${message}`);
  }
});

test('a spec error message echoing the password in full is redacted', async () => {
  const text = JSON.stringify({
    errors: [{ code: 'DENIED', message: `bad password ${password} for Basic ${basic}` }],
  });
  const message = await messageFor(text, 'application/json');
  assert.deepEqual(findLeaks({ message }, secrets), []);
  assert.match(message, /bad password \*\*\* for Basic \*\*\*/);
});

test('the logged request shows neither the password nor the github token', () => {
  const token = randomSecret('ghs_');
  const inputs: Record<string, string> = {
    packages: 'hello',
    'pkg-source': 'path!/tmp/pkgs',
    image: 'ghcr.io/owner/name',
    username: 'u',
    password,
    'github-token': token,
  };
  const shown = describeRequest(parseRequest((name) => inputs[name] ?? ''));
  const leaks = findLeaks({ shown }, [...secrets, { name: 'token', value: token, window: 12 }]);
  assert.deepEqual(leaks, []);
  assert.match(shown, /"githubToken": "\*\*\*"/);
  assert.match(shown, /"password": "\*\*\*"/);
});

test('the logged request hides access-tokens given in nix-conf', () => {
  const token = randomSecret('ghp_');
  const inputs: Record<string, string> = {
    packages: 'hello',
    'pkg-source': 'path!/tmp/pkgs',
    image: 'ghcr.io/owner/name',
    'nix-conf': `max-jobs = 2\naccess-tokens = github.com=${token} gitlab.com=PAT:${token}x`,
  };
  const shown = describeRequest(parseRequest((name) => inputs[name] ?? ''));
  assert.deepEqual(findLeaks({ shown }, [{ name: 'token', value: token, window: 12 }]), []);
  assert.match(shown, /"max-jobs = 2"/);
  assert.match(shown, /"access-tokens = \*\*\*"/);
});
