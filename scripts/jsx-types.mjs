// Writes the JSX types of the elements for React 19 and Preact from custom-elements.json:
//
//   types/jsx/react.d.ts    news-elements/jsx-react    augments React.JSX.IntrinsicElements
//   types/jsx/preact.d.ts   news-elements/jsx-preact   augments preact's JSX.IntrinsicElements
//
// `node scripts/jsx-types.mjs` (`npm run jsx-types`) writes them; with `--check` it writes
// nothing and fails when they differ from what the manifest gives (part of `npm run
// typecheck`), so a manifest change cannot ship stale JSX types. Both frameworks set a prop
// as the element's property when the element has it, else as an attribute, and add a prop
// named `on` + event name (`onnews-article-load`) as an event listener; so each element gets
// one prop per settable public field (typed as the class's own field), one per attribute whose
// name differs from its field (`time-zone`, for server-rendered HTML), and one per event
// (typed with the event class the manifest names). The rest (`class`, `ref`, `children`,
// `aria-*`, DOM events) comes from the framework's own HTML element props.
//
// Why not @wc-toolkit/jsx-types: on this manifest its output does not compile (the event
// classes are used but not imported) and its `ref` prop rejects React's `useRef()` objects.
import { readFile, writeFile, mkdir } from 'node:fs/promises';

const root = new URL('..', import.meta.url);
const PACKAGE = 'news-elements';
const MAIN_MODULE = 'src/index.ts';
const check = process.argv.includes('--check');

const manifest = JSON.parse(await readFile(new URL('custom-elements.json', root), 'utf8'));

/** What the main entry exports by name (the only types the generated files may import). */
const exported = new Set((manifest.modules.find((m) => m.path === MAIN_MODULE)?.exports ?? []).map((e) => e.name).filter((n) => n !== '*'));

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => (a.tagName < b.tagName ? -1 : 1));

const problems = [];
const imports = new Set();
const need = (name) => {
  if (!exported.has(name)) problems.push(`${name} is not exported from ${MAIN_MODULE}`);
  imports.add(name);
  return name;
};

/** A JSDoc block at `indent`, or nothing for no text. */
function doc(lines, indent) {
  const text = lines.filter(Boolean).join('\n\n').replace(/\*\//g, '*\\/').trim();
  if (!text) return '';
  const body = text.split('\n').map((line) => `${indent} *${line.trim() ? ` ${line.trim()}` : ''}`);
  return body.length === 1 && !text.includes('\n') ? `${indent}/** ${text} */\n` : `${indent}/**\n${body.join('\n')}\n${indent} */\n`;
}
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** The type of an event's handler argument: the class the manifest names, as the main entry exports it. */
function eventType(event, element) {
  const text = event.type?.text?.trim();
  if (!text || text === 'Event') return 'Event';
  if (/^[A-Z][\w$]*$/.test(text)) return need(text);
  problems.push(`${element.tagName}: event ${event.name} has the type "${text}", which is not an exported class`);
  return 'Event';
}

/** One element's own props: settable fields, attributes named apart from their field, events. */
function ownProps(d) {
  const cls = need(d.name);
  const attributes = d.attributes ?? [];
  const attributeOf = new Map(attributes.filter((a) => a.fieldName).map((a) => [a.fieldName, a]));
  const fields = (d.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public' && !/^[_#]/.test(m.name),
  );
  const out = [];
  for (const f of fields) {
    const attribute = attributeOf.get(f.name);
    const notes = [
      f.description,
      !attribute ? 'Property only (no attribute).' : attribute.name !== f.name ? `Attribute \`${attribute.name}\`.` : '',
      f.default !== undefined ? `@default ${f.default}` : '',
      f.deprecated ? `@deprecated ${f.deprecated === true ? '' : f.deprecated}` : '',
    ];
    out.push(`${doc(notes, '  ')}  ${key(f.name)}?: ${cls}['${f.name}'] | undefined;`);
  }
  for (const f of fields) {
    const attribute = attributeOf.get(f.name);
    if (!attribute || attribute.name === f.name) continue;
    const notes = [`The \`${f.name}\` property as an attribute (what a server renders).`, f.description];
    out.push(`${doc(notes, '  ')}  ${key(attribute.name)}?: ${cls}['${f.name}'] | undefined;`);
  }
  for (const e of d.events ?? []) {
    if (!e.name) continue;
    const notes = [e.description, `The \`${e.name}\` event (bubbles, composed).`];
    out.push(`${doc(notes, '  ')}  ${key(`on${e.name}`)}?: ((event: ElementEvent<${eventType(e, d)}, ${cls}>) => void) | undefined;`);
  }
  return out.join('\n');
}

/**
 * `--news-article-font-size` and the like. A page token (`--ne-*`) is listed by each element
 * that reads it: its description is the one of the element that lists the most of them.
 */
const cssProperties = new Map();
const byTokens = [...elements].sort((a, b) => (b.cssProperties?.length ?? 0) - (a.cssProperties?.length ?? 0));
for (const d of byTokens) for (const p of d.cssProperties ?? []) if (!cssProperties.has(p.name)) cssProperties.set(p.name, p);

const propsName = (d) => `${d.name.replace(/Element$/, '')}Props`;
const body = elements
  .map((d) => `${doc([`The own props of \`<${d.tagName}>\` (${d.name}).`], '')}export interface ${propsName(d)} {\n${ownProps(d)}\n}\n`)
  .join('\n');
const elementDoc = (d) => doc([d.summary ?? d.description, `Registered by \`import '${PACKAGE}/define'\` (or \`${d.name}.define()\`).`], '      ');

const header = (framework, usage) =>
  `// Generated from custom-elements.json by scripts/jsx-types.mjs (\`npm run jsx-types\`): do not edit.
/**
 * JSX types of the news-elements custom elements for ${framework}. Include them once:
 *
 *   ${usage}
 *
 * A prop the element has is set as its property, so \`article\` and \`images\` take objects, but
 * only once the element is defined: import \`${PACKAGE}/define\` (or call \`define()\`) before
 * the first render. Attribute names (\`time-zone\`) are attributes. An \`on<event-name>\` prop
 * (\`onnews-article-load\`) listens to that event.
 */
`;

const importLine = () => `import type { ${[...imports].sort().join(', ')} } from '${PACKAGE}';`;

const eventHelper = `/** An event as its handler gets it: \`currentTarget\` is the element the prop is on. */
export type ElementEvent<E extends Event, T extends HTMLElement> = E & { readonly currentTarget: T };
`;

function react() {
  const tags = elements.map((d) => `${elementDoc(d)}      '${d.tagName}': ReactElementProps<${d.name}, ${propsName(d)}>;`).join('\n');
  const css = [...cssProperties.values()].map((p) => `${doc([p.description], '    ')}    '${p.name}'?: string | number | undefined;`).join('\n');
  return `${header('React 19', `import type {} from '${PACKAGE}/jsx-react'; // or "types": ["${PACKAGE}/jsx-react"] in tsconfig.json`)}import type { ClassAttributes, HTMLAttributes } from 'react';
${importLine()}

${eventHelper}
/** React's props of an HTML element (\`className\`, \`ref\`, \`children\`, \`aria-*\`, \`onClick\`…) with the element's own. */
export type ReactElementProps<T extends HTMLElement, P> = Omit<HTMLAttributes<T>, keyof P> & ClassAttributes<T> & P;

${body}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${tags}
    }
  }
  /** The elements' CSS custom properties, for \`style={{ '--ne-color-accent': '#0a58ca' }}\`. */
  interface CSSProperties {
${css}
  }
}
`;
}

function preact() {
  const tags = elements.map((d) => `${elementDoc(d)}      '${d.tagName}': PreactElementProps<${d.name}, ${propsName(d)}>;`).join('\n');
  return `${header('Preact', `import type {} from '${PACKAGE}/jsx-preact'; // or "types": ["${PACKAGE}/jsx-preact"] in tsconfig.json`)}import type { HTMLAttributes } from 'preact';
${importLine()}

${eventHelper}
/** Preact's props of an HTML element (\`class\`, \`ref\`, \`children\`, \`aria-*\`, \`onClick\`…) with the element's own. */
export type PreactElementProps<T extends HTMLElement, P> = Omit<HTMLAttributes<T>, keyof P> & P;

${body}
declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${tags}
    }
  }
}
`;
}

const files = { 'types/jsx/react.d.ts': react(), 'types/jsx/preact.d.ts': preact() };

if (problems.length) {
  console.error(`jsx-types: custom-elements.json cannot be typed:\n  ${[...new Set(problems)].join('\n  ')}`);
  process.exit(1);
}

let stale = 0;
if (!check) await mkdir(new URL('types/jsx/', root), { recursive: true });
for (const [path, text] of Object.entries(files)) {
  const url = new URL(path, root);
  const old = await readFile(url, 'utf8').catch(() => undefined);
  if (old === text) continue;
  if (check) {
    stale++;
    console.error(`jsx-types: ${path} is not what custom-elements.json gives: run \`npm run jsx-types\``);
  } else {
    await writeFile(url, text);
    console.log(`jsx-types: wrote ${path}`);
  }
}
if (stale) process.exit(1);
