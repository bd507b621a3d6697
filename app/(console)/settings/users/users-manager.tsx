'use client';

import { type FormEvent, Fragment, useState } from 'react';
import { formatDateTime } from '@/app/_components/format';
import { errorMessage, graphqlRequest, type UserErrorData } from '@/app/_components/graphql-client';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { Field, Select, TextInput } from '@/app/_components/ui/field';
import { Cell, Table } from '@/app/_components/ui/table';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { UserDetails } from './user-details';

const ROLES = ['ADMIN', 'BILLING', 'PROGRAM', 'VIEWER'] as const;
const USER_FIELDS = 'id email name role isActive hasPassword lastSignInAt createdAt';

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: (typeof ROLES)[number];
  isActive: boolean;
  hasPassword: boolean;
  lastSignInAt: string | null;
  createdAt: string;
}

interface UsersData {
  users: { edges: { node: UserRow }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const USERS_QUERY = `query Users($first: Int, $filter: UserFilter) {
  users(first: $first, filter: $filter) { edges { node { ${USER_FIELDS} } } pageInfo { hasNextPage endCursor } }
}`;

export function UsersManager({ currentUserId }: { currentUserId: string }) {
  const [search, setSearch] = useState('');
  const [pageSize, setPageSize] = useState(50);
  const { data, error, loading, reload } = useGraphQLQuery<UsersData>(USERS_QUERY, {
    first: pageSize,
    filter: search ? { search } : null,
  });
  const [notice, setNotice] = useState<string | null>(null);
  const [openUserId, setOpenUserId] = useState<string | null>(null);

  async function mutate(query: string, input: Record<string, unknown>, done: string) {
    setNotice(null);
    try {
      const result = await graphqlRequest<Record<string, { userErrors: UserErrorData[] }>>(query, { input });
      const payload = Object.values(result)[0];
      setNotice(payload?.userErrors.length ? (payload.userErrors[0]?.message ?? null) : done);
      await reload();
    } catch (caught) {
      setNotice(errorMessage(caught));
    }
  }

  const updateUser = (input: Record<string, unknown>, done: string) =>
    mutate(
      'mutation($input: UpdateUserInput!) { updateUser(input: $input) { userErrors { code field message } } }',
      input,
      done,
    );

  const rows = data?.users.edges.map((edge) => edge.node) ?? [];
  return (
    <div className="space-y-6">
      <CreateUserForm onCreated={reload} />
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
          <p role="status" className="mb-3 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
            {notice}
          </p>
        )}
        {error && <p className="text-sm text-red-700">{error}</p>}
        {!error && !loading && rows.length === 0 && <p className="text-sm text-slate-500">No users match.</p>}
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
                          { id: user.id, role: event.target.value },
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
                        mutate(
                          'mutation($input: RevokeUserSessionsInput!) { revokeUserSessions(input: $input) { revokedCount userErrors { code field message } } }',
                          { userId: user.id },
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
                      <UserDetails userId={user.id} email={user.email} onChanged={reload} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </Table>
        )}
        {data?.users.pageInfo.hasNextPage && (
          <Button variant="ghost" className="mt-3" onClick={() => setPageSize((size) => size + 50)}>
            Show more
          </Button>
        )}
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
      const { createUser } = await graphqlRequest<{
        createUser: { user: { email: string } | null; userErrors: UserErrorData[] };
      }>(
        'mutation($input: CreateUserInput!) { createUser(input: $input) { user { email } userErrors { code field message } } }',
        {
          input: {
            email: String(form.get('email') ?? ''),
            name: String(form.get('name') ?? ''),
            role: String(form.get('role') ?? 'VIEWER'),
            password: String(form.get('password') ?? '') || null,
          },
        },
      );
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
          <Button type="submit" disabled={pending}>
            {pending ? 'Adding…' : 'Add user'}
          </Button>
        </div>
      </form>
      {errors.form && <p className="mt-3 text-sm text-red-700">{errors.form}</p>}
      {created && (
        <p role="status" className="mt-3 text-sm text-emerald-700">
          {created}
        </p>
      )}
    </Card>
  );
}
