import { ErrorText } from './error-text';

/**
 * What stands in for a query's content until it has data: the request's error, else a line
 * saying what is loading ("Loading the campaign…").
 */
export function QueryStatus({ error, loading }: { error?: string | null; loading: string }) {
  return error ? <ErrorText>{error}</ErrorText> : <p className="text-sm text-slate-500">{loading}</p>;
}
