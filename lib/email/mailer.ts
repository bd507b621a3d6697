import { createTransport } from 'nodemailer';

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
  /**
   * Hands one message to the SMTP server. Resolves once the server has accepted it for
   * delivery (not once it is delivered).
   * @throws Error naming the recipient and the server's reply when the server refuses the
   * recipient or the message, or cannot be reached.
   */
  send(message: MailMessage): Promise<SentMail>;
}

/**
 * Sends mail over SMTP with nodemailer: `smtp://user:pass@host:587` (STARTTLS when the
 * server offers it) or `smtps://host:465` (TLS from the start). Every message is from `from`
 * ("Acme Billing <billing@acme.example>" or a bare address). Options nodemailer understands
 * can ride in the URL's query string (`?requireTLS=true`) and override the defaults here.
 */
export function createMailer(options: { smtpUrl: string; from: string }): Mailer {
  const transport = createTransport({
    url: options.smtpUrl,
    // nodemailer waits 2 minutes to connect and 10 minutes on a silent socket by default:
    // far too long for a request or a bill run to sit on one unreachable server.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });

  return {
    async send(message) {
      try {
        const info = await transport.sendMail({
          from: options.from,
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
        throw new MailError(`Sending mail to ${message.to} failed: ${reason}`, error);
      }
    },
  };
}

/** A refused or failed send; `permanent` when the server refused for good (a 5xx reply: a bounce). */
export class MailError extends Error {
  readonly responseCode: number | null;
  readonly permanent: boolean;

  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.name = 'MailError';
    const code = (cause as { responseCode?: unknown } | null)?.responseCode;
    this.responseCode = typeof code === 'number' ? code : null;
    this.permanent = this.responseCode !== null && this.responseCode >= 500;
  }
}
