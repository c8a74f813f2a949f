/** Values a message template can use: {evidence}, {finding:ID}, {rewrite}, {text}. */
export type Placeholders = Record<string, string | undefined>;

const PLACEHOLDER = /\{([a-z]+(?::[a-z-]+)?)\}/g;

/**
 * The first template whose placeholders all have values, filled in. Rubric messages list
 * alternatives from the most tailored to the most general, so there is always one to use.
 */
export function fillMessage(templates: readonly string[], values: Placeholders): string {
  for (const template of templates) {
    if (!template.includes('{')) return template;
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
  const flat = isFlat(text) ? text : text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** True when a text has no whitespace but single spaces between words: most quotes, which then need no copy. */
function isFlat(text: string): boolean {
  let previousSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32;
    if ((space && previousSpace) || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 11 || c === 12 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0xfeff || c === 0x1680 || c === 0x202f || c === 0x205f) return false;
    previousSpace = space;
  }
  return !previousSpace || text.length === 0;
}
