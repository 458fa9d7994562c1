import manifest from '../custom-elements.json' with { type: 'json' };

/** A member of an element's declaration in custom-elements.json, with the fields the tests read. */
export interface Member {
  kind: 'field' | 'method';
  name: string;
  static?: boolean;
  privacy?: string;
  default?: string;
  type?: { text?: string };
  readonly?: boolean;
}

/** An element's declaration in custom-elements.json, with the fields the tests read. */
export interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string; fieldName?: string; type?: { text?: string } }[];
  members?: Member[];
  events?: { name: string; type?: { text?: string } }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  slots?: { name: string }[];
  cssStates?: { name: string }[];
}

/** The custom elements the manifest declares. */
export const elements = (manifest as { modules: { declarations?: Declaration[] }[] }).modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);

/** The declaration of `tag`. */
export const element = (tag: string): Declaration => elements.find((declaration) => declaration.tagName === tag)!;
