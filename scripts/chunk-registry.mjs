/**
 * A build-time Vite (Rolldown) output plugin: lazy chunks never import the entry by name.
 *
 * Rolldown puts code that a lazy chunk shares with the entry (Lit, localize, …) in the entry
 * and has the chunk `import { a as b } from "./news-elements.js"`. That name breaks as soon
 * as a host renames the file (`ne.js`, `news-elements.0.1.0.js`, a hash): a 404. With a query
 * string (`news-elements.js?v=3`) it is worse: another URL, so the entry is downloaded and run
 * a second time.
 *
 * So the entry hands its exports to its chunks through a registry on `globalThis`, under a
 * symbol named after this build (`news-elements@<version>+<hash of the code>`): defined once,
 * not enumerable, not writable; the first copy of a build to run keeps it. A chunk reads its
 * bindings from there instead of importing the entry. Imports between chunks stay as they
 * are: they are relative to the chunk, which the entry found, so they cannot go wrong.
 *
 * Why not `import(import.meta.url)` in the chunk: behind a redirect (a CDN's "latest" URL)
 * `import.meta.url` is the response URL, not the module map's key, and the entry would run
 * again. The registry has no URL at all. And the classic-script build, which is this entry's
 * final code in a wrapper (scripts/classic-script.mjs), fills the same registry: its lazy
 * chunks are these chunks.
 *
 * Runs in renderChunk, before minification, with a magic string: source maps stay exact.
 * Fails the build, rather than emit a bundle that breaks in a page, when a chunk imports an
 * entry binding that the entry reassigns (a copy would go stale), or when the entry loads
 * such a chunk statically (it would run before the registry is filled).
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { RolldownMagicString } from 'rolldown';

/** A hash of everything this output renders: the same for the entry and all of its chunks. */
function buildHash(chunks) {
  const hash = createHash('sha256');
  for (const name of Object.keys(chunks).sort()) {
    const chunk = chunks[name];
    hash.update(`${chunk.name}\0${chunk.exports.join(',')}\0`);
    for (const id of chunk.moduleIds) hash.update(`${id}\0${chunk.modules[id]?.code ?? ''}\0`);
  }
  return hash.digest('hex').slice(0, 12);
}

/** Identifiers assigned anywhere in `node` (a conservative over-approximation: names only, no scopes). */
function assignedNames(node, out = new Set()) {
  if (!node || typeof node !== 'object') return out;
  if (Array.isArray(node)) {
    for (const child of node) assignedNames(child, out);
    return out;
  }
  if (node.type === 'AssignmentExpression' || node.type === 'UpdateExpression') {
    collectPatternNames(node.type === 'AssignmentExpression' ? node.left : node.argument, out);
  }
  for (const key in node) if (key !== 'type' && typeof node[key] === 'object') assignedNames(node[key], out);
  return out;
}

function collectPatternNames(pattern, out) {
  if (!pattern) return;
  if (pattern.type === 'Identifier') out.add(pattern.name);
  else if (pattern.type === 'ArrayPattern') pattern.elements.forEach((p) => collectPatternNames(p, out));
  else if (pattern.type === 'ObjectPattern') pattern.properties.forEach((p) => collectPatternNames(p.value ?? p.argument, out));
  else if (pattern.type === 'AssignmentPattern') collectPatternNames(pattern.left, out);
  else if (pattern.type === 'RestElement') collectPatternNames(pattern.argument, out);
}

const nameOf = (node) => (node.type === 'Literal' ? JSON.stringify(node.value) : node.name);

/** Where the chunks of one entry of this build find its exports. */
const registry = (key) => `globalThis[Symbol.for(${JSON.stringify(key)})]`;

/**
 * @param {{ name: string, version: string }} options the package name and version, for the registry's symbol
 */
export function chunkRegistry({ name, version }) {
  let keys;
  return {
    name: 'chunk-registry',
    apply: 'build',
    renderStart() {
      keys = undefined;
    },
    renderChunk(code, chunk, outputOptions, { chunks }) {
      if (outputOptions.format !== 'es') return null;
      if (!keys) {
        const hash = buildHash(chunks);
        keys = new Map(Object.values(chunks).filter((c) => c.isEntry).map((c) => [c.fileName, `${name}@${version}+${hash}:${c.name}`]));
      }
      const out = new RolldownMagicString(code);

      if (keys.has(chunk.fileName)) {
        const dependents = Object.values(chunks).filter((c) => !c.isEntry && c.imports.includes(chunk.fileName));
        if (!dependents.length) return null;
        // A chunk that the entry imports statically runs before the entry's body: it would find no registry.
        const eager = new Set();
        const visit = (file) => {
          for (const next of chunks[file]?.imports ?? []) if (!eager.has(next)) eager.add(next), visit(next);
        };
        visit(chunk.fileName);
        const early = dependents.find((c) => eager.has(c.fileName));
        if (early) this.error(`${early.fileName} imports from the entry ${chunk.fileName}, which imports it statically`);

        const program = this.parse(code);
        const exported = new Map(); // exported name -> local name
        for (const node of program.body) {
          if (node.type !== 'ExportNamedDeclaration' || node.source) continue;
          if (node.declaration) this.error(`unexpected export declaration in ${chunk.fileName}; expected export { … }`);
          for (const s of node.specifiers) exported.set(nameOf(s.exported), s.local.name);
        }
        const reassigned = assignedNames(program);
        const stale = [...exported.values()].filter((local) => reassigned.has(local));
        if (stale.length) this.error(`${chunk.fileName} reassigns ${stale.join(', ')}, which its lazy chunks would read as a copy`);
        const fields = [...exported].map(([exportedName, local]) => `${exportedName}: ${local}`).join(', ');
        const symbol = `Symbol.for(${JSON.stringify(keys.get(chunk.fileName))})`;
        // First writer wins: a second copy of the same build keeps the first one's bindings.
        out.append(`\n${symbol} in globalThis || Object.defineProperty(globalThis, ${symbol}, { value: Object.freeze({ ${fields} }) });\n`);
        return out;
      }

      if (!chunk.imports.some((file) => keys.has(file))) return null;
      const dir = posix.dirname(chunk.fileName);
      for (const node of this.parse(code).body) {
        const source = node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration' ? node.source?.value : undefined;
        if (typeof source !== 'string' || !source.startsWith('.')) continue;
        const file = posix.normalize(posix.join(dir, source));
        if (!keys.has(file)) continue;
        if (node.type !== 'ImportDeclaration') this.error(`${chunk.fileName} re-exports from the entry ${file}; not supported`);
        const fields = [];
        let namespace;
        for (const s of node.specifiers) {
          if (s.type === 'ImportSpecifier') fields.push(`${nameOf(s.imported)}: ${s.local.name}`);
          else if (s.type === 'ImportDefaultSpecifier') fields.push(`default: ${s.local.name}`);
          else namespace = s.local.name;
        }
        const from = registry(keys.get(file));
        const statements = [];
        if (fields.length) statements.push(`const { ${fields.join(', ')} } = ${from};`);
        if (namespace) statements.push(`const ${namespace} = ${from};`);
        // A bare `import "./entry.js"` needs nothing: the entry has run before any of its chunks.
        // At the very top, where the import's bindings were (imports are hoisted, consts are not).
        out.remove(node.start, node.end);
        if (statements.length) out.prepend(`${statements.join(' ')}\n`);
      }
      return out;
    },
  };
}
