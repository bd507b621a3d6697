import { createTransport } from 'nodemailer';
import type { Logger } from 'nodemailer/lib/shared';
import SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { mailDomain } from './message-id';

export interface MailAttachment {
  filename: string;
  content: Uint8Array;
  contentType: string;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
  /** A Message-ID of our own (e.g. "<delivery-id@switchboard>"), so a message can be traced to its row. */
  messageId?: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

export interface SentMail {
  /** The Message-ID header given to the message, e.g. "<0f1e…@example.com>". */
  messageId: string;
  /** The server's last reply, e.g. "250 OK: queued as 12345". */
  response: string;
}

export interface Mailer {
  /** The domain of the From address, which our Message-IDs are made on. */
  readonly domain: string;
  /**
   * Hands one message to the SMTP server. Resolves once the server has accepted it for
   * delivery (not once it is delivered).
   * @throws MailError naming the recipient and the server's reply when the server refuses the
   * recipient or the message, or cannot be reached; its `outcome` says whether the server may
   * have the message all the same.
   */
  send(message: MailMessage): Promise<SentMail>;
}

/**
 * Sends mail over SMTP with nodemailer: `smtp://user:pass@host:587` (STARTTLS when the
 * server offers it) or `smtps://host:465` (TLS from the start). Every message is from `from`
 * ("Acme Billing <billing@acme.example>" or a bare address) and, when `replyTo` is given,
 * carries it as Reply-To. Options nodemailer understands can ride in the URL's query string
 * (`?requireTLS=true`) and override the defaults here.
 */
export function createMailer(options: { smtpUrl: string; from: string; replyTo?: string }): Mailer {
  return {
    domain: mailDomain(options.from),
    async send(message) {
      // One transport (one connection) per message, so its log tells this message's story:
      // whether the body, with its final ".", was written before the connection failed.
      const conversation = { bodySent: false };
      // An SMTPTransport built here, not createTransport({ url, … }): given a `url`,
      // createTransport keeps only what the URL says and drops every other option.
      const transport = createTransport(
        new SMTPTransport({
          url: options.smtpUrl,
          // nodemailer waits 2 minutes to connect and 10 minutes on a silent socket by default:
          // far too long for a request or a bill run to sit on one unreachable server.
          connectionTimeout: 15_000,
          greetingTimeout: 15_000,
          socketTimeout: 60_000,
          logger: conversationLogger(conversation),
        }),
      );
      try {
        const info = await transport.sendMail({
          from: options.from,
          replyTo: options.replyTo,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          messageId: message.messageId,
          headers: message.headers,
          attachments: message.attachments?.map((attachment) => ({
            filename: attachment.filename,
            // nodemailer wants a Buffer; this one shares the bytes instead of copying them.
            content: Buffer.from(
              attachment.content.buffer,
              attachment.content.byteOffset,
              attachment.content.byteLength,
            ),
            contentType: attachment.contentType,
          })),
        });
        return { messageId: info.messageId, response: info.response };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new MailError(`Sending mail to ${message.to} failed: ${reason}`, error, conversation.bodySent);
      } finally {
        transport.close();
      }
    },
  };
}

/**
 * A bunyan-style logger for nodemailer that notes when the message body has gone out:
 * smtp-connection logs `{ tnx: 'message' }` at info level once the encoded message, its
 * terminating "\r\n.\r\n" included, has been written to the socket (nodemailer 7,
 * lib/smtp-connection `_createSendStream`). Nothing else is logged.
 */
function conversationLogger(conversation: { bodySent: boolean }): Logger {
  const ignore = () => {};
  return {
    level: ignore,
    trace: ignore,
    debug: ignore,
    info: (entry: unknown) => {
      if ((entry as { tnx?: unknown } | null)?.tnx === 'message') conversation.bodySent = true;
    },
    warn: ignore,
    error: ignore,
    fatal: ignore,
  };
}

/**
 * What a failed send means for the message:
 * - `bounced`: the server refused it for good (a 5xx reply); sending again will not help.
 * - `temporary`: the server surely does not have it: it answered 4xx, or the connection
 *   failed before the message body was sent. Safe to try again.
 * - `unknown`: the body was sent and no reply came (connection dropped, timeout): the server
 *   may have stored it, so sending again may deliver it twice. A person decides.
 * - `failed`: refused by us or nodemailer before any conversation (a malformed address).
 */
export type MailFailure = 'bounced' | 'temporary' | 'unknown' | 'failed';

/** nodemailer's codes for a connection that failed or went silent. */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS']);

/** A refused or failed send; `outcome` says whether the server may have the message. */
export class MailError extends Error {
  /** The server's reply code (550, 421…), when it replied. */
  readonly responseCode: number | null;
  /** The server's reply, when it replied ("550 Mailbox unavailable"). */
  readonly response: string | null;
  readonly outcome: MailFailure;

  constructor(message: string, cause: unknown, bodySent = false) {
    super(message, { cause });
    this.name = 'MailError';
    const details = (cause ?? {}) as { responseCode?: unknown; response?: unknown; code?: unknown };
    this.responseCode = typeof details.responseCode === 'number' ? details.responseCode : null;
    this.response = typeof details.response === 'string' ? details.response : null;
    if (this.responseCode !== null) this.outcome = this.responseCode >= 500 ? 'bounced' : 'temporary';
    else if (bodySent) this.outcome = 'unknown';
    else this.outcome = CONNECTION_CODES.has(String(details.code)) ? 'temporary' : 'failed';
  }

  /** A 5xx reply: a bounce. */
  get permanent(): boolean {
    return this.outcome === 'bounced';
  }
}
