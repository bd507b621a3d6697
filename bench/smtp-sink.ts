import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * A local SMTP sink for benchmarks, run as a child process (bench/autopilot.ts forks it) so
 * its work does not share the measured process's event loop: it accepts every message and
 * discards it unread (no MIME parsing), counting what it answered 250 to. It tells its parent
 * `{ url }` once listening, and answers `'count'` with what it accepted
 * and the CPU time it used.
 */
let accepted = 0;
const server = new SMTPServer({
  secure: false,
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  // No reverse DNS of 127.0.0.1 per connection: a sink, not a mail server's policy checks.
  disableReverseLookup: true,
  logger: false,
  onData(stream, _session, callback) {
    stream.on('data', () => {});
    stream.on('end', () => {
      accepted += 1;
      callback();
    });
  },
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.server.address() as AddressInfo;
  process.send?.({ url: `smtp://127.0.0.1:${port}` });
});
process.on('message', (message) => {
  if (message === 'count') {
    const cpu = process.cpuUsage();
    process.send?.({ accepted: { messages: accepted, cpuSeconds: (cpu.user + cpu.system) / 1e6 } });
  }
});
process.on('disconnect', () => server.close(() => process.exit(0)));
