'use client';

import { useState } from 'react';
import { formatDateTime, formatDay } from '@/app/_components/format';
import { graphqlRequest } from '@/app/_components/graphql-client';
import { useCan } from '@/app/_components/permissions';
import { CheckStateBadge } from '@/app/_components/program/badges';
import { itemStatusLabels, itemStatusTones } from '@/app/_components/program/labels';
import { RequestSignOffForm } from '@/app/_components/program/request-sign-off';
import { SignOffSummaryList } from '@/app/_components/program/sign-off-summary';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { ErrorText } from '@/app/_components/ui/error-text';
import { useFormSubmission } from '@/app/_components/use-form-submission';
import { graphql } from '@/app/_gql';
import type { ChecklistItemRowFragment, ChecklistItemStatus } from '@/app/_gql/graphql';
import { ChecklistItemEditor } from './checklist-item-editor';

/** A checklist item as its row shows and its editor changes it. */
export const CHECKLIST_ITEM_ROW = graphql(`
  fragment ChecklistItemRow on ChecklistItem {
    id standardKey area title owner { id name } dueOn blocking status statusBy statusAt notes
    evidenceLinks overdue
    check { ...ProgramEvidenceCheck }
    checkState checkDetail
    conditionOf { id title }
    signOffs { ...ProgramSignOffSummary }
  }
`);

/** Creates an item (no id) or changes one: the add form, the editor and the row's status buttons. */
export const SAVE_CHECKLIST_ITEM = graphql(`
  mutation ChecklistSaveItem($input: ChecklistItemInput!) {
    saveChecklistItem(input: $input) {
      item { id }
      userErrors { code field message }
    }
  }
`);

/** One checklist item: its state, its evidence check, sign-offs, and what the viewer may do to it. */
export function ChecklistItemRow({
  programId,
  item,
  onChanged,
}: {
  programId: string;
  item: ChecklistItemRowFragment;
  onChanged: () => void;
}) {
  const can = useCan();
  const [open, setOpen] = useState<'edit' | 'sign-off' | null>(null);
  const { errors, pending, submit } = useFormSubmission();

  async function setStatus(status: ChecklistItemStatus) {
    const payload = await submit(async () => {
      const result = await graphqlRequest(SAVE_CHECKLIST_ITEM, {
        input: { id: item.id, programId, status },
      });
      return result.saveChecklistItem;
    });
    if (payload) onChanged();
  }

  const canSave = can('saveChecklistItem');
  const error = errors.form ?? errors.status;
  return (
    <article aria-label={item.title} className="py-3 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1 basis-80">
          <div className="flex flex-wrap items-center gap-2">
            <h3
              className={`text-sm font-medium ${item.status === 'OPEN' ? 'text-slate-900' : 'text-slate-500'}`}
            >
              {item.title}
            </h3>
            <Badge tone={itemStatusTones[item.status]}>{itemStatusLabels[item.status]}</Badge>
            {item.blocking && <Badge tone="warn">Blocking</Badge>}
            {item.overdue && <Badge tone="bad">Overdue</Badge>}
            {item.check && <CheckStateBadge state={item.checkState} />}
          </div>
          <p className="mt-1 text-xs text-slate-500">
            {item.owner ? `Owner ${item.owner.name}` : 'No owner'} · due {formatDay(item.dueOn)}
            {item.statusBy && item.status !== 'OPEN' && (
              <>
                {' '}
                · {itemStatusLabels[item.status].toLowerCase()} by {item.statusBy}{' '}
                {formatDateTime(item.statusAt)}
              </>
            )}
            {item.conditionOf && <> · condition of {item.conditionOf.title}</>}
          </p>
          {item.check && (
            <p className="mt-1 text-xs text-slate-600" data-testid="check-detail">
              <span className="font-medium">Ticked by its check:</span> {item.check.description}
              {item.checkDetail && <span className="text-slate-500"> — {item.checkDetail}</span>}
            </p>
          )}
          {item.notes && <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{item.notes}</p>}
          {item.evidenceLinks.length > 0 && (
            <ul className="mt-1 flex flex-wrap gap-x-3 text-xs">
              {item.evidenceLinks.map((link) => (
                <li key={link} className="max-w-full truncate">
                  <a href={link} target="_blank" rel="noreferrer" className="text-brand-700 hover:underline">
                    {link}
                  </a>
                </li>
              ))}
            </ul>
          )}
          <div className="mt-1">
            <SignOffSummaryList signOffs={item.signOffs} />
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          {canSave && item.status === 'OPEN' && !item.check && (
            <Button disabled={pending} onClick={() => void setStatus('DONE')}>
              Mark done
            </Button>
          )}
          {canSave && item.status !== 'NOT_APPLICABLE' && (
            <Button variant="ghost" disabled={pending} onClick={() => void setStatus('NOT_APPLICABLE')}>
              Not applicable
            </Button>
          )}
          {canSave && item.status !== 'OPEN' && !item.check && (
            <Button variant="secondary" disabled={pending} onClick={() => void setStatus('OPEN')}>
              Reopen
            </Button>
          )}
          {canSave && (
            <Button variant="secondary" onClick={() => setOpen(open === 'edit' ? null : 'edit')}>
              Edit
            </Button>
          )}
          {can('requestSignOff') && (
            <Button variant="secondary" onClick={() => setOpen(open === 'sign-off' ? null : 'sign-off')}>
              Request sign-off
            </Button>
          )}
        </div>
      </div>
      <ErrorText className="mt-2">{error}</ErrorText>
      {open === 'edit' && (
        <div className="mt-3">
          <ChecklistItemEditor
            programId={programId}
            item={item}
            onDone={() => {
              setOpen(null);
              onChanged();
            }}
            onCancel={() => setOpen(null)}
          />
        </div>
      )}
      {open === 'sign-off' && (
        <div className="mt-3">
          <RequestSignOffForm
            subjectType="CHECKLIST_ITEM"
            subjectId={item.id}
            subjectTitle={item.title}
            onRequested={() => {
              setOpen(null);
              onChanged();
            }}
            onCancel={() => setOpen(null)}
          />
        </div>
      )}
    </article>
  );
}
