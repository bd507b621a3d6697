import { getDb } from '@/db/client';
import { isValidUnsubscribeToken } from '@/lib/comms/recipient-values';
import { unsubscribe } from '@/lib/comms/unsubscribe';
import { escapeHtml } from '@/lib/email/escape-html';

export const dynamic = 'force-dynamic';

const page = (title: string, body: string, status = 200) =>
  new Response(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${title}</title><style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#18181b}
button{background:#18181b;color:#fff;border:0;border-radius:.375rem;padding:.5rem 1rem;font-size:1rem;cursor:pointer}</style></head>
<body><h1>${title}</h1>${body}</body></html>`,
    { status, headers: { 'content-type': 'text/html; charset=utf-8' } },
  );

function readLink(url: URL) {
  return { email: url.searchParams.get('email') ?? '', token: url.searchParams.get('token') ?? '' };
}

/**
 * The link at the foot of a non-critical message. Opening it only asks: mail scanners open
 * links, so the unsubscribe itself is a POST (also what RFC 8058's one-click sends).
 */
export function GET(request: Request): Response {
  const { email, token } = readLink(new URL(request.url));
  if (!isValidUnsubscribeToken(email, token))
    return page('Link not valid', '<p>This unsubscribe link is not valid.</p>', 400);
  return page(
    'Unsubscribe',
    `<p>Stop non-critical updates about your billing to <strong>${escapeHtml(email)}</strong>? Messages you must receive (for example about how you pay) still arrive, and say why.</p>
<form method="post"><button type="submit">Unsubscribe</button></form>`,
  );
}

/**
 * The unsubscribe itself: the confirm button above, and RFC 8058 one-click, where the
 * mailbox provider POSTs `List-Unsubscribe=One-Click` (urlencoded or multipart) to the
 * List-Unsubscribe URL. The body is not read: the signed token in the URL is the authority,
 * so a cross-site POST is expected and safe. Answers 200 with nothing left to click, or 400.
 */
export async function POST(request: Request): Promise<Response> {
  const { email, token } = readLink(new URL(request.url));
  if (!(await unsubscribe(await getDb(), email, token)))
    return page('Link not valid', '<p>This unsubscribe link is not valid.</p>', 400);
  return page(
    'Unsubscribed',
    `<p><strong>${escapeHtml(email)}</strong> will no longer get non-critical updates.</p>`,
  );
}
