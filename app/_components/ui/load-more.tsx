import { Button } from './button';

/** The foot of a keyset-paginated list: "Load more" while pages follow. */
export function LoadMore({
  hasMore,
  loading,
  onLoadMore,
  shown,
  total,
}: {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  shown: number;
  /** How many there are in all, when the list knows. */
  total?: number | null;
}) {
  if (!hasMore && shown === 0) return null;
  return (
    <div className="mt-3 flex items-center justify-between text-xs text-slate-500">
      <span>
        {shown.toLocaleString('en-US')}
        {total != null && ` of ${total.toLocaleString('en-US')}`} shown
      </span>
      {hasMore && (
        <Button variant="secondary" onClick={onLoadMore} disabled={loading}>
          {loading ? 'Loading…' : 'Load more'}
        </Button>
      )}
    </div>
  );
}
