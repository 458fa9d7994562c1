/**
 * A build-time Vite plugin that squeezes whitespace out of Lit's `css`, `html` and `svg`
 * tagged templates (the minifier leaves template text alone). CSS loses comments and the
 * space around punctuation; markup loses indentation. Runs on src/ only, never in tests.
 *
 * Markup rule: whitespace that contains a line break collapses to nothing between two tags
 * (`>` … `<`) and to one space elsewhere, so inline text keeps its word spacing.
 */
const TEMPLATE = /\b(css|html|svg)`((?:\\[^]|\$\{(?:[^{}]|\{[^{}]*\})*\}|[^`\\$]|\$(?!\{))*)`/g;

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

export function minifyTemplates() {
  return {
    name: 'minify-lit-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = code.replace(TEMPLATE, (match, tag, body) =>
        // Only static text is squeezed; ${…} expressions are kept as written.
        `${tag}\`${body.replace(/(\$\{(?:[^{}]|\{[^{}]*\})*\})|([^$]+|\$)/g, (part, expression, text) =>
          expression ?? (tag === 'css' ? squeezeCss(text) : squeezeMarkup(text)))}\``,
      );
      return out === code ? null : { code: out, map: null };
    },
  };
}
