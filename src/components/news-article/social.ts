import { svg, type SVGTemplateResult } from 'lit';

export interface Network {
  /** Brand name, used in the link's accessible name. */
  name: string;
  icon: SVGTemplateResult;
}

/* Simple 24×24 line icons drawn for this library (stroke = currentColor), small on purpose. */
const NETWORKS: [RegExp, Network][] = [
  [/(^|\.)(facebook\.com|fb\.com|fb\.me)$/, { name: 'Facebook', icon: svg`<path d="M14 8h3V4h-3a4 4 0 0 0-4 4v3H7v4h3v7h4v-7h3l1-4h-4V8Z"/>` }],
  [/(^|\.)(x\.com|twitter\.com)$/, { name: 'X', icon: svg`<path d="M4 4l16 16M20 4L4 20"/>` }],
  [/(^|\.)instagram\.com$/, { name: 'Instagram', icon: svg`<rect x="3" y="3" width="18" height="18" rx="5"/><circle cx="12" cy="12" r="4"/>` }],
  [/(^|\.)(youtube\.com|youtu\.be)$/, { name: 'YouTube', icon: svg`<rect x="2" y="5" width="20" height="14" rx="4"/><path d="M10 9l5 3-5 3Z"/>` }],
  [/(^|\.)(whatsapp\.com|wa\.me)$/, { name: 'WhatsApp', icon: svg`<path d="M3 21l1.6-4.7A9 9 0 1 1 8 19.6Z"/><path d="M9 9c0 3 3 6 6 6"/>` }],
  [/(^|\.)(t\.me|telegram\.me|telegram\.org)$/, { name: 'Telegram', icon: svg`<path d="M21 4L3 11l6 2 2 6 3-4 5 4 2-15Z"/><path d="M9 13l8-6"/>` }],
  [/(^|\.)linkedin\.com$/, { name: 'LinkedIn', icon: svg`<path d="M8 10v7M8 7v.5M12 17v-7M12 13a3 3 0 0 1 6 0v4"/>` }],
];

const WEB = svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18"/>`;

/** The social network of a profile URL, recognized from its host; else the host as a plain web link. */
export function networkOf(href: string): Network {
  const host = new URL(href).hostname.toLowerCase();
  return NETWORKS.find(([pattern]) => pattern.test(host))?.[1] ?? { name: host.replace(/^www\./, ''), icon: WEB };
}
