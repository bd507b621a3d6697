import type { RaciRegisterQuery, RaciResponsibility } from '@/app/_gql/graphql';

/** The columns of the matrix, accountable first. */
export const responsibilities: readonly RaciResponsibility[] = [
  'ACCOUNTABLE',
  'RESPONSIBLE',
  'CONSULTED',
  'INFORMED',
];

export const responsibilityLabels: Record<RaciResponsibility, string> = {
  ACCOUNTABLE: 'accountable',
  RESPONSIBLE: 'responsible',
  CONSULTED: 'consulted',
  INFORMED: 'informed',
};

/** A checklist area or milestone with the people on it. */
export type RaciSubject = RaciRegisterQuery['raciMatrix'][number];
export type RaciAssignment = RaciSubject['assignments'][number];
/** A person to call for an area during cutover. */
export type RaciContact = RaciRegisterQuery['pointOfContactMatrix'][number]['responsible'][number];
/** An area's contacts; the war room's point-of-contact card reads the same shape. */
export type AreaContactsData = RaciRegisterQuery['pointOfContactMatrix'][number];
