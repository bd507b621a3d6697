'use client';

import { useState } from 'react';
import { formatDate, formatDateTime } from '@/app/_components/format';
import { errorMessage, graphqlRequest } from '@/app/_components/graphql-client';
import { useCan } from '@/app/_components/permissions';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { CardWithInlineForm } from '@/app/_components/ui/card-with-inline-form';
import { ErrorText } from '@/app/_components/ui/error-text';
import { Field, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { FormPanel } from '@/app/_components/ui/form-panel';
import { Cell, Table } from '@/app/_components/ui/table';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';
import type { PortalContactsCardAccountFragment } from '@/app/_gql/graphql';

/** `verifiedAt` is a contact's first sign-in to the portal. */
export const PORTAL_CONTACTS_CARD_ACCOUNT = graphql(`
  fragment PortalContactsCardAccount on Account {
    id
    contacts { id email name verifiedAt createdAt }
  }
`);

const PORTAL_CONTACTS_CARD_ADD = graphql(`
  mutation PortalContactsCardAdd($input: AddAccountContactInput!) {
    addAccountContact(input: $input) { contact { id } userErrors { code field message } }
  }
`);

const PORTAL_CONTACTS_CARD_REMOVE = graphql(`
  mutation PortalContactsCardRemove($input: RemoveAccountContactInput!) {
    removeAccountContact(input: $input) { contact { id } userErrors { code field message } }
  }
`);

type Contact = PortalContactsCardAccountFragment['contacts'][number];

function AddContactForm({
  accountId,
  onDone,
  onCancel,
}: {
  accountId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: PORTAL_CONTACTS_CARD_ADD,
    toVariables: (values) => ({
      input: { accountId, email: values.text('email'), name: values.optionalText('name') },
    }),
    payload: (data) => data.addAccountContact,
    onDone,
  });

  const formError = errors.form ?? errors.accountId;
  return (
    <FormPanel aria-label="Add a portal contact" onSubmit={onSubmit}>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Email" error={errors.email} hint="Where their sign-in links go">
          <TextInput name="email" type="email" autoComplete="off" required />
        </Field>
        <Field label="Name" error={errors.name} hint="Optional">
          <TextInput name="name" autoComplete="off" maxLength={200} />
        </Field>
      </div>
      <FormFooter
        error={formError}
        pending={pending}
        submit="Add contact"
        busy="Adding…"
        onCancel={onCancel}
      />
    </FormPanel>
  );
}

/** The people of the customer who may sign in to the customer portal; billing staff add and remove them. */
export function PortalContactsCard({
  account,
  onChanged,
}: {
  account: PortalContactsCardAccountFragment;
  onChanged: () => void;
}) {
  const can = useCan();
  const [removeError, setRemoveError] = useState<string | null>(null);

  async function remove(contact: Contact) {
    if (
      !window.confirm(
        `Remove ${contact.email}? They can no longer sign in to the portal and no longer receive campaign emails.`,
      )
    )
      return;
    setRemoveError(null);
    try {
      const { removeAccountContact } = await graphqlRequest(PORTAL_CONTACTS_CARD_REMOVE, {
        input: { id: contact.id },
      });
      const [problem] = removeAccountContact.userErrors;
      if (problem) setRemoveError(problem.message);
    } catch (caught) {
      setRemoveError(errorMessage(caught));
    }
    onChanged();
  }

  const canRemove = can('removeAccountContact');
  return (
    <CardWithInlineForm
      title="Portal contacts"
      openLabel="Add contact"
      canOpen={can('addAccountContact')}
      form={(close) => (
        <AddContactForm
          accountId={account.id}
          onDone={() => {
            close();
            onChanged();
          }}
          onCancel={close}
        />
      )}
    >
      <p className="mb-4 text-sm text-slate-500">
        Contacts sign in to the customer portal at <span className="font-mono text-slate-700">/portal</span>{' '}
        with a link emailed to them, and receive the account’s campaign emails.
      </p>
      <ErrorText className="mb-3">{removeError}</ErrorText>
      {account.contacts.length === 0 ? (
        <p className="text-sm text-slate-500">
          No contacts yet: nobody of this customer can sign in to the portal.
        </p>
      ) : (
        <div data-testid="portal-contacts">
          <Table head={['Email', 'Name', 'Portal', 'Added', '']}>
            {account.contacts.map((contact) => (
              <tr key={contact.id}>
                <Cell className="font-medium text-slate-900">{contact.email}</Cell>
                <Cell>{contact.name || '—'}</Cell>
                <Cell className="whitespace-nowrap">
                  {contact.verifiedAt ? (
                    <span className="flex items-center gap-2">
                      <Badge tone="good">signed in</Badge>
                      <span className="text-xs text-slate-500" title={formatDateTime(contact.verifiedAt)}>
                        first {formatDate(contact.verifiedAt)}
                      </span>
                    </span>
                  ) : (
                    <Badge>not yet signed in</Badge>
                  )}
                </Cell>
                <Cell className="whitespace-nowrap">
                  <span title={formatDateTime(contact.createdAt)}>{formatDate(contact.createdAt)}</span>
                </Cell>
                <Cell className="text-right">
                  {canRemove && (
                    <Button
                      variant="ghost"
                      aria-label={`Remove ${contact.email}`}
                      onClick={() => remove(contact)}
                    >
                      Remove
                    </Button>
                  )}
                </Cell>
              </tr>
            ))}
          </Table>
        </div>
      )}
    </CardWithInlineForm>
  );
}
