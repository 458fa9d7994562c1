import '../src/define.js';

/** The importer format of a corpus folder. */
const FORMATS: Record<string, string> = { wordpress: 'wordpress', 'arc-ans': 'ans', 'apple-news-format': 'anf', 'bbc-simorgh': 'optimo' };
/** A site's language, for formats whose documents do not carry one. */
const LANGS: Record<string, string> = { wordpress: 'en' };

const cases = document.querySelector('#cases')!;
const note = document.querySelector('#note')!;
const index = await fetch('corpus/index.json');
if (!index.ok) {
  note.append(' The corpus folder is not on this machine, so there is nothing to show here.');
} else {
  for (const file of (await index.json()) as string[]) {
    const folder = file.split('/')[0]!;
    const format = FORMATS[folder];
    if (!format) continue;
    const section = document.createElement('section');
    const heading = document.createElement('h2');
    heading.textContent = `${file} (${format})`;
    const article = document.createElement('news-article');
    article.setAttribute('src', `corpus/${file}`);
    article.setAttribute('format', format);
    if (LANGS[folder]) article.setAttribute('lang', LANGS[folder]);
    const source = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = 'Source document';
    const pre = document.createElement('pre');
    source.append(summary, pre);
    void fetch(`corpus/${file}`).then(async (response) => (pre.textContent = await response.text()));
    const warnings = document.createElement('ul');
    article.addEventListener('news-article-load', (event) => {
      warnings.replaceChildren(...event.warnings.map((w) => Object.assign(document.createElement('li'), { textContent: `${w.path}: ${w.message}` })));
    });
    section.append(heading, article, source, warnings);
    cases.append(section);
  }
}
