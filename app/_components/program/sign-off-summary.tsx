import Link from 'next/link';
import { SignOffStatusBadge } from './badges';
import type { SignOffSummary } from './types';

/** The sign-offs of a milestone or item, newest status first, linking to the sign-offs page. */
export function SignOffSummaryList({ signOffs }: { signOffs: SignOffSummary[] }) {
  if (signOffs.length === 0) return null;
  return (
    <ul className="space-y-1" aria-label="Sign-offs">
      {signOffs.map((signOff) => (
        <li key={signOff.id} className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
          <SignOffStatusBadge status={signOff.status} />
          <Link href={`/program/sign-offs#${signOff.id}`} className="text-brand-700 hover:underline">
            {signOff.title}
          </Link>
          {signOff.status === 'INVALIDATED' && signOff.invalidationReason && (
            <span className="text-red-700">{signOff.invalidationReason}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
