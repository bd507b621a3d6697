import { EmptyState } from './ui/empty-state';
import { PageHeader } from './ui/page-header';

/**
 * An area whose data does not exist yet in this installation. Says plainly what will be
 * here and how it gets filled, instead of showing fake rows.
 */
export function AreaPlaceholder({
  title,
  description,
  emptyTitle,
  children,
}: {
  title: string;
  description: string;
  emptyTitle: string;
  children: React.ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <EmptyState title={emptyTitle}>{children}</EmptyState>
    </>
  );
}
