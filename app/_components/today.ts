/**
 * Today as the API writes a `Date` (YYYY-MM-DD), in the browser's time zone: the day the user
 * is living, which is what a date input should offer and what "ended", "overdue" mean to them.
 */
export function today(): string {
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
