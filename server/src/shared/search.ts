/** A LIKE pattern matching `text` anywhere, with LIKE's own wildcards (\ % _) in it taken literally. */
export function containsPattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (c) => "\\" + c)}%`;
}
