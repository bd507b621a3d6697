'use client';

import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { useCan } from '../permissions';
import type { UserRef } from './types';

interface PeopleData {
  viewer: { user: UserRef | null };
  users?: { edges: { node: UserRef & { isActive: boolean } }[] };
}

const ME = '{ viewer { user { id name } } }';
const ME_AND_USERS =
  '{ viewer { user { id name } } users(first: 100) { edges { node { id name isActive } } } }';

/**
 * The people an owner can be picked from. Listing users is for admins; everyone else can
 * pick themselves, so "mine" still means something to a project manager.
 */
export function usePeople(): { people: UserRef[]; canListUsers: boolean; me: UserRef | null } {
  const canListUsers = useCan()('users');
  const { data } = useGraphQLQuery<PeopleData>(canListUsers ? ME_AND_USERS : ME);
  const me = data?.viewer.user ?? null;
  const listed = data?.users?.edges.map((edge) => edge.node).filter((user) => user.isActive) ?? [];
  return { people: canListUsers ? listed : me ? [me] : [], canListUsers, me };
}
