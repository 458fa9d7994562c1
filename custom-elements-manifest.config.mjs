/**
 * custom-elements.json: what `npm run analyze` writes. Lit's internal reactive state
 * (`static properties = { _index: { state: true } }`) is neither an attribute nor API, so it is
 * left out, as are private members. A stylesheet module's value (its whole CSS text) is
 * left out too: it is no API, and it made the manifest change with every CSS edit.
 */
const hidden = (name) => name.startsWith('_') || name.startsWith('#');

export default {
  plugins: [
    {
      name: 'news-elements:no-internals',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules ?? []) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.kind === 'variable' && /css`/.test(declaration.default ?? '')) delete declaration.default;
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden(a.name) && !hidden(a.fieldName ?? ''));
            if (declaration.members) declaration.members = declaration.members.filter((m) => !hidden(m.name) && m.privacy !== 'private');
          }
        }
      },
    },
  ],
};
