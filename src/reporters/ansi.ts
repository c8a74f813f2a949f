/**
 * ANSI SGR colours for the terminal reporter. With colour off every function returns its
 * text unchanged, so a reporter paints unconditionally and the caller decides once.
 */
export interface Palette {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

const sgr = (open: number, close: number) => (text: string) =>
  text === '' ? text : `\x1b[${open}m${text}\x1b[${close}m`;

const COLOURED: Palette = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  green: sgr(32, 39),
  yellow: sgr(33, 39),
  cyan: sgr(36, 39),
};

const identity = (text: string) => text;
const PLAIN: Palette = { bold: identity, dim: identity, red: identity, green: identity, yellow: identity, cyan: identity };

export function palette(color: boolean): Palette {
  return color ? COLOURED : PLAIN;
}

/** The text without SGR sequences: what a terminal shows. */
export function stripAnsi(text: string): string {
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}

/**
 * Text from a statement made safe to print: control characters (an ESC that would start a
 * terminal sequence, a NUL, ...) and bidirectional overrides become visible `\u{..}` escapes.
 * Tabs and line breaks are kept; the reporter lays them out.
 */
export function printable(text: string): string {
  return text.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
