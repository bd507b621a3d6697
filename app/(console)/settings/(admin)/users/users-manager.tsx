'use client';

import { type FormEvent, Fragment, useState } from 'react';
import { formatDateTime } from '@/app/_components/format';
import { errorMessage, graphqlRequest, type UserErrorData } from '@/app/_components/graphql-client';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { ErrorText } from '@/app/_components/ui/error-text';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { LoadMore } from '@/app/_components/ui/load-more';
import { Notice } from '@/app/_components/ui/notice';
import { Cell, Table } from '@/app/_components/ui/table';
import { useConnectionQuery } from '@/app/_components/use-connection-query';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { graphql } from '@/app/_gql';
import type { Role } from '@/app/_gql/graphql';
import { UserDetails } from './user-details';

const ROLES: readonly Role[] = ['ADMIN', 'BILLING', 'PROGRAM', 'VIEWER'];
const roleOf = (value: string): Role | undefined => ROLES.find((role) => role === value);

const USERS_MANAGER = graphql(`
  query UsersManager($first: Int, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      edges { node { id email name role isActive hasPassword lastSignInAt createdAt } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const UPDATE_USER = graphql(`
  mutation UsersManagerUpdate($input: UpdateUserInput!) {
    updateUser(input: $input) { userErrors { code field message } }
  }
`);
const REVOKE_USER_SESSIONS = graphql(`
  mutation UsersManagerRevokeSessions($input: RevokeUserSessionsInput!) {
    revokeUserSessions(input: $input) { revokedCount userErrors { code field message } }
  }
`);
const CREATE_USER = graphql(`
  mutation UsersManagerCreate($input: CreateUserInput!) {
    createUser(input: $input) { user { email } userErrors { code field message } }
  }
`);

export function UsersManager({ currentUserId }: { currentUserId: string }) {
  const [search, setSearch] = useState('');
  const list = useConnectionQuery(
    USERS_MANAGER,
    (data) => data.users,
    { filter: search ? { search } : null },
    undefined,
    50,
  );
  const [notice, setNotice] = useState<string | null>(null);
  const [openUserId, setOpenUserId] = useState<string | null>(null);

  /** Runs one change to a user, then says how it went and reads the list again. */
  async function change(perform: () => Promise<{ userErrors: UserErrorData[] }>, done: string) {
    setNotice(null);
    try {
      const payload = await perform();
      setNotice(payload.userErrors[0]?.message ?? done);
      await list.reload();
    } catch (caught) {
      setNotice(errorMessage(caught));
    }
  }

  const updateUser = (input: { id: string; role?: Role; isActive?: boolean }, done: string) =>
    change(async () => (await graphqlRequest(UPDATE_USER, { input })).updateUser, done);

  const rows = list.nodes ?? [];
  return (
    <div className="space-y-6">
      <CreateUserForm onCreated={list.reload} />
      <Card
        title="All users"
        actions={
          <TextInput
            aria-label="Search users"
            placeholder="Search name or email"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            className="w-64"
          />
        }
      >
        {notice && (
          <Notice role="status" className="mb-3">
            {notice}
          </Notice>
        )}
        <ErrorText>{list.error}</ErrorText>
        {!list.error && !list.loading && rows.length === 0 && (
          <p className="text-sm text-slate-500">No users match.</p>
        )}
        {rows.length > 0 && (
          <Table head={['Name', 'Email', 'Role', 'Status', 'Sign-in', 'Last sign-in', '']}>
            {rows.map((user) => (
              <Fragment key={user.id}>
                <tr data-testid={`user-row-${user.email}`}>
                  <Cell className="font-medium text-slate-900">
                    <button
                      type="button"
                      className="text-left hover:underline"
                      aria-expanded={openUserId === user.id}
                      onClick={() => setOpenUserId(openUserId === user.id ? null : user.id)}
                    >
                      {user.name}
                    </button>
                    {user.id === currentUserId && <span className="ml-2 text-xs text-slate-400">(you)</span>}
                  </Cell>
                  <Cell>{user.email}</Cell>
                  <Cell>
                    <Select
                      aria-label={`Role of ${user.email}`}
                      value={user.role}
                      onChange={(event) =>
                        updateUser(
                          { id: user.id, role: roleOf(event.target.value) },
                          `${user.email} is now ${event.target.value.toLowerCase()}.`,
                        )
                      }
                      className="w-32"
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {role.toLowerCase()}
                        </option>
                      ))}
                    </Select>
                  </Cell>
                  <Cell>
                    {user.isActive ? <Badge tone="good">active</Badge> : <Badge tone="bad">inactive</Badge>}
                  </Cell>
                  <Cell>{user.hasPassword ? 'password' : 'single sign-on'}</Cell>
                  <Cell>{formatDateTime(user.lastSignInAt)}</Cell>
                  <Cell className="space-x-2 text-right whitespace-nowrap">
                    <Button
                      variant="secondary"
                      onClick={() =>
                        change(
                          async () =>
                            (await graphqlRequest(REVOKE_USER_SESSIONS, { input: { userId: user.id } }))
                              .revokeUserSessions,
                          `Ended ${user.email}'s sessions.`,
                        )
                      }
                    >
                      End sessions
                    </Button>
                    <Button
                      variant={user.isActive ? 'danger' : 'secondary'}
                      onClick={() =>
                        updateUser(
                          { id: user.id, isActive: !user.isActive },
                          `${user.email} ${user.isActive ? 'deactivated' : 'reactivated'}.`,
                        )
                      }
                    >
                      {user.isActive ? 'Deactivate' : 'Reactivate'}
                    </Button>
                  </Cell>
                </tr>
                {openUserId === user.id && (
                  <tr>
                    <td colSpan={7}>
                      <UserDetails userId={user.id} email={user.email} onChanged={list.reload} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </Table>
        )}
        <LoadMore list={list} />
      </Card>
    </div>
  );
}

function CreateUserForm({ onCreated }: { onCreated: () => Promise<void> }) {
  const { errors, pending, submit } = useFormSubmission();
  const [created, setCreated] = useState<string | null>(null);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setCreated(null);
    const result = await submit(async () => {
      const { createUser } = await graphqlRequest(CREATE_USER, {
        input: {
          email: String(form.get('email') ?? ''),
          name: String(form.get('name') ?? ''),
          role: roleOf(String(form.get('role'))) ?? 'VIEWER',
          password: String(form.get('password') ?? '') || null,
        },
      });
      return createUser;
    });
    if (result?.user) {
      setCreated(`Added ${result.user.email}.`);
      formElement.reset();
      await onCreated();
    }
  }

  return (
    <Card title="Add a user">
      <form onSubmit={create} className="grid gap-4 md:grid-cols-5 md:items-start" aria-label="Add a user">
        <Field label="Email" error={errors.email}>
          <TextInput name="email" type="email" required />
        </Field>
        <Field label="Name" error={errors.name}>
          <TextInput name="name" required />
        </Field>
        <Field label="Role">
          <Select name="role" defaultValue="VIEWER">
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {role.toLowerCase()}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label="Password"
          error={errors.password}
          hint="12+ characters; leave empty for single sign-on only"
        >
          <TextInput name="password" type="password" autoComplete="new-password" />
        </Field>
        <div className="md:pt-5">
          <FormFooter error={errors.form} pending={pending} submit="Add user" busy="Adding…" />
        </div>
      </form>
      {created && (
        <p role="status" className="mt-3 text-sm text-emerald-700">
          {created}
        </p>
      )}
    </Card>
  );
}
