/** The reporters of the `apology-score` command, by `--format` name. */
import { html } from './html.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { text } from './text.js';

export const REPORTERS = { text, json, markdown, sarif, html } as const;
export type ReportFormat = keyof typeof REPORTERS;

export type { Reporter, ReportOptions, ScoredInput } from './report-input.js';
