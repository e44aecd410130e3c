// The shared rate limit's tests need a real Redis: Debian's redis-server, installed like chromium
// (scripts/ensure-chromium.mjs) when missing, and started here on a port of the test's choosing.
import { spawn, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';

export const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';

export function ensureRedis() {
  if (existsSync(REDIS_SERVER)) return REDIS_SERVER;
  console.log(`${REDIS_SERVER} is missing: installing Debian's redis-server with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // The package's service is not wanted (tests start their own); where systemd runs, it may start anyway.
  execSync('apt-get update -qq && apt-get install -y -qq --no-install-recommends redis-server', {
    stdio: 'inherit',
    env,
    shell: '/bin/bash',
  });
  if (!existsSync(REDIS_SERVER)) throw new Error(`redis-server was installed but ${REDIS_SERVER} is still missing`);
  return REDIS_SERVER;
}

/**
 * Starts a throwaway redis-server on 127.0.0.1:`port` (no persistence), resolved once it accepts
 * connections. stop() ends it and resolves when it has exited.
 */
export function startRedis(port) {
  const child = spawn(
    ensureRedis(),
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'no', '--loglevel', 'warning'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const fail = () => stop().then(() => reject(new Error(`redis-server did not start on port ${port}: ${output.trim().slice(-500)}`)));
    const poll = () => {
      if (child.exitCode !== null || child.signalCode !== null || Date.now() - started > 15_000) return void fail();
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        // Another server already on the port: this one fails to bind and exits.
        if (child.exitCode !== null) fail();
        else resolve({ pid: child.pid, stop, url: `redis://127.0.0.1:${port}` });
      });
      socket.once('error', () => {
        socket.destroy();
        setTimeout(poll, 50);
      });
    };
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    poll();
  });
}

if (import.meta.url === `file://${process.argv[1]}`) ensureRedis();
