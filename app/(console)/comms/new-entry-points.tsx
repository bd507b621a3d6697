'use client';

import { useCan } from '@/app/_components/permissions';
import { ButtonLink } from '@/app/_components/ui/button-link';

/** New template, audience and campaign, for those who may write them. */
export function NewEntryPoints() {
  const can = useCan();
  return (
    <>
      {can('createMessageTemplate') && (
        <ButtonLink href="/comms/templates#new" variant="secondary">
          New template
        </ButtonLink>
      )}
      {can('createAudience') && (
        <ButtonLink href="/comms/audiences" variant="secondary">
          New audience
        </ButtonLink>
      )}
      {can('createCampaign') && <ButtonLink href="/comms/campaigns/new">New campaign</ButtonLink>}
    </>
  );
}
