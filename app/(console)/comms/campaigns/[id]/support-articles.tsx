'use client';

import { useState } from 'react';
import { formatDateTime } from '@/app/_components/format';
import { useCan } from '@/app/_components/permissions';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { ErrorText } from '@/app/_components/ui/error-text';
import { Field, Select, TextArea, TextInput } from '@/app/_components/ui/field';
import { FormFooter } from '@/app/_components/ui/form-footer';
import { useGraphQLQuery } from '@/app/_components/use-graphql-query';
import { useMutationForm } from '@/app/_components/use-mutation-form';
import { graphql } from '@/app/_gql';

const SUPPORT_ARTICLES = graphql(`
  query SupportArticles($campaignId: ID) {
    supportArticles(campaignId: $campaignId) { id kind title body createdBy createdAt }
  }
`);
const CREATE_SUPPORT_ARTICLE = graphql(`
  mutation SupportArticlesCreate($input: CreateSupportArticleInput!) {
    createSupportArticle(input: $input) { article { id } userErrors { code field message } }
  }
`);
const kindLabels: Record<string, string> = { script: 'Script', faq: 'FAQ' };

/** Scripts and FAQs for the support team about this campaign, and a form to add one. */
export function SupportArticles({ campaignId }: { campaignId: string }) {
  const [refresh, setRefresh] = useState(0);
  const [adding, setAdding] = useState(false);
  const { data, error } = useGraphQLQuery(SUPPORT_ARTICLES, { campaignId }, refresh);
  const can = useCan();
  const { errors, pending, onSubmit } = useMutationForm({
    mutation: CREATE_SUPPORT_ARTICLE,
    toVariables: (values) => ({
      input: {
        campaignId,
        kind: values.text('kind'),
        title: values.text('title'),
        body: values.text('body'),
      },
    }),
    payload: (data) => data.createSupportArticle,
    onDone: () => {
      setAdding(false);
      setRefresh((n) => n + 1);
    },
  });

  const articles = data?.supportArticles ?? [];
  return (
    <Card
      title="Support scripts & FAQs"
      actions={
        can('createSupportArticle') &&
        !adding && (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            Add article
          </Button>
        )
      }
    >
      <div className="space-y-4">
        <ErrorText>{error}</ErrorText>
        {adding && (
          <form
            onSubmit={onSubmit}
            aria-label="Add a support article"
            className="space-y-3 rounded-md bg-slate-50 p-4"
          >
            <div className="grid gap-3 sm:grid-cols-[8rem_minmax(0,1fr)]">
              <Field label="Kind" error={errors.kind}>
                <Select name="kind" defaultValue="faq">
                  <option value="faq">FAQ</option>
                  <option value="script">Script</option>
                </Select>
              </Field>
              <Field label="Title" error={errors.title}>
                <TextInput name="title" required placeholder="Why does my invoice look different?" />
              </Field>
            </div>
            <Field label="Text" error={errors.body}>
              <TextArea name="body" rows={4} required placeholder="What support says, step by step" />
            </Field>
            <FormFooter
              error={errors.form}
              pending={pending}
              submit="Add"
              busy="Adding…"
              onCancel={() => setAdding(false)}
            />
          </form>
        )}
        {data && articles.length === 0 && !adding && (
          <p className="text-sm text-slate-600">
            None yet. A script or FAQ tells support what to answer when customers ask about this message.
          </p>
        )}
        {articles.length > 0 && (
          <ul className="space-y-2">
            {articles.map((article) => (
              <li key={article.id}>
                <details className="rounded-md ring-1 ring-slate-200">
                  <summary className="flex cursor-pointer items-center gap-2 px-3 py-2 text-sm">
                    <Badge tone={article.kind === 'script' ? 'info' : 'neutral'}>
                      {kindLabels[article.kind] ?? article.kind}
                    </Badge>
                    <span className="min-w-0 flex-1 font-medium text-slate-800">{article.title}</span>
                  </summary>
                  <div className="border-t border-slate-100 px-3 py-2">
                    <p className="text-sm whitespace-pre-wrap text-slate-700">{article.body}</p>
                    <p className="mt-2 text-xs text-slate-500">
                      {article.createdBy} · {formatDateTime(article.createdAt)}
                    </p>
                  </div>
                </details>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}
