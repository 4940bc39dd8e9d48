/**
 * Markdown with its code blanked out, for the checks that read the source text: `[[x]]`, a
 * link or a component written inside code is an example, not content. Every blanked character
 * becomes a space and line breaks stay, so a line and column found in the result point at the
 * same place in the author's file.
 */

/** A fence opens with three or more backticks or tildes, indented at most three spaces (CommonMark). */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function blankCode(markdown: string, { inline = true }: { inline?: boolean } = {}): string {
  const blank = (s: string) => ' '.repeat(s.length);
  let fence: string | undefined;
  return markdown
    .split('\n')
    .map((line) => {
      const marker = FENCE.exec(line)?.[1];
      if (fence !== undefined) {
        // Closed by a fence of the same character, at least as long, with nothing after it.
        if (
          marker &&
          marker[0] === fence[0] &&
          marker.length >= fence.length &&
          !line.trim().slice(marker.length).trim()
        )
          fence = undefined;
        return blank(line);
      }
      if (marker) {
        fence = marker;
        return blank(line);
      }
      return inline ? line.replace(/`[^`]*`/g, blank) : line;
    })
    .join('\n');
}
