/** Values a message template can use: {evidence}, {finding:ID}, {rewrite}, {text}. */
export type Placeholders = Record<string, string | undefined>;

const KEY = /^[a-z]+(?::[a-z-]+)?$/;

/**
 * The first template whose placeholders all have values, filled in. Rubric messages list
 * alternatives from the most tailored to the most general, so there is always one to use.
 */
export function fillMessage(templates: readonly string[], values: Placeholders): string {
  for (const template of templates) {
    const filled = fill(template, values, null);
    if (filled !== null) return filled;
  }
  // The last template is the fallback even with a placeholder missing: drop the empty quote.
  return fill(templates[templates.length - 1]!, values, '…')!;
}

/**
 * `template` with each `{key}` replaced by its value; a key without a value becomes `missing`,
 * or, when `missing` is null, the template is refused (null). A scan, not a regex with a callback:
 * it runs for every step and finding of every statement.
 */
function fill(template: string, values: Placeholders, missing: string | null): string | null {
  let open = template.indexOf('{');
  if (open === -1) return template;
  let out = '';
  let from = 0;
  while (open !== -1) {
    const close = template.indexOf('}', open);
    if (close === -1) break;
    const key = template.slice(open + 1, close);
    if (KEY.test(key)) {
      // Own keys only: a template's {constructor} is not Object's.
      const value = (Object.hasOwn(values, key) ? values[key] : undefined) ?? missing;
      if (value === null) return null;
      out += template.slice(from, open) + value;
      from = close + 1;
      open = template.indexOf('{', from);
    } else open = template.indexOf('{', open + 1);
  }
  return out + template.slice(from);
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
