'use client';

import Link from 'next/link';
import { useCurrentProgram } from '@/app/_components/program/use-current-program';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { graphql } from '@/app/_gql';

const POINT_OF_CONTACT_CARD = graphql(`
  query PointOfContactCard($id: ID!) {
    pointOfContactMatrix(programId: $id) {
      area label
      accountable { name phone }
      escalationPath { name }
    }
  }
`);

/**
 * Who to call in the war room, per checklist area: the accountable person and the escalation
 * path, from the program's RACI (edited on the RACI page).
 */
export function PointOfContactCard() {
  const { program } = useCurrentProgram();
  return (
    <Card
      title="Point of contact"
      actions={
        <Link href="/program/raci" className="text-sm text-slate-600 underline-offset-2 hover:underline">
          RACI
        </Link>
      }
    >
      {program ? (
        <ContactsByArea programId={program.id} />
      ) : (
        <p className="text-sm text-slate-500">No migration program yet: its RACI names who to call.</p>
      )}
    </Card>
  );
}

function ContactsByArea({ programId }: { programId: string }) {
  const { data } = useGraphQLQuery(POINT_OF_CONTACT_CARD, { id: programId });
  const areas = data?.pointOfContactMatrix ?? [];
  return (
    <ul className="space-y-3 text-sm">
      {areas.map((area) => (
        <li key={area.area}>
          <div className="font-medium text-slate-900">{area.label}</div>
          {area.accountable ? (
            <div className="text-slate-700">
              {area.accountable.name}
              {area.accountable.phone && (
                <span className="ml-2 text-slate-500">{area.accountable.phone}</span>
              )}
            </div>
          ) : (
            <Badge tone="bad">nobody accountable</Badge>
          )}
          {area.escalationPath.length > 0 && (
            <div className="text-xs text-slate-500">
              Escalate: {area.escalationPath.map((contact) => contact.name).join(' → ')}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
