// Runs after the manifest analyzer: puts custom-elements.json's modules in path order (the
// analyzer follows the file system's directory order, which differs between clones), then
// regenerates the API section of README.md (between the api:start/api:end markers) from it,
// so the docs list exactly what the manifest says.
import { readFile, writeFile } from 'node:fs/promises';

const manifestUrl = new URL('../custom-elements.json', import.meta.url);
const manifest = JSON.parse(await readFile(manifestUrl, 'utf8'));
manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
await writeFile(manifestUrl, `${JSON.stringify(manifest, null, 2)}\n`);
const readmeUrl = new URL('../README.md', import.meta.url);
const readme = await readFile(readmeUrl, 'utf8');

const cell = (text = '') => String(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const table = (head, rows) =>
  rows.length ? [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n') : '';

const sections = [];
for (const module of manifest.modules) {
  for (const d of module.declarations ?? []) {
    if (!d.customElement) continue;
    const fields = (d.members ?? []).filter((m) => m.kind === 'field' && m.privacy !== 'private' && !m.static && !m.name.startsWith('_'));
    const attributes = new Map((d.attributes ?? []).map((a) => [a.fieldName, a.name]));
    const methods = (d.members ?? []).filter((m) => m.kind === 'method' && m.privacy !== 'private' && !m.name.startsWith('_'));
    sections.push(
      [
        `### \`<${d.tagName}>\``,
        d.summary ?? d.description ?? '',
        table(['Property', 'Attribute', 'Type', 'Default', 'Description'],
          fields.map((f) => [`\`${f.name}\``, attributes.has(f.name) ? `\`${attributes.get(f.name)}\`` : '', f.type?.text ? `\`${f.type.text}\`` : '', f.default ? `\`${f.default}\`` : '', f.description ?? ''])),
        table(['Method', 'Description'], methods.map((m) => [`\`${m.static ? `${d.name}.` : ''}${m.name}()\``, m.description ?? ''])),
        table(['Event', 'Description'], (d.events ?? []).map((e) => [`\`${e.name}\``, e.description ?? ''])),
        table(['Slot', 'Description'], (d.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description ?? ''])),
        table(['CSS part', 'Description'], (d.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description ?? ''])),
        table(['CSS custom property', 'Default', 'Description'], (d.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.default ? `\`${p.default}\`` : '', p.description ?? ''])),
      ].filter(Boolean).join('\n\n'),
    );
  }
}

const start = '<!-- api:start (generated from custom-elements.json by scripts/readme-api.mjs) -->';
const end = '<!-- api:end -->';
const from = readme.indexOf(start);
const to = readme.indexOf(end);
if (from === -1 || to === -1) throw new Error('README.md has no api:start/api:end markers');
await writeFile(readmeUrl, `${readme.slice(0, from + start.length)}\n\n${sections.join('\n\n')}\n\n${readme.slice(to)}`);
console.log(`README.md: API of ${sections.length} elements regenerated`);
