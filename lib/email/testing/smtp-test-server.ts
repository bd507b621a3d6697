import type { AddressInfo, Socket } from 'node:net';
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

/** The part of smtp-server's (undocumented) connection object used to drop a connection. */
interface OpenConnection {
  id: string;
  _socket: Socket;
}

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
    /** The reply code of a refused recipient: 550 (mailbox unavailable, a bounce) unless told. */
    refusalCode?: number;
    /** Wait this long before accepting each message, like a busy server. */
    acceptDelayMs?: number;
    /**
     * Read the whole message, final "." included, then drop the connection without a reply:
     * the server may or may not have stored it (here it has not: nothing is kept).
     */
    dropAfterData?: (recipients: string[]) => boolean;
    /** Called right after the server has answered 250 to a message, e.g. to kill its sender. */
    onAccepted?: (mail: ReceivedMail) => void;
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
      callback(
        Object.assign(new Error(`Mailbox ${address.address} unavailable`), {
          responseCode: options.refusalCode ?? 550,
        }),
      );
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          if (options.acceptDelayMs)
            await new Promise((resolve) => setTimeout(resolve, options.acceptDelayMs));
          const mail: ReceivedMail = {
            envelope: {
              // `false` when the client sent no MAIL FROM.
              from: session.envelope.mailFrom === false ? null : session.envelope.mailFrom.address,
              to: session.envelope.rcptTo.map((recipient) => recipient.address),
            },
            parsed,
          };
          if (options.dropAfterData?.(mail.envelope.to)) {
            // smtp-server keeps its open connections; session.id is the connection's id.
            const connections = (server as unknown as { connections: Set<OpenConnection> }).connections;
            for (const connection of connections)
              if (connection.id === session.id) connection._socket.destroy();
            return;
          }
          received.push(mail);
          callback();
          options.onAccepted?.(mail);
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
