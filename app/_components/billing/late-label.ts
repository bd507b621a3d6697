/** "Started 3 h 5 min late": how late a scheduled run started. */
export function lateLabel(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  const hours = Math.floor(minutes / 60);
  return `Started ${hours > 0 ? `${hours} h ` : ''}${minutes % 60} min late`;
}
