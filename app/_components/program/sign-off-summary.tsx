import Link from 'next/link';
import { graphql } from '@/app/_gql';
import type { ProgramSignOffSummaryFragment } from '@/app/_gql/graphql';
import { SignOffStatusBadge } from './badges';

/** A sign-off as a milestone or item lists it: enough for a status line. */
export const PROGRAM_SIGN_OFF_SUMMARY = graphql(`
  fragment ProgramSignOffSummary on SignOffRequest { id title status invalidationReason }
`);

/** The sign-offs of a milestone or item, newest status first, linking to the sign-offs page. */
export function SignOffSummaryList({ signOffs }: { signOffs: ProgramSignOffSummaryFragment[] }) {
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
