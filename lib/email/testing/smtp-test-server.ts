import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

export interface ReceivedMail {
  envelope: { from: string | null; to: string[] };
  parsed: ParsedMail;
}

export interface TestSmtpServer {
  url: string;
  received: ReceivedMail[];
  close(): Promise<void>;
}

const servers: TestSmtpServer[] = [];

/** Closes every server started so far: call it from afterEach/afterAll. */
export async function closeSmtpServers(): Promise<void> {
  await Promise.all(servers.splice(0).map((server) => server.close()));
}

/**
 * A real SMTP server on an ephemeral loopback port (smtp-server, by nodemailer's authors),
 * keeping what it accepts as parsed messages. Plain SMTP without STARTTLS: the conversation
 * under test is the mail exchange, not certificates.
 */
export async function startSmtpServer(
  options: {
    refuseRecipient?: (address: SMTPServerAddress) => boolean;
    /** Wait this long before accepting each message, like a busy server. */
    acceptDelayMs?: number;
  } = {},
) {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!options.refuseRecipient?.(address)) return callback();
      // smtp-server answers with the error's responseCode: 550 is "mailbox unavailable".
      callback(Object.assign(new Error(`Mailbox ${address.address} unavailable`), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          if (options.acceptDelayMs)
            await new Promise((resolve) => setTimeout(resolve, options.acceptDelayMs));
          received.push({
            envelope: {
              // `false` when the client sent no MAIL FROM.
              from: session.envelope.mailFrom === false ? null : session.envelope.mailFrom.address,
              to: session.envelope.rcptTo.map((recipient) => recipient.address),
            },
            parsed,
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  const handle: TestSmtpServer = {
    url: `smtp://127.0.0.1:${port}`,
    received,
    // Idempotent: a test may close its server early and afterEach closes it again.
    close: () => {
      closing ??= new Promise((resolve) => server.close(() => resolve()));
      return closing;
    },
  };
  servers.push(handle);
  return handle;
}
