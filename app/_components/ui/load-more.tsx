import type { ConnectionQuery } from '../use-connection-query';
import { Button } from './button';

/** The foot of a keyset-paginated list (`useConnectionQuery`): how many are shown, and "Load more" while pages follow. */
export function LoadMore({
  list,
  total,
}: {
  list: Pick<ConnectionQuery<unknown>, 'nodes' | 'hasMore' | 'loading' | 'loadMore'>;
  /** How many there are in all, when the list knows. */
  total?: number | null;
}) {
  const shown = list.nodes?.length ?? 0;
  if (!list.hasMore && shown === 0) return null;
  return (
    <div className="mt-3 flex items-center justify-between text-xs text-slate-500">
      <span>
        {shown.toLocaleString('en-US')}
        {total != null && ` of ${total.toLocaleString('en-US')}`} shown
      </span>
      {list.hasMore && (
        <Button variant="secondary" onClick={() => void list.loadMore()} disabled={list.loading}>
          {list.loading ? 'Loading…' : 'Load more'}
        </Button>
      )}
    </div>
  );
}
