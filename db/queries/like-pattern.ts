/** Escapes LIKE's wildcards so user text matches literally ("50%_off" finds itself). */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A LIKE pattern for "contains this text". */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}
