/**
 * A build-time Vite (Rolldown) output plugin: the classic-script build is the ES entry itself.
 *
 * Vite's own IIFE build cannot split code, so every lazy chunk (the lightbox, and whatever
 * else moves out of the entry) would be inlined: a classic script far bigger than the ES
 * entry, downloading code most pages never run. Instead, after the ES build is final
 * (minified, with the chunk registry of scripts/chunk-registry.mjs filled at its end), this
 * plugin writes `<entry>.iife.js` from the entry's code:
 *
 *   var NewsElements=function(){"use strict";let B=…currentScript…src,I=s=>import(s).catch(…B…);
 *   <the entry's code, unchanged, except: `export{…}` removed, `import(` -> `I(`>
 *   return Object.freeze({AdSlotElement:…,…})}();
 *
 * So the IIFE is the entry's code plus a few bytes, and it loads the same lazy chunks as
 * the ES entry, on demand, from beside itself. The chunks find the entry's code through the
 * registry (the same build, the same key), never by its file name.
 *
 * Each `import("./chunk.js")` first runs as it is: relative to the script's URL after any
 * redirect, as in the ES entry. But in a classic script served from another origin without
 * a `crossorigin` attribute (a CDN pasted into a CMS template, the common case), errors are
 * muted and the script's base URL is about:blank, so a relative `import()` cannot resolve.
 * Then it is retried against `document.currentScript.src`, the script's URL as the page
 * wrote it, read while the script runs. Either way the fetch is a module fetch (CORS, no
 * credentials), as for the ES entry's chunks.
 *
 * A classic script cannot hold `import.meta`, a static `import`, an `export` other than the
 * final `export{…}`, or a top-level `await`: the build fails, naming it, rather than emit a
 * script that is a SyntaxError in a page. The source map is the entry's, moved by the edits.
 */

/** Where the IIFE of an entry goes: `news-elements.js` -> `news-elements.iife.js`. */
const iifeName = (entryFileName) => entryFileName.replace(/\.js$/, '.iife.js');

/**
 * @param {{ global: string, fileName?: (entryFileName: string) => string }} options
 *   the global the IIFE assigns its exports to, and where it goes
 */
export function classicScript({ global, fileName = iifeName }) {
  return {
    name: 'classic-script',
    apply: 'build',
    generateBundle(outputOptions, bundle) {
      if (outputOptions.format !== 'es') return;
      const chunkFiles = new Set(Object.values(bundle).filter((file) => file.type === 'chunk').map((file) => file.fileName));
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const file = fileName(chunk.fileName);
        const info = chunk.facadeModuleId ? this.getModuleInfo(chunk.facadeModuleId) : null;
        const { code, map } = toClassicScript({
          code: chunk.code,
          map: chunk.map,
          fileName: file,
          entryFileName: chunk.fileName,
          global,
          // The entry module's own exports: not the bindings Rolldown exports for the lazy chunks.
          exports: [...(info?.exports ?? chunk.exports)].sort(),
          chunkFiles,
          parse: (text) => this.parse(text),
          fail: (message) => this.error(message),
        });
        this.emitFile({ type: 'asset', fileName: file, source: code });
        if (map) this.emitFile({ type: 'asset', fileName: `${file}.map`, source: JSON.stringify(map) });
      }
    },
  };
}

/**
 * The classic script made of an ES entry's final code. Pure: `parse` is an ESTree parser
 * (Rolldown's), `fail` throws. Returns `{ code, map }` (`map` null when there is none).
 *
 * @param {{ code: string, map?: object | null, fileName: string, entryFileName: string, global: string,
 *   exports: string[], chunkFiles: Set<string>, parse: (code: string) => any, fail: (message: string) => never }} input
 */
export function toClassicScript({ code, map, fileName, entryFileName, global, exports, chunkFiles, parse, fail }) {
  const mapComment = /\n?\/\/# sourceMappingURL=[^\n]*\n?$/;
  const body = code.replace(mapComment, '');
  const program = parse(body);
  const where = (node) => `${entryFileName}:${lineColumn(body, node.start)}`;

  const exported = new Map(); // exported name -> local name
  const edits = []; // { start, end, text }, in the entry's code
  for (const node of program.body) {
    if (node.type === 'ImportDeclaration') fail(`${where(node)}: a static import of "${node.source.value}"; a classic script cannot import, so the IIFE cannot be made of this entry`);
    if (node.type === 'ExportAllDeclaration' || node.type === 'ExportDefaultDeclaration' || (node.type === 'ExportNamedDeclaration' && (node.source || node.declaration))) {
      fail(`${where(node)}: an export the IIFE cannot turn into its global (expected one export { … } statement)`);
    }
    if (node.type !== 'ExportNamedDeclaration') continue;
    for (const s of node.specifiers) exported.set(s.exported.type === 'Literal' ? s.exported.value : s.exported.name, s.local.name);
    edits.push({ start: node.start, end: node.end, text: '' });
  }

  const names = new Set();
  const imports = [];
  walk(program, 0, (node, depth) => {
    if (node.type === 'Identifier') names.add(node.name);
    else if (node.type === 'MetaProperty' && node.meta.name === 'import') fail(`${where(node)}: import.meta is a SyntaxError in a classic script`);
    else if ((node.type === 'AwaitExpression' || (node.type === 'ForOfStatement' && node.await)) && depth === 0) fail(`${where(node)}: a top-level await is a SyntaxError in a classic script`);
    else if (node.type === 'ImportExpression') imports.push(node);
  });

  // Two bindings of the wrapper, under names the entry does not use.
  const fresh = (base) => {
    let name = base;
    for (let i = 0; names.has(name); i++) name = `${base}${i}`;
    names.add(name);
    return name;
  };
  const base = fresh('$base');
  const load = fresh('$import');
  for (const node of imports) {
    const specifier = staticString(node.source);
    if (node.options) fail(`${where(node)}: import() with options; not supported in the IIFE`);
    if (specifier === undefined || !/^\.\.?\//.test(specifier)) fail(`${where(node)}: import() of something other than a relative chunk name; the IIFE cannot resolve it`);
    const target = new URL(specifier, `file:///${entryFileName}`).pathname.slice(1);
    if (!chunkFiles.has(target)) fail(`${where(node)}: import("${specifier}") names no chunk of this build`);
    edits.push({ start: node.start, end: node.source.start, text: `${load}(` });
  }

  const fields = exports.map((name) => {
    const local = exported.get(name);
    if (!local) fail(`${entryFileName}: the export ${name} is missing from its export { … } statement`);
    return `${/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name)}:${local}`;
  });
  // The prefix on a line of its own: the entry's lines move down by one, their columns stay.
  // V8's compile hint (vite.config.ts), when the entry has one, must stay the first line:
  // the prefix goes on the line after it.
  const HINT = '//# allFunctionsCalledOnLoad\n';
  const top = body.startsWith(HINT) ? HINT.length : 0;
  const prefix = `var ${global}=function(){"use strict";let ${base}=globalThis.document?.currentScript?.src,${load}=s=>import(s).catch(e=>${base}?import(new URL(s,${base}).href):Promise.reject(e));\n`;
  const suffix = `\nreturn Object.freeze({${fields.join(',')}})}();\n`;
  edits.push({ start: top, end: top, text: prefix }, { start: body.length, end: body.length, text: suffix });
  edits.sort((a, b) => a.start - b.start || a.end - b.end);

  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += body.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  out += body.slice(at);

  if (!map) return { code: out, map: null };
  const mapFile = `${fileName.split('/').pop()}.map`;
  return {
    code: `${out}//# sourceMappingURL=${mapFile}\n`,
    map: { ...map, file: fileName.split('/').pop(), mappings: moveMappings(map.mappings, body, out, edits) },
  };
}

/** The value of a string literal or a template literal without expressions, else undefined. */
function staticString(node) {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return undefined;
}

/** Calls `visit(node, functionDepth)` on every node of an ESTree tree. */
function walk(node, depth, visit) {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, depth, visit);
    return;
  }
  if (!node || typeof node !== 'object' || typeof node.type !== 'string') return;
  visit(node, depth);
  const inner = /Function/.test(node.type) || node.type === 'StaticBlock' ? depth + 1 : depth;
  for (const key in node) {
    const child = node[key];
    if (key !== 'type' && child && typeof child === 'object') walk(child, inner, visit);
  }
}

function lineColumn(text, offset) {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1).length + 1}`;
}

// Source map mappings (base64 VLQ), decoded to absolute numbers and back.
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

export function decodeMappings(mappings) {
  const lines = [];
  const state = [0, 0, 0, 0, 0]; // column, source, line, column, name (all but the first carry over lines)
  for (const text of mappings.split(';')) {
    state[0] = 0;
    const segments = [];
    for (const group of text.split(',')) {
      if (!group) continue;
      const segment = [];
      let value = 0;
      let shift = 0;
      for (const c of group) {
        const digit = DIGIT.get(c);
        if (digit === undefined) throw new Error(`invalid source map mappings: ${JSON.stringify(c)}`);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          const field = segment.length;
          state[field] += value & 1 ? -(value >>> 1) : value >>> 1;
          segment.push(state[field]);
          value = shift = 0;
        }
      }
      segments.push(segment);
    }
    lines.push(segments);
  }
  return lines;
}

export function encodeMappings(lines) {
  const state = [0, 0, 0, 0, 0];
  const vlq = (n) => {
    let value = n < 0 ? (-n << 1) | 1 : n << 1;
    let text = '';
    do {
      let digit = value & 31;
      value >>>= 5;
      if (value) digit |= 32;
      text += BASE64[digit];
    } while (value);
    return text;
  };
  return lines
    .map((segments) => {
      state[0] = 0;
      return segments
        .map((segment) =>
          segment
            .map((n, field) => {
              const text = vlq(n - state[field]);
              state[field] = n;
              return text;
            })
            .join(''),
        )
        .join(',');
    })
    .join(';');
}

const lineStarts = (text) => {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
};

/**
 * The mappings of `before` moved to where `edits` (sorted, not overlapping) put its code in
 * `after`. A segment inside replaced text is dropped; one at its start stays at the start.
 */
function moveMappings(mappings, before, after, edits) {
  const oldStarts = lineStarts(before);
  const newStarts = lineStarts(after);
  const moved = newStarts.map(() => []);
  const move = (offset) => {
    let delta = 0;
    for (const { start, end, text } of edits) {
      if (start === end ? start <= offset : end <= offset) delta += text.length - (end - start);
      else if (start === offset) break;
      else if (start < offset) return undefined; // inside a replacement
      else break;
    }
    return offset + delta;
  };
  decodeMappings(mappings).forEach((segments, line) => {
    for (const [column, ...rest] of segments) {
      const offset = move(oldStarts[line] + column);
      if (offset === undefined) continue;
      let newLine = newStarts.length - 1;
      while (newStarts[newLine] > offset) newLine--;
      moved[newLine].push([offset - newStarts[newLine], ...rest]);
    }
  });
  for (const segments of moved) segments.sort((a, b) => a[0] - b[0]);
  return encodeMappings(moved);
}
