// Deterministic Article JSON (version 1) generator for the benchmark.
// Same seed + same block count => byte-identical article, on any machine.

/** mulberry32: tiny, fast, good enough for test data. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Word pools taken from the shape of the reference page (a Gujarati international-news story
// with English photo captions).
const GU = (
  'ઉત્તર કોરિયાના નેતા કિમ જોંગ ઉને સૈન્ય મુદ્દાઓ અને પ્રાદેશિક સુરક્ષા વાતાવરણ પર ચર્ચા કરવા માટે રશિયન ' +
  'સંરક્ષણ પ્રધાન સાથે મુલાકાત કરી કોરિયન મીડિયાએ ગુરુવારે જણાવ્યું હતું કે વિજય દિવસ તરીકે ઉજવવામાં આવતા ' +
  'યુદ્ધના અંતની વર્ષગાંઠ નિમિત્તે પ્રતિનિધિમંડળ અઠવાડિયે પહોંચ્યા સત્તાવાર સેન્ટ્રલ ન્યૂઝ એજન્સીએ બુધવારે રાજધાની ' +
  'પ્યોંગયાંગમાં આંતરરાષ્ટ્રીય સાથે રાષ્ટ્રીય ચિંતાઓ સર્વસંમતિ ઊભી થઈ મીટિંગ દરમિયાન રાષ્ટ્રપતિ દ્વારા હસ્તાક્ષર ' +
  'કરેલો પત્ર આપ્યો અહેવાલમાં લશ્કરી બાબતોનો સમાવેશ કરવામાં આવ્યો નથી શસ્ત્ર પ્રદર્શનમાં પણ લઈ ગયો જેમાં ' +
  'કેટલાક અદ્યતન શસ્ત્રો પ્રદર્શિત દેશની ક્ષમતાઓને વિસ્તૃત કરવાની યોજનાઓ વિશે માહિતી નિષ્ણાતો કહે છે ' +
  'પ્રભાવ આક્રમકતાને ચીન રશિયા મુકાબલાને રાજદ્વારી અલગતામાંથી બહાર નીકળીને સંયુક્ત મોરચા તક જુએ ' +
  'અધિકારીઓએ રિસેપ્શનનું આયોજન કર્યું લોકો વાત નક્કર સ્થિર વિકાસને પ્રોત્સાહન આપવા તૈયાર છે મંત્રાલયે નિવેદનમાં ' +
  'સહકારને મજબૂત બનાવવાના ઉદ્દેશ્ય વાતચીત વિશ્વની સૌથી મજબૂત સેના બની ગઈ ટિપ્પણી શામેલ યુક્રેનના જોડાણ'
).split(' ');

const EN = (
  'North Korean leader Kim Jong-un meets the Russian defense minister on military cooperation and regional ' +
  'security the delegation arrived this week for the anniversary of the end of the war officials said on ' +
  'Thursday that talks in the capital covered national defense concerns and a letter signed by the president ' +
  'was handed over during the meeting an exhibition showed advanced weapons and plans to expand the ' +
  'country military capabilities experts say the visit is a chance to break out of diplomatic isolation ' +
  'reception hosted by senior officials ministry statement aimed at strengthening cooperation between ' +
  'departments analysts sanctions council missile tests efforts allies partners'
).split(' ');

const SLUGS = ['world', 'asia', 'korea', 'russia', 'defence', 'politics', 'analysis', 'live', 'video', 'explainer'];

// 1x1 PNG (grey). Every image uses it, so both contenders decode the same tiny image.
export const TINY_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

function pick(rnd, arr) {
  return arr[Math.floor(rnd() * arr.length)];
}

function int(rnd, lo, hi) {
  return lo + Math.floor(rnd() * (hi - lo + 1));
}

function words(rnd, pool, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(pick(rnd, pool));
  return out;
}

function link(rnd, text) {
  const path = `${pick(rnd, SLUGS)}/${pick(rnd, SLUGS)}-${int(rnd, 1000, 99999)}`;
  return `<a href="https://example.com/${path}">${text}</a>`;
}

/** A paragraph of 200–600 characters with 1–2 links and sometimes <em>/<strong>. */
function paragraph(rnd, pool, stop) {
  const target = int(rnd, 200, 580); // plain-text length lands in 200–600
  const tokens = [];
  let len = 0;
  while (len < target) {
    const w = pick(rnd, pool);
    tokens.push(w);
    len += w.length + 1;
  }
  // Sentence breaks.
  for (let i = 8; i < tokens.length - 1; i += int(rnd, 8, 16)) tokens[i] += stop;
  tokens[tokens.length - 1] += stop;

  const wrap = (open, close) => {
    const n = int(rnd, 1, 3);
    const at = int(rnd, 0, Math.max(0, tokens.length - n - 1));
    // Never nest inside an existing tag run: skip tokens that already carry markup.
    for (let i = at; i < at + n; i++) if (tokens[i].includes('<')) return false;
    tokens[at] = open + tokens[at];
    tokens[at + n - 1] += close;
    return true;
  };
  const links = int(rnd, 1, 2);
  for (let i = 0, placed = 0; placed < links && i < 20; i++) {
    const n = int(rnd, 1, 4);
    const at = int(rnd, 0, Math.max(0, tokens.length - n - 1));
    let free = true;
    for (let j = at; j < at + n; j++) if (tokens[j].includes('<')) free = false;
    if (!free) continue;
    const text = tokens.slice(at, at + n).join(' ');
    tokens.splice(at, n, link(rnd, text));
    placed++;
  }
  if (rnd() < 0.3) wrap('<em>', '</em>');
  if (rnd() < 0.2) wrap('<strong>', '</strong>');
  return tokens.join(' ');
}

/** Blocks up to this count make a seed-shaped article (see `generateArticle`). */
export const SEED_SHAPED_MAX = 30;

/**
 * The body layout of demo/articles/seed-gu.json (p paragraph, h sub-heading, i image, a ad),
 * two paragraphs longer: 14 paragraphs, 2 sub-headings, 2 images and 2 ads in 20 blocks.
 */
const SEED_LAYOUT = 'phppiphpapppippapppp';

function image(rnd, lead = false) {
  const square = !lead && rnd() < 0.25;
  return {
    ...(lead ? {} : { type: 'image' }),
    src: TINY_PNG,
    alt: words(rnd, EN, int(rnd, 5, 10)).join(' '),
    width: square ? 800 : 1200,
    height: square ? 800 : lead ? 800 : 675,
    caption: `${words(rnd, EN, int(rnd, 6, 14)).join(' ')} ${link(rnd, 'More photos')}`,
    credit: `Photo: ${pick(rnd, ['Agency', 'Staff', 'Pool', 'File photo'])}`,
    lang: 'en',
  };
}

/**
 * @param {number} blocks number of body blocks
 * @param {number} [seed]
 * @returns {import('../src/article/types.js').Article}
 *
 * Up to SEED_SHAPED_MAX blocks the article has the shape of the demo's seed article, the
 * size of a real one: a lead image, the seed's layout (Gujarati paragraphs, two sub-headings,
 * captioned photos, two ads; blocks beyond the layout are paragraphs) and a copyright line.
 * Larger articles are long-form stress tests: mixed Gujarati/English paragraphs, a heading
 * every 20 blocks, an image every 10, no ads, no lead image.
 */
export function generateArticle(blocks, seed = 20240727) {
  const rnd = prng(seed ^ Math.imul(blocks, 0x9e3779b1));
  const seedShaped = blocks <= SEED_SHAPED_MAX;
  const body = [];
  for (let i = 0; i < blocks; i++) {
    const kind = seedShaped ? (SEED_LAYOUT[i] ?? 'p') : i % 20 === 9 ? 'h' : i % 10 === 4 ? 'i' : rnd() < 0.2 ? 'en' : 'p';
    if (kind === 'h') body.push({ type: 'heading', text: words(rnd, GU, int(rnd, 3, 7)).join(' ') });
    else if (kind === 'i') body.push(image(rnd));
    else if (kind === 'a') body.push({ type: 'ad', sizes: '300x250 336x280' });
    else if (kind === 'en') body.push({ type: 'paragraph', lang: 'en', html: paragraph(rnd, EN, '.') });
    else body.push({ type: 'paragraph', html: paragraph(rnd, GU, '.') });
  }
  return {
    version: 1,
    id: `bench-${blocks}-${seed}`,
    lang: 'gu',
    headline: 'ઉત્તર કોરિયાના નેતા કિમ જોંગ-ઉન ‘લશ્કરી સહયોગ’ પર રશિયન સંરક્ષણ પ્રધાનને મળ્યા',
    section: 'International',
    datePublished: '2023-07-27T09:30:00+05:30',
    ...(seedShaped ? { image: image(rnd, true), copyright: '© Gujarat News Demo' } : {}),
    body,
  };
}
