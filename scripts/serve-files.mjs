// Sends files from the repository over plain node:http, for the test servers and the demo
// scripts that need an origin of their own (test/servers/second-origin.mjs,
// scripts/demo-partner.mjs). No directory listings; nothing outside the allowed folders.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('..', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

/** The content type for a file name (by extension), `application/octet-stream` when unknown. */
export function contentType(name) {
  return TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The absolute path of `urlPath` (a decoded URL path such as `/demo/index.html`) inside
 * `root`, or `undefined` when it escapes `root` or is not under one of `folders`
 * (top-level folder names; empty = anything under `root`).
 */
export function fileIn(root, urlPath, folders = []) {
  const base = resolve(root);
  const file = resolve(base, `.${urlPath}`);
  if (!file.startsWith(base + sep)) return undefined;
  if (folders.length > 0 && !folders.some((folder) => file.startsWith(resolve(base, folder) + sep))) return undefined;
  return file;
}

/** Whether `file` is a regular file. */
export async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Sends `file` with `headers` (and its content type); sends a plain 404 when it is not a file. */
export async function sendFile(request, response, file, { status = 200, headers = {} } = {}) {
  if (!file || !(await isFile(file))) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...headers });
    response.end('Not found\n');
    return;
  }
  response.writeHead(status, { 'content-type': contentType(file), ...headers });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}

/** Decodes a request's URL path; `undefined` for a malformed one. */
export function requestPath(request) {
  try {
    return decodeURIComponent(new URL(request.url, 'http://x').pathname);
  } catch {
    return undefined;
  }
}
