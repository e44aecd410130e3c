// `next start` for the bench scripts: in its own process group, stopped (with its workers) when the
// bench exits or calls stop().
import { spawn } from 'node:child_process';

/** Starts `next start` on loopback at `port` with `env`; returns the process and a stop function. */
export function startNextServer(port, env) {
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env,
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {}
  };
  process.on('exit', stop);
  return { server, stop };
}
