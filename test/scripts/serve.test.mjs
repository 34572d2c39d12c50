// npm start's messages: the addresses it prints, and the port it suggests when its own is taken.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { nextFreePort, pageHosts } from '../../scripts/serve.mjs';

const INTERFACES = {
  lo: [
    { address: '127.0.0.1', family: 'IPv4', internal: true },
    { address: '::1', family: 'IPv6', internal: true },
  ],
  wlan0: [
    { address: '192.168.1.20', family: 'IPv4', internal: false },
    { address: '2001:db8::20', family: 'IPv6', internal: false },
    { address: 'fe80::1c2b:3aff:fe4d:5e6f', family: 'IPv6', internal: false },
  ],
  eth1: [{ address: '10.0.0.5', family: 'IPv4', internal: false }],
};

async function listening(port = 0, host = '127.0.0.1') {
  const server = createServer();
  server.listen(port, host);
  await once(server, 'listening');
  return server;
}

test('a named host is printed as it is', () => {
  assert.deepEqual(pageHosts('127.0.0.1', INTERFACES), ['127.0.0.1']);
  assert.deepEqual(pageHosts('192.168.1.20', INTERFACES), ['192.168.1.20']);
});

test('on every address, the network addresses a phone can reach: IPv4 for 0.0.0.0, and IPv6 too for ::', () => {
  assert.deepEqual(pageHosts('0.0.0.0', INTERFACES), ['192.168.1.20', '10.0.0.5']);
  assert.deepEqual(pageHosts('::', INTERFACES), ['192.168.1.20', '10.0.0.5', '2001:db8::20']);
});

test('on every address of a machine without a network, this machine', () => {
  assert.deepEqual(pageHosts('0.0.0.0', { lo: INTERFACES.lo }), ['127.0.0.1']);
});

test('the next free port is found by listening on it', async () => {
  const taken = await listening();
  const { port } = taken.address();
  const next = await listening(port + 1).catch(() => null);
  try {
    const free = await nextFreePort(port, '127.0.0.1');
    assert.ok(free > port + (next ? 1 : 0), `${free} is after the taken ports`);
    (await listening(free)).close();
  } finally {
    taken.close();
    next?.close();
  }
});

test('npm start on a taken port names a free one', async () => {
  const taken = await listening();
  const { port } = taken.address();
  try {
    const child = spawn(process.execPath, ['scripts/serve.mjs'], {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const [code] = await once(child, 'exit');
    assert.equal(code, 1);
    const suggested = Number(/^Port (\d+) is in use; (\d+) is free: run PORT=\2 npm start$/m.exec(stderr)?.[2]);
    assert.ok(suggested > port, stderr);
    (await listening(suggested)).close();
  } finally {
    taken.close();
  }
});
