import pkg from '../../package.json';

export const VERSION: string = pkg.version;

export const HELP = `apology-score ${pkg.version}: score a crisis statement against the five steps of an apology
(own up, acknowledge the effect, apologize, state the solution, prevent it) and explain why.

Usage:
  apology-score [options] [file|folder|glob ...]   score statements (no file or "-": standard input)
  apology-score compare <draft> <draft> [...]      rank drafts and show what changed from one to the next

Inputs: Markdown (.md, .markdown, .mdx) and plain text (.txt); a folder gives its statement files.
Front matter (author, date, source, lang) is read as metadata; Markdown markup is not scored.
In Markdown, <!-- apology-score-disable ID --> ... <!-- apology-score-enable ID --> and
<!-- apology-score-ignore-next-line --> turn findings off where a draft means them.

Options:
  -f, --format <name>     text (default), json, markdown, sarif or html
  -r, --rubric <id|file>  a built-in rubric id (default five-step) or a rubric JSON file
  -l, --lang <en|fr>      language (default: the front matter's lang, else en)
      --fail-under <n>    exit with 1 when a statement scores under n (0-100)
  -q, --quiet             only one summary line per statement
  -o, --output <file>     write the report to a file
      --disable <ids>     finding ids to turn off, comma-separated (e.g. passive-voice,jargon)
      --max-bytes <n>     largest statement scored (default 1048576)
  -j, --jobs <n>          worker threads for large batches (default: the machine's cores)
  -c, --config <file>     read options from this file instead of looking for one
      --no-config         ignore .apologyscorerc.json and package.json's "apology-score" key
      --color, --no-color colour in the text report (default: on a terminal; NO_COLOR, FORCE_COLOR)
      --no-progress       no progress bar on standard error
      --list-rubrics      list the built-in rubrics
      --print-rubric <id> print a built-in rubric's data, to start your own
      --debug             show stack traces, and how many inputs and worker threads a run has
  -v, --version           print the version
  -h, --help              print this help

Config: the first .apologyscorerc.json (or package.json "apology-score" key) from the current
folder up, e.g. { "failUnder": 60, "disable": ["jargon"], "rubric": "./our-rubric.json" }.

Exit codes: 0 ok; 1 a statement scored under --fail-under; 2 usage, input or rubric error.

Examples:
  apology-score statement.md
  apology-score drafts/ --format markdown > review.md
  apology-score 'press/**/*.md' --fail-under 60 --quiet
  pbpaste | apology-score --format json
  apology-score compare draft-1.md draft-2.md draft-3.md
  apology-score examples/crowdstrike --format html --output report.html
`;
