import type { Article } from '../../src/article/types.js';
import { directionOf } from '../../src/internal/lang.js';

/** A small article that uses every field and block type, valid with no warnings. */
export function fullArticle(): Article {
  const image = {
    src: 'https://images.example/photo.jpg',
    alt: 'A harbour at dusk',
    width: 1200,
    height: 800,
    srcset: 'https://images.example/photo-600.jpg 600w, https://images.example/photo.jpg 1200w',
    sizes: '(min-width: 700px) 700px, 100vw',
    caption: 'The harbour, <a href="https://example.org/harbour">seen from the pier</a>',
    credit: 'Photo: A. Photographer',
    lang: 'en',
    focalPoint: { x: 0.3, y: 0.6 },
  };
  return {
    version: 1,
    id: 'a-1',
    url: 'https://news.example/a-1',
    lang: 'en',
    dir: 'ltr',
    section: { name: 'World', url: 'https://news.example/world' },
    headline: 'A full article',
    subheadline: 'Every field',
    summary: 'A summary.',
    datePublished: '2024-03-05T10:30:00+05:30',
    dateModified: '2024-03-06T08:00:00Z',
    authors: [{ name: 'Ada Writer', url: 'https://news.example/ada', image: { src: 'https://images.example/ada.jpg', alt: '' } }],
    publisher: {
      name: 'News Example',
      url: 'https://news.example/',
      logo: { src: 'https://images.example/logo.png', alt: 'News Example' },
      sameAs: ['https://www.facebook.com/newsexample', 'https://x.com/newsexample'],
    },
    image,
    body: [
      { type: 'paragraph', html: 'Hello <em>world</em>.', id: 'p1' },
      { type: 'heading', text: 'A heading', level: 3 },
      { type: 'image', ...image },
      { type: 'gallery', images: [image, { ...image, src: 'https://images.example/2.jpg' }], caption: 'Two <b>photos</b>', title: 'Gallery' },
      { type: 'ad', sizes: '300x250 336x280', unit: '/1234/news', label: 'Sponsored' },
      { type: 'quote', html: 'To be <i>or</i> not', cite: 'Hamlet' },
      { type: 'list', items: ['one', '<strong>two</strong>'], ordered: true },
      { type: 'embed', url: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', title: 'A video', width: 560, height: 315 },
      { type: 'divider' },
      { type: 'paragraph', html: 'مرحبا', lang: 'ar', dir: 'rtl' },
    ],
    tags: ['world', 'harbours'],
    copyright: '© News Example',
    isAccessibleForFree: true,
  };
}

/** The smallest valid article. */
export const minimal = (): Article => ({ lang: 'gu', headline: 'શીર્ષક', body: [] });

/**
 * `article` with the direction its languages imply written out, where it gives none: the
 * markup writes them (so it reads right without script), and the html format reads them
 * back as given. The two mean the same to the element.
 */
export function withDirections(article: Article): Article {
  const dir = <T extends { lang?: string; dir?: 'ltr' | 'rtl' }>(piece: T): T =>
    piece.lang && !piece.dir ? { ...piece, dir: directionOf(piece.lang) } : piece;
  return { ...dir(article), body: article.body.map(dir) };
}
