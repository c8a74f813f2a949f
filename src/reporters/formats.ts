/** The report formats of the command, in the order `--help` lists them. */
export const REPORT_FORMATS = ['text', 'json', 'markdown', 'sarif', 'html'] as const;

export type ReportFormat = (typeof REPORT_FORMATS)[number];
