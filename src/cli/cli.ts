/// <reference types="node" />
/**
 * `news-elements`, the command line for CMS pipelines (runs in Node; the Node build of the
 * library, with parse5 in place of the DOM):
 *
 *   news-elements convert [--from FORMAT] [--lang LANG] [--base URL] FILE...   Article JSON
 *   news-elements render FILE...                                                HTML-first markup
 *   news-elements validate [--strict] FILE...                                   errors and warnings
 *
 * FILE is a file, a directory (its .json and .html files), a quoted glob of file names
 * (`'posts/*.json'`) or `-` (standard input). One file
 * prints its result on standard output; several print one JSON object per line
 * (`{"file", ...}`) and report progress on standard error. Every error and warning is printed
 * on standard error with its path. Exit codes: 0 valid, 1 warnings only with `--strict`, 2 a
 * fatal error (or a usage error).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { renderArticleHTML } from '../article/render-html.js';
import type { ArticleIssue } from '../article/types.js';
import { parseArticle } from '../article/validate.js';
import { FORMATS, importArticle, type ImportFormat } from '../import/index.js';

const USAGE = `Usage:
  news-elements convert [--from ${FORMATS.join('|')}] [--lang LANG] [--base URL] FILE...
  news-elements render [--base URL] FILE...
  news-elements validate [--strict] [--base URL] FILE...

FILE: a file, a directory (its .json and .html files), a quoted glob ('posts/*.json'),
or - for standard input.
Exit codes: 0 valid, 1 warnings (with --strict), 2 fatal errors.`;

interface Options {
  command: 'convert' | 'render' | 'validate';
  from?: ImportFormat;
  lang?: string;
  base?: string;
  strict: boolean;
  files: string[];
}

class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): Options {
  const [command, ...rest] = argv;
  if (command !== 'convert' && command !== 'render' && command !== 'validate') throw new UsageError(command ? `unknown command "${command}"` : 'no command');
  const options: Options = { command, strict: false, files: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = () => {
      const next = rest[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--from') {
      const format = value();
      if (!(FORMATS as string[]).includes(format)) throw new UsageError(`--from: "${format}" is not one of ${FORMATS.join(', ')}`);
      options.from = format as ImportFormat;
    } else if (arg === '--lang') options.lang = value();
    else if (arg === '--base') options.base = value();
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (!options.files.length) throw new UsageError('no file given');
  return options;
}

const READABLE = ['.json', '.html', '.htm'];

/** A glob of the last path segment (`posts/*.json`, `a?.html`) as a test of file names. */
function globTest(pattern: string): RegExp {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`^${source}$`);
}

/**
 * The files named by `names`: directories give their .json and .html files, and a name whose
 * last segment has `*` or `?` (quoted, so that the shell leaves it) the files it matches, in
 * order.
 */
async function expand(names: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const name of names) {
    if (name === '-') {
      files.push(name);
      continue;
    }
    const slash = name.lastIndexOf('/');
    const last = name.slice(slash + 1);
    if (/[*?]/.test(last)) {
      const dir = slash >= 0 ? name.slice(0, slash) || '/' : '.';
      const test = globTest(last);
      const matched = (await readdir(dir)).filter((entry) => test.test(entry)).sort();
      if (!matched.length) throw new Error(`no file matches ${name}`);
      files.push(...matched.map((entry) => (slash >= 0 ? join(dir, entry) : entry)));
      continue;
    }
    if ((await stat(name)).isDirectory()) {
      const entries = (await readdir(name)).filter((entry) => READABLE.includes(extname(entry))).sort();
      files.push(...entries.map((entry) => join(name, entry)));
    } else files.push(name);
  }
  return files;
}

async function readInput(file: string): Promise<string> {
  if (file !== '-') return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A document's text as the importers take it: parsed JSON, or markup as it is. */
function asSource(text: string, file: string): unknown {
  if (/\.html?$/i.test(file) || /^\s*</.test(text)) return text;
  return JSON.parse(text);
}

interface Outcome {
  output?: string;
  errors: ArticleIssue[];
  warnings: ArticleIssue[];
}

async function runOne(options: Options, file: string): Promise<Outcome> {
  let source: unknown;
  try {
    source = asSource(await readInput(file), file);
  } catch (error) {
    return { errors: [{ path: '', message: error instanceof SyntaxError ? `is not valid JSON (${error.message})` : String((error as Error).message ?? error) }], warnings: [] };
  }
  if (options.command === 'convert') {
    const result = await importArticle(source, { format: options.from, lang: options.lang, baseURL: options.base });
    return result.ok ? { output: JSON.stringify(result.article, null, 2), errors: [], warnings: result.warnings } : { errors: result.errors, warnings: result.warnings };
  }
  const result = parseArticle(source, { baseURL: options.base });
  if (!result.ok) return { errors: result.errors, warnings: [] };
  if (options.command === 'render') return { output: renderArticleHTML(result.article), errors: [], warnings: result.warnings };
  return { errors: [], warnings: result.warnings };
}

const line = (file: string, severity: string, issue: ArticleIssue) => `${file}: ${severity}: ${issue.path || '(document)'}: ${issue.message}`;

/** Runs the command line; resolves with the exit code. */
/** Where output goes: standard output and error, or anything that takes text. */
export interface Sink {
  write(text: string): unknown;
}

export async function main(argv: readonly string[], out: Sink = process.stdout, err: Sink = process.stderr): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err.write(`${error.message ? `news-elements: ${error.message}\n\n` : ''}${USAGE}\n`);
    return 2;
  }
  let files: string[];
  try {
    files = await expand(options.files);
  } catch (error) {
    err.write(`news-elements: ${(error as Error).message}\n`);
    return 2;
  }
  const batch = files.length > 1;
  let fatal = 0;
  let warned = 0;
  for (const [i, file] of files.entries()) {
    if (batch) err.write(`[${i + 1}/${files.length}] ${file}\n`);
    const { output, errors, warnings } = await runOne(options, file);
    for (const issue of errors) err.write(`${line(file, 'error', issue)}\n`);
    for (const issue of warnings) err.write(`${line(file, 'warning', issue)}\n`);
    if (errors.length) fatal++;
    else if (warnings.length) warned++;
    if (options.command === 'validate') {
      if (batch) out.write(`${JSON.stringify({ file, valid: !errors.length, errors, warnings })}\n`);
      else out.write(errors.length ? 'invalid\n' : warnings.length ? `valid, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}\n` : 'valid\n');
    } else if (output !== undefined) {
      out.write(batch ? `${JSON.stringify({ file, output })}\n` : `${output}\n`);
    }
  }
  if (batch) err.write(`${files.length} files: ${files.length - fatal - warned} clean, ${warned} with warnings, ${fatal} failed\n`);
  return fatal ? 2 : warned && options.strict ? 1 : 0;
}
