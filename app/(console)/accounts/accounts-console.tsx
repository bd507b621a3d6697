'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { useCan } from '@/app/_components/permissions';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { graphql } from '@/app/_gql';
import type { AccountFieldsInput } from '@/app/_gql/graphql';
import { AccountFieldsForm } from './account-fields-form';
import { AccountsList } from './accounts-list';

const ACCOUNTS_CONSOLE_CREATE_ACCOUNT = graphql(`
  mutation AccountsConsoleCreateAccount($input: AccountFieldsInput!) {
    createAccount(input: $input) { account { id } userErrors { code field message } }
  }
`);

async function createAccount(fields: AccountFieldsInput) {
  const { createAccount } = await graphqlRequest(ACCOUNTS_CONSOLE_CREATE_ACCOUNT, { input: fields });
  return createAccount;
}

/** The accounts page: the list, and a form for a new account for those who may add one. */
export function AccountsConsole() {
  const can = useCan();
  const router = useRouter();
  const [adding, setAdding] = useState(false);
  return (
    <div className="space-y-6">
      {adding && (
        <Card title="New account">
          <AccountFieldsForm
            save={createAccount}
            onSaved={(id) => router.push(`/accounts/${id}`)}
            onCancel={() => setAdding(false)}
            submitLabel="Create account"
          />
        </Card>
      )}
      <AccountsList
        actions={
          can('createAccount') && !adding && <Button onClick={() => setAdding(true)}>New account</Button>
        }
      />
    </div>
  );
}
