/**
 * custom-elements.json: what `npm run analyze` writes. Lit's internal reactive state
 * (`static properties = { _index: { state: true } }`) is neither an attribute nor API, so it is
 * left out, as are private members. A stylesheet module's value (its whole CSS text) is
 * left out too: it is no API, and it made the manifest change with every CSS edit.
 */
import { readFileSync } from 'node:fs';

const hidden = (name) => name.startsWith('_') || name.startsWith('#');

/**
 * The page tokens (`--ne-*`), read by every element through the token layer, are documented
 * once, as `@cssproperty` lines in src/internal/tokens.styles.ts, in the analyzer's own
 * format: `@cssproperty [--name=default] - description`.
 */
const TOKENS = readFileSync(new URL('./src/internal/tokens.styles.ts', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => /^\s*\*\s*@cssproperty \[(--[\w-]+)(?:=(.*?))?\] - (.*)$/.exec(line))
  .filter(Boolean)
  .map(([, name, value, description]) => ({ description, name, ...(value === undefined ? {} : { default: value }) }));
if (TOKENS.length < 20) throw new Error(`custom-elements-manifest.config.mjs: only ${TOKENS.length} page tokens found in tokens.styles.ts`);

export default {
  plugins: [
    {
      name: 'news-elements:no-internals',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules ?? []) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.kind === 'variable' && /css`/.test(declaration.default ?? '')) delete declaration.default;
            if (declaration.customElement) declaration.cssProperties = [...(declaration.cssProperties ?? []), ...TOKENS];
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden(a.name) && !hidden(a.fieldName ?? ''));
            if (declaration.members) declaration.members = declaration.members.filter((m) => !hidden(m.name) && m.privacy !== 'private');
          }
        }
      },
    },
  ],
};
