/**
 * A build-time Vite plugin that squeezes whitespace out of Lit's `css`, `html` and `svg`
 * tagged templates (the minifier leaves template text alone). CSS loses comments and the
 * space around punctuation; markup loses indentation. Runs on src/ only, never in tests.
 *
 * Markup rule: whitespace that contains a line break collapses to nothing between two tags
 * (`>` … `<`) and to one space elsewhere, so inline text keeps its word spacing.
 *
 * A small scanner, not a regex: templates nest (`${cond ? html`…` : nothing}`), so it
 * follows `${ … }` through braces, strings and inner templates, squeezing those too.
 */

function squeezeCss(text) {
  return text
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

function squeezeMarkup(text) {
  return text.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');
}

/**
 * Reads a template literal whose opening backtick is at `start`; returns the rewritten
 * literal and the index after its closing backtick. `squeeze` (or null) rewrites static text.
 */
function readTemplate(code, start, squeeze) {
  let out = '`';
  let text = '';
  let i = start + 1;
  const flush = () => {
    out += squeeze ? squeeze(text) : text;
    text = '';
  };
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      text += code.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      flush();
      return [`${out}\``, i + 1];
    } else if (c === '$' && code[i + 1] === '{') {
      flush();
      const [expression, end] = readCode(code, i + 2, '}');
      out += `\${${expression}}`;
      i = end + 1;
    } else {
      text += c;
      i++;
    }
  }
  throw new Error('unterminated template literal');
}

const TAGGED = /(?:^|[^\w$.])(html|css|svg)$/;
/** Code after which a `/` starts a regular expression, not a division. */
const REGEX_BEFORE = /(?:^|[(,=:[!&|?{};]|\breturn)\s*$/;

/** Reads code from `start` up to the `close` character at depth 0; returns [rewritten code, index of `close`]. */
function readCode(code, start, close) {
  let out = '';
  let depth = 0;
  let i = start;
  while (i < code.length) {
    const c = code[i];
    if (c === close && depth === 0) return [out, i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      out += code.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && code[i + 1] === '/') {
      const j = code.indexOf('\n', i);
      out += code.slice(i, j === -1 ? code.length : j);
      i = j === -1 ? code.length : j;
    } else if (c === '/' && code[i + 1] === '*') {
      const j = code.indexOf('*/', i + 2) + 2;
      out += code.slice(i, j);
      i = j;
    } else if (c === '/' && REGEX_BEFORE.test(out)) {
      // A regular expression literal (it may hold quotes and backticks): to its closing slash,
      // which is not escaped and not inside a character class.
      let j = i + 1;
      let inClass = false;
      while (j < code.length && (code[j] !== '/' || inClass)) {
        if (code[j] === '\\') j++;
        else if (code[j] === '[') inClass = true;
        else if (code[j] === ']') inClass = false;
        j++;
      }
      out += code.slice(i, j + 1);
      i = j + 1;
    } else if (c === '`') {
      const tag = TAGGED.exec(out)?.[1];
      const [literal, end] = readTemplate(code, i, tag === 'css' ? squeezeCss : tag ? squeezeMarkup : null);
      out += literal;
      i = end;
    } else {
      out += c;
      i++;
    }
  }
  return [out, i];
}

export function squeezeTemplates(code) {
  return readCode(code, 0, null)[0];
}

export function minifyTemplates() {
  return {
    name: 'minify-lit-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(?:html|css|svg)`/.test(code)) return null;
      const out = squeezeTemplates(code);
      return out === code ? null : { code: out, map: null };
    },
  };
}
