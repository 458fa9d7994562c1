/// <reference types="vite/client" />
import '../src/define.js';

// The broken inputs, as raw text, so that what is not JSON stays not JSON.
const inputs = import.meta.glob<string>('./articles/broken/*', { query: '?raw', import: 'default' });

for (const section of document.querySelectorAll<HTMLElement>('section[data-case]')) {
  const heading = document.createElement('h2');
  heading.textContent = section.dataset.title!;
  const element = document.createElement('news-article');
  const log = document.createElement('ul');
  log.className = 'demo-log';
  element.addEventListener('news-article-error', (event) => {
    log.replaceChildren(...event.errors.map((error) => item(`error · ${error.path || '(document)'}: ${error.message}`)));
  });
  element.addEventListener('news-article-load', (event) => {
    log.replaceChildren(...event.warnings.map((warning) => item(`warning · ${warning.path}: ${warning.message}`)));
  });
  section.append(heading, element, log);
  element.article = await inputs[`./articles/${section.dataset.case}`]!();
}

function item(text: string): HTMLLIElement {
  return Object.assign(document.createElement('li'), { textContent: text });
}
