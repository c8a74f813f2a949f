/** Values a message template can use: {evidence}, {finding:ID}, {rewrite}, {text}. */
export type Placeholders = Record<string, string | undefined>;

const PLACEHOLDER = /\{([a-z]+(?::[a-z-]+)?)\}/g;

/**
 * The first template whose placeholders all have values, filled in. Rubric messages list
 * alternatives from the most tailored to the most general, so there is always one to use.
 */
export function fillMessage(templates: readonly string[], values: Placeholders): string {
  for (const template of templates) {
    let complete = true;
    const filled = template.replace(PLACEHOLDER, (_, key: string) => {
      const value = values[key];
      if (value === undefined) complete = false;
      return value ?? '';
    });
    if (complete) return filled;
  }
  // The last template is the fallback even with a placeholder missing: drop the empty quote.
  return templates[templates.length - 1]!.replace(PLACEHOLDER, (_, key: string) => values[key] ?? '…');
}

/** A quote short enough for a sentence of explanation. */
export function shortQuote(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
