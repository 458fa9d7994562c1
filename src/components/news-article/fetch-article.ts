import type { NewsArticleErrorKind } from './events.js';

/** Responses larger than this are refused: no article needs more, and a reader's phone should not pay for one. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export interface FetchOptions {
  signal: AbortSignal;
  /** Milliseconds until the request (headers and body) is given up. */
  timeout: number;
  credentials: RequestCredentials;
  maxBytes?: number;
}

export type Fetched =
  | { ok: true; text: string; url: string }
  | { ok: false; kind: Exclude<NewsArticleErrorKind, 'empty' | 'not-json' | 'invalid'>; status?: number; message: string }
  | { ok: false; kind: 'aborted' };

/**
 * Fetches an article's JSON text with CORS: no credentials unless asked, a timeout over the
 * whole exchange, and a size limit checked against `Content-Length` first and then while
 * reading (a server may omit the header or lie in it). Never throws; `signal` cancels.
 */
export async function fetchArticle(src: string, options: FetchOptions): Promise<Fetched> {
  const { signal, timeout, credentials, maxBytes = MAX_ARTICLE_BYTES } = options;
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    const response = await fetch(src, {
      mode: 'cors',
      credentials,
      headers: { accept: 'application/json' },
      signal: controller.signal,
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      return { ok: false, kind: 'http', status: response.status, message: `the server answered ${response.status}` };
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) {
      await response.body?.cancel().catch(() => {});
      return tooLarge(maxBytes);
    }
    const text = await readText(response, maxBytes);
    return text === null ? tooLarge(maxBytes) : { ok: true, text, url: response.url || src };
  } catch (error) {
    if (timedOut) return { ok: false, kind: 'timeout', message: `no complete answer within ${timeout} ms` };
    if (signal.aborted) return { ok: false, kind: 'aborted' };
    // A TypeError from fetch is all a page learns of DNS, refused connections and CORS.
    return { ok: false, kind: 'network', message: `the request failed (${(error as Error).message})` };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

const tooLarge = (maxBytes: number) =>
  ({ ok: false, kind: 'too-large', message: `the response is larger than ${maxBytes} bytes` }) as const;

/** The body as UTF-8 text, or `null` as soon as it grows past `maxBytes` (the rest is not downloaded). */
async function readText(response: Response, maxBytes: number): Promise<string | null> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
}
