import type { SelectHTMLAttributes } from 'react';
import { Select } from '../ui/field';

/**
 * A select of people (an owner, an assignee) by name, their ids as values; `noneLabel` adds a
 * first option with the value '' for nobody.
 */
export function PersonSelect({
  people,
  noneLabel,
  ...props
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> & {
  people: readonly { id: string; name: string }[];
  noneLabel?: string;
}) {
  return (
    <Select {...props}>
      {noneLabel !== undefined && <option value="">{noneLabel}</option>}
      {people.map((person) => (
        <option key={person.id} value={person.id}>
          {person.name}
        </option>
      ))}
    </Select>
  );
}
