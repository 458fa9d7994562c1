// Writes article.schema.json from the same schema tree the runtime validator uses
// (src/article/schema.ts), so the shipped JSON Schema and the validator cannot disagree.
// `--check` exits 1 instead of writing when the committed file is out of date.
import { build } from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}article.schema.json`;

const { outputFiles } = await build({
  entryPoints: [`${root}src/article/json-schema.ts`],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'error',
});
const moduleUrl = `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`;
const { articleJsonSchema } = await import(moduleUrl);
const text = `${JSON.stringify(articleJsonSchema(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  const current = await readFile(out, 'utf8').catch(() => '');
  if (current !== text) {
    console.error('article.schema.json is out of date: run `npm run schema`.');
    process.exit(1);
  }
} else {
  await writeFile(out, text);
  console.log(`wrote article.schema.json (${text.length} bytes)`);
}
