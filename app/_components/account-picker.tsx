'use client';

import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { graphql } from '@/app/_gql';
import type { AccountPickerOptionFragment } from '@/app/_gql/graphql';
import { errorMessage, graphqlRequest } from './graphql-client';
import { cn } from './ui/cn';
import { useDebouncedValue } from './use-debounced-value';

/** An account as a picker shows and returns it: spread `...AccountPickerOption` where one is read. */
export const ACCOUNT_PICKER_OPTION = graphql(`
  fragment AccountPickerOption on Account { id externalId name currency }
`);
export type AccountOption = AccountPickerOptionFragment;

/** How many matches the list shows: enough to scan, few enough that typing more is the way to narrow. */
const SHOWN = 20;

const ACCOUNT_PICKER_SEARCH = graphql(`
  query AccountPickerSearch($first: Int, $search: String) {
    accounts(first: $first, search: $search) { edges { node { ...AccountPickerOption } } }
  }
`);

/** "ACC-1001 · Acme Corp": how an account reads in pickers, e-mails aside. */
export const accountLabel = (account: Pick<AccountOption, 'externalId' | 'name'>) =>
  `${account.externalId} · ${account.name}`;

/**
 * Accounts matching what is typed (account number or name), asked for as the user pauses,
 * only while the list is open. Answers that arrive after a newer question are dropped.
 */
function useAccountMatches(search: string, isOpen: boolean) {
  const settled = useDebouncedValue(search.trim(), 250);
  const [matches, setMatches] = useState<AccountOption[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!isOpen) return;
    let isCurrent = true;
    graphqlRequest(ACCOUNT_PICKER_SEARCH, { first: SHOWN, search: settled || null }).then(
      (data) => {
        if (!isCurrent) return;
        setMatches(data.accounts.edges.map((edge) => edge.node));
        setError(null);
      },
      (caught: unknown) => {
        if (isCurrent) setError(errorMessage(caught));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [settled, isOpen]);
  // Until the settled search catches up with the typed one, what is shown is stale.
  return { matches, error, isSettling: settled !== search.trim() };
}

/**
 * Search-as-you-type account picker (the ARIA combobox pattern with a list popup): type an
 * account number or name, move with the arrow keys, Enter or click to choose, Escape to
 * close. Finds any account, however many there are. With `name`, the chosen id is posted
 * with the form as that field (empty for none); `isClearable` offers a button to choose none.
 */
export function AccountPicker({
  label,
  value,
  onChange,
  name,
  isClearable = false,
  excludeId,
  error,
  hint,
  placeholder = 'Search number or name',
}: {
  label: string;
  value: AccountOption | null;
  onChange: (account: AccountOption | null) => void;
  name?: string;
  isClearable?: boolean;
  /** An account that may not be chosen (an account cannot be its own parent). */
  excludeId?: string;
  error?: string | null;
  hint?: string;
  placeholder?: string;
}) {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [isOpen, setIsOpen] = useState(false);
  // What the user typed since opening; null while the input shows the chosen account.
  const [typed, setTyped] = useState<string | null>(null);
  const [activeIndex, setActiveIndex] = useState(-1);
  const { matches, error: searchError, isSettling } = useAccountMatches(typed ?? '', isOpen);
  const options = (matches ?? []).filter((account) => account.id !== excludeId);

  // A new answer moves the highlight back to the first match.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new answer resets it
  useEffect(() => {
    setActiveIndex(options.length > 0 ? 0 : -1);
  }, [matches]);

  function open() {
    setIsOpen(true);
  }

  function close() {
    setIsOpen(false);
    setTyped(null);
    setActiveIndex(-1);
  }

  function choose(account: AccountOption | null) {
    onChange(account);
    close();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!isOpen) open();
        else setActiveIndex((index) => Math.min(index + 1, options.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!isOpen) open();
        else setActiveIndex((index) => Math.max(index - 1, 0));
        break;
      case 'Home':
      case 'End':
        if (isOpen && options.length > 0) {
          event.preventDefault();
          setActiveIndex(event.key === 'Home' ? 0 : options.length - 1);
        }
        break;
      case 'Enter': {
        // Enter picks the highlighted account; it never submits the form while the list is open.
        if (!isOpen) break;
        event.preventDefault();
        const account = options[activeIndex];
        if (account && !isSettling) choose(account);
        break;
      }
      case 'Escape':
        if (isOpen) {
          event.preventDefault();
          close();
        }
        break;
    }
  }

  const shown = typed ?? (value ? accountLabel(value) : '');
  const activeId = isOpen && activeIndex >= 0 ? `${id}-option-${activeIndex}` : undefined;
  const status = searchError
    ? searchError
    : matches === null || (isSettling && options.length === 0)
      ? 'Searching…'
      : options.length === 0
        ? 'No account matches.'
        : null;

  return (
    <div className="block">
      <label htmlFor={inputId} className="mb-1 block text-xs font-medium text-slate-700">
        {label}
      </label>
      <div className="relative">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          role="combobox"
          aria-expanded={isOpen}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-invalid={error ? true : undefined}
          autoComplete="off"
          spellCheck={false}
          value={shown}
          title={value && typed === null ? accountLabel(value) : undefined}
          placeholder={placeholder}
          onChange={(event) => {
            setTyped(event.target.value);
            open();
          }}
          onFocus={(event) => event.target.select()}
          onClick={open}
          onBlur={close}
          onKeyDown={onKeyDown}
          className={cn(
            'block w-full truncate rounded-md border-0 bg-white py-1.5 pl-2.5 text-sm text-slate-900 ring-1 ring-slate-300 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-brand-500 focus:outline-none',
            isClearable && value ? 'pr-14' : 'pr-8',
          )}
        />
        {isClearable && value && (
          <button
            type="button"
            aria-label={`Clear ${label.toLowerCase()}`}
            title="Clear"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              choose(null);
              inputRef.current?.focus();
            }}
            className="absolute inset-y-0 right-7 my-auto flex h-5 w-5 items-center justify-center rounded text-slate-400 hover:bg-slate-100 hover:text-slate-700"
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
        <span
          aria-hidden="true"
          className="pointer-events-none absolute inset-y-0 right-2.5 flex items-center text-xs text-slate-400"
        >
          ▾
        </span>
        {isOpen && (
          <div className="absolute z-20 mt-1 w-full min-w-64 overflow-hidden rounded-md bg-white shadow-lg ring-1 ring-slate-200">
            <div id={listId} role="listbox" aria-label={label} className="max-h-64 overflow-y-auto py-1">
              {options.map((account, index) => (
                // biome-ignore lint/a11y/useKeyWithClickEvents: the input owns the keyboard (aria-activedescendant)
                <div
                  key={account.id}
                  id={`${id}-option-${index}`}
                  role="option"
                  aria-label={accountLabel(account)}
                  tabIndex={-1}
                  aria-selected={index === activeIndex}
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseEnter={() => setActiveIndex(index)}
                  onClick={() => choose(account)}
                  className={cn('cursor-pointer px-2.5 py-1.5', index === activeIndex ? 'bg-brand-50' : '')}
                >
                  <span className="flex items-baseline gap-2">
                    <span className="min-w-0 flex-1 truncate font-mono text-xs font-medium text-slate-900">
                      {account.externalId}
                    </span>
                    {value?.id === account.id && <span className="text-xs text-brand-700">chosen</span>}
                    <span className="text-xs text-slate-400">{account.currency}</span>
                  </span>
                  <span className="block truncate text-sm text-slate-600" title={account.name}>
                    {account.name}
                  </span>
                </div>
              ))}
            </div>
            {status && (
              <p className="px-2.5 py-2 text-sm text-slate-500" role="status">
                {status}
              </p>
            )}
            {!status && options.length === SHOWN && (
              <p className="border-t border-slate-100 px-2.5 py-1.5 text-xs text-slate-500">
                First {SHOWN} matches: type more to narrow.
              </p>
            )}
          </div>
        )}
      </div>
      {name && <input type="hidden" name={name} value={value?.id ?? ''} />}
      {hint && !error && <span className="mt-1 block text-xs text-slate-500">{hint}</span>}
      {error && (
        <span className="mt-1 block text-xs text-red-700" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
