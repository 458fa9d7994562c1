// Generates the stand-in photos used by the demo articles and the gallery demo (demo/public/images/*.jpg).
//
// The demo articles need images of realistic news-photo sizes, but no real photos may be
// shipped. Each stand-in is a calm, abstract scene drawn on a <canvas> in headless
// Chromium, labelled "Stand-in image" with its size, and saved as a JPEG of exactly that
// size. The drawing is seeded, so running the script again gives the same pictures.
//
// Each image also gets narrower copies for `srcset` (<name>-480w.jpg, -800w, -1200w: the
// widths under its own), as a publisher's image service would serve them: the demo
// articles' Image fields and the gallery page list them with `sizes`, so a phone downloads
// the 800-pixel copy, not the full image.
//
//   node scripts/make-demo-images.mjs            # all images
//   node scripts/make-demo-images.mjs harbour    # only names containing "harbour"
//
// Needs playwright-core (a dev dependency) and a Chromium binary (CHROME_PATH, default
// /usr/bin/chromium).
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'demo', 'public', 'images');
/** The narrower copies made of each image (those under its own width). */
const WIDTHS = [480, 800, 1200];
const MAX_BYTES = 120 * 1024;

/**
 * The images. `scene` picks a drawing below; `palette` colours it.
 * Sky: top → bottom; land: far → near layers; accent: sun, lights, details.
 */
const IMAGES = [
  // The Gujarati seed article (three photos).
  { name: 'stand-in-meeting-1200x800', width: 1200, height: 800, scene: 'hall', seed: 11,
    palette: { sky: ['#1d2b44', '#3b4f73'], land: ['#2a3550', '#1a2236', '#10151f'], accent: '#e9c46a' } },
  { name: 'stand-in-exhibition-1200x675', width: 1200, height: 675, scene: 'hills', seed: 23,
    palette: { sky: ['#8fb3c9', '#dfe7e3'], land: ['#7d8f7a', '#58705c', '#35493b'], accent: '#f4a259' } },
  { name: 'stand-in-reception-1024x768', width: 1024, height: 768, scene: 'hall', seed: 37,
    palette: { sky: ['#4a2c2a', '#7b4b3a'], land: ['#5a3a30', '#3d2621', '#241614'], accent: '#f6d186' } },
  // The Arabic demo article.
  { name: 'stand-in-coast-plant-1200x675', width: 1200, height: 675, scene: 'coast', seed: 41,
    palette: { sky: ['#f2b880', '#fbe3c4'], land: ['#c98d5a', '#a4673f', '#6f4329'], accent: '#ffffff' } },
  { name: 'stand-in-desert-road-1200x800', width: 1200, height: 800, scene: 'hills', seed: 47,
    palette: { sky: ['#6fa8dc', '#f3e3c3'], land: ['#d9b382', '#c49363', '#9c6b43'], accent: '#fff3d6' } },
  // The English demo article (lead, inline image and gallery).
  { name: 'stand-in-harbour-dusk-1200x800', width: 1200, height: 800, scene: 'coast', seed: 53,
    palette: { sky: ['#2b2d58', '#e07a5f'], land: ['#3d405b', '#2a2c45', '#1b1c2e'], accent: '#f2cc8f' } },
  { name: 'stand-in-city-night-1200x675', width: 1200, height: 675, scene: 'city', seed: 59,
    palette: { sky: ['#0b132b', '#3a506b'], land: ['#1c2541', '#141b33', '#0b1022'], accent: '#ffd166' } },
  { name: 'stand-in-river-morning-1024x768', width: 1024, height: 768, scene: 'hills', seed: 61,
    palette: { sky: ['#a8dadc', '#f1faee'], land: ['#8ab17d', '#5e8c61', '#386641'], accent: '#ffe8a3' } },
  { name: 'stand-in-portrait-window-800x1067', width: 800, height: 1067, scene: 'window', seed: 67,
    palette: { sky: ['#264653', '#2a9d8f'], land: ['#e9c46a', '#f4a261', '#e76f51'], accent: '#fefae0' } },
  { name: 'stand-in-market-square-1000x1000', width: 1000, height: 1000, scene: 'market', seed: 71,
    palette: { sky: ['#fefae0', '#faedcd'], land: ['#d4a373', '#ccd5ae', '#e9edc9'], accent: '#bc4749' } },
  // The gallery demo (demo/gallery.html): extreme and in-between aspect ratios.
  { name: 'stand-in-lighthouse-675x1200', width: 675, height: 1200, scene: 'lighthouse', seed: 73,
    palette: { sky: ['#1b263b', '#e0a96d'], land: ['#415a77', '#2b3a55', '#161f30'], accent: '#fff1c1' } },
  { name: 'stand-in-valley-panorama-1600x600', width: 1600, height: 600, scene: 'hills', seed: 79,
    palette: { sky: ['#5e81ac', '#f6e7cb'], land: ['#9aa88a', '#6b7f5e', '#3f5240'], accent: '#ffd89b' } },
  { name: 'stand-in-spice-stall-960x1200', width: 960, height: 1200, scene: 'market', seed: 83,
    palette: { sky: ['#3a2618', '#5c3d2e'], land: ['#7f4f24', '#936639', '#a68a64'], accent: '#e85d04' } },
  { name: 'stand-in-skyline-moon-800x1200', width: 800, height: 1200, scene: 'city', seed: 89,
    palette: { sky: ['#22223b', '#9a8c98'], land: ['#4a4e69', '#2f3150', '#1a1b2e'], accent: '#f2e9e4' } },
];

/** Runs in the page: draws one image on a full-viewport canvas. */
function draw({ width, height, scene, seed, palette, label }) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  document.body.append(canvas);
  const g = canvas.getContext('2d');

  // Small deterministic PRNG (mulberry32).
  let s = seed >>> 0;
  const rnd = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const W = width;
  const H = height;
  const U = Math.min(W, H) / 100; // one "unit" = 1 % of the short side

  function sky(horizon) {
    const grad = g.createLinearGradient(0, 0, 0, horizon);
    grad.addColorStop(0, palette.sky[0]);
    grad.addColorStop(1, palette.sky[1]);
    g.fillStyle = grad;
    g.fillRect(0, 0, W, H);
  }

  function glow(x, y, r, color, alpha = 0.9) {
    const grad = g.createRadialGradient(x, y, 0, x, y, r);
    grad.addColorStop(0, color);
    grad.addColorStop(0.25, color);
    grad.addColorStop(1, 'rgba(255,255,255,0)');
    g.globalAlpha = alpha;
    g.fillStyle = grad;
    g.beginPath();
    g.arc(x, y, r, 0, Math.PI * 2);
    g.fill();
    g.globalAlpha = 1;
  }

  function ridge(baseY, amplitude, color, steps = 7) {
    g.fillStyle = color;
    g.beginPath();
    g.moveTo(0, H);
    let prevX = 0;
    let prevY = baseY - rnd() * amplitude;
    g.lineTo(prevX, prevY);
    for (let i = 1; i <= steps; i++) {
      const x = (W * i) / steps;
      const y = baseY - rnd() * amplitude;
      g.quadraticCurveTo((prevX + x) / 2, Math.min(prevY, y) - amplitude * 0.35, x, y);
      prevX = x;
      prevY = y;
    }
    g.lineTo(W, H);
    g.closePath();
    g.fill();
  }

  function water(top, color) {
    const grad = g.createLinearGradient(0, top, 0, H);
    grad.addColorStop(0, color);
    grad.addColorStop(1, palette.land[2]);
    g.fillStyle = grad;
    g.fillRect(0, top, W, H - top);
    // Soft horizontal shimmer lines.
    g.strokeStyle = 'rgba(255,255,255,0.18)';
    g.lineWidth = Math.max(1, U * 0.25);
    for (let i = 0; i < 22; i++) {
      const y = top + (H - top) * rnd();
      const x = W * rnd();
      const len = W * (0.04 + rnd() * 0.12);
      g.beginPath();
      g.moveTo(x, y);
      g.lineTo(x + len, y);
      g.stroke();
    }
  }

  function skyline(baseY, color, lights) {
    let x = -U * 2;
    while (x < W) {
      const w = U * (4 + rnd() * 9);
      const h = U * (8 + rnd() * 38);
      g.fillStyle = color;
      g.fillRect(x, baseY - h, w, h + 1);
      if (lights) {
        g.fillStyle = palette.accent;
        for (let wy = baseY - h + U * 2; wy < baseY - U * 2; wy += U * 3) {
          for (let wx = x + U; wx < x + w - U; wx += U * 2.2) {
            if (rnd() < 0.33) {
              g.globalAlpha = 0.35 + rnd() * 0.55;
              g.fillRect(wx, wy, U * 0.9, U * 1.3);
            }
          }
        }
        g.globalAlpha = 1;
      }
      x += w + U * (0.3 + rnd() * 1.5);
    }
  }

  switch (scene) {
    case 'hills': {
      const horizon = H * 0.62;
      sky(horizon);
      glow(W * (0.2 + rnd() * 0.6), H * (0.18 + rnd() * 0.15), U * 22, palette.accent);
      ridge(H * 0.55, H * 0.12, palette.land[0]);
      ridge(H * 0.7, H * 0.1, palette.land[1], 5);
      ridge(H * 0.86, H * 0.08, palette.land[2], 4);
      break;
    }
    case 'coast': {
      const horizon = H * 0.58;
      sky(horizon);
      glow(W * 0.7, horizon - U * 6, U * 26, palette.accent, 0.8);
      water(horizon, palette.sky[1]);
      // A low industrial silhouette on a spit of land: tanks, a long hall, pipes.
      const base = horizon + U * 1.5;
      g.fillStyle = palette.land[2];
      g.fillRect(0, base - U * 2, W * 0.62, U * 3);
      g.fillRect(W * 0.06, base - U * 10, W * 0.26, U * 9);
      for (let i = 0; i < 4; i++) {
        const cx = W * 0.36 + i * U * 9;
        g.beginPath();
        g.ellipse(cx, base - U * 6, U * 4, U * 6, 0, Math.PI, 0);
        g.rect(cx - U * 4, base - U * 6, U * 8, U * 5);
        g.fill();
      }
      g.fillRect(W * 0.12, base - U * 22, U * 1.6, U * 13);
      g.fillRect(W * 0.2, base - U * 18, U * 1.6, U * 9);
      g.strokeStyle = palette.land[1];
      g.lineWidth = U * 0.6;
      g.beginPath();
      g.moveTo(W * 0.62, base - U * 1);
      g.lineTo(W * 0.95, base + U * 6);
      g.stroke();
      ridge(H * 0.99, H * 0.08, palette.land[1], 3);
      break;
    }
    case 'city': {
      const horizon = H * 0.78;
      sky(horizon);
      for (let i = 0; i < 90; i++) {
        g.fillStyle = `rgba(255,255,255,${0.2 + rnd() * 0.6})`;
        g.fillRect(W * rnd(), horizon * 0.6 * rnd(), U * 0.25, U * 0.25);
      }
      glow(W * 0.82, H * 0.16, U * 9, '#f5f3ce', 0.9);
      skyline(horizon, palette.land[0], false);
      skyline(horizon + U * 4, palette.land[1], true);
      water(horizon + U * 4, palette.land[2]);
      break;
    }
    case 'hall': {
      // A conference hall: a long table, chairs, flags, a bright back wall.
      sky(H);
      glow(W * 0.5, H * 0.3, Math.max(W, H) * 0.45, palette.sky[1], 0.9);
      // Back-wall panels.
      g.fillStyle = 'rgba(255,255,255,0.06)';
      for (let x = 0; x < W; x += W / 8) g.fillRect(x + U, U * 4, W / 8 - U * 2, H * 0.45);
      // Flags.
      const flagColors = [palette.accent, '#c44536', '#f1faee', '#457b9d'];
      for (let i = 0; i < 4; i++) {
        const fx = W * (0.1 + i * 0.26);
        g.fillStyle = '#d9d9d9';
        g.fillRect(fx, H * 0.12, U * 0.5, H * 0.42);
        g.fillStyle = flagColors[i % flagColors.length];
        g.beginPath();
        g.moveTo(fx + U * 0.5, H * 0.13);
        g.quadraticCurveTo(fx + U * 6, H * 0.15, fx + U * 9, H * 0.13);
        g.lineTo(fx + U * 9, H * 0.27);
        g.quadraticCurveTo(fx + U * 6, H * 0.29, fx + U * 0.5, H * 0.27);
        g.closePath();
        g.fill();
      }
      // Floor.
      const floor = g.createLinearGradient(0, H * 0.55, 0, H);
      floor.addColorStop(0, palette.land[0]);
      floor.addColorStop(1, palette.land[2]);
      g.fillStyle = floor;
      g.fillRect(0, H * 0.55, W, H * 0.45);
      // Table (in perspective) and chairs.
      g.fillStyle = palette.land[1];
      g.beginPath();
      g.moveTo(W * 0.18, H * 0.62);
      g.lineTo(W * 0.82, H * 0.62);
      g.lineTo(W * 0.95, H * 0.8);
      g.lineTo(W * 0.05, H * 0.8);
      g.closePath();
      g.fill();
      g.fillStyle = 'rgba(255,255,255,0.85)';
      g.fillRect(W * 0.05, H * 0.8, W * 0.9, U * 1.2);
      for (let i = 0; i < 6; i++) {
        const cx = W * (0.16 + i * 0.135);
        g.fillStyle = palette.land[2];
        g.beginPath();
        g.roundRect(cx, H * 0.5, U * 7, H * 0.13, U * 1.5);
        g.fill();
        // Small lamps / microphones on the table.
        g.fillStyle = palette.accent;
        g.globalAlpha = 0.8;
        g.beginPath();
        g.arc(cx + U * 3.5, H * 0.66, U * 0.7, 0, Math.PI * 2);
        g.fill();
        g.globalAlpha = 1;
      }
      break;
    }
    case 'window': {
      // Portrait: a tall window with light falling on a wall, plants on the sill.
      sky(H);
      const wx = W * 0.18;
      const wy = H * 0.1;
      const ww = W * 0.64;
      const wh = H * 0.55;
      const view = g.createLinearGradient(0, wy, 0, wy + wh);
      view.addColorStop(0, palette.accent);
      view.addColorStop(1, palette.land[0]);
      g.fillStyle = view;
      g.beginPath();
      g.roundRect(wx, wy, ww, wh, [ww / 2, ww / 2, 0, 0]);
      g.fill();
      g.strokeStyle = palette.sky[0];
      g.lineWidth = U * 1.6;
      g.beginPath();
      g.moveTo(wx + ww / 2, wy);
      g.lineTo(wx + ww / 2, wy + wh);
      g.moveTo(wx, wy + wh * 0.55);
      g.lineTo(wx + ww, wy + wh * 0.55);
      g.stroke();
      // Light patch on the floor.
      g.fillStyle = 'rgba(254,250,224,0.18)';
      g.beginPath();
      g.moveTo(wx, wy + wh);
      g.lineTo(wx + ww, wy + wh);
      g.lineTo(W, H);
      g.lineTo(W * 0.1, H);
      g.closePath();
      g.fill();
      // Sill and pots.
      g.fillStyle = palette.land[2];
      g.fillRect(wx - U * 3, wy + wh, ww + U * 6, U * 3);
      for (let i = 0; i < 3; i++) {
        const px = wx + ww * (0.15 + i * 0.3);
        g.fillStyle = palette.land[1];
        g.beginPath();
        g.moveTo(px - U * 5, wy + wh);
        g.lineTo(px + U * 5, wy + wh);
        g.lineTo(px + U * 4, wy + wh - U * 8);
        g.lineTo(px - U * 4, wy + wh - U * 8);
        g.closePath();
        g.fill();
        g.fillStyle = '#2d6a4f';
        for (let l = 0; l < 5; l++) {
          g.beginPath();
          g.ellipse(px + (l - 2) * U * 2.2, wy + wh - U * (13 + rnd() * 5), U * 2, U * 6, (l - 2) * 0.35, 0, Math.PI * 2);
          g.fill();
        }
      }
      break;
    }
    case 'market': {
      // Square: awnings of a market seen from above-ish, with round baskets.
      sky(H);
      const cols = [palette.accent, '#6a994e', '#f2e8cf', '#386641', '#a7c957'];
      const rows = 4;
      const rowH = H / rows;
      for (let r = 0; r < rows; r++) {
        const y = r * rowH;
        g.fillStyle = palette.land[r % 3];
        g.fillRect(0, y, W, rowH);
        // Striped awning at the top of each row.
        const stripes = 10;
        for (let i = 0; i < stripes; i++) {
          g.fillStyle = i % 2 ? '#fffdf6' : cols[r % cols.length];
          g.beginPath();
          const x0 = (W * i) / stripes;
          const x1 = (W * (i + 1)) / stripes;
          g.moveTo(x0, y + U * 2);
          g.lineTo(x1, y + U * 2);
          g.lineTo(x1, y + U * 8);
          g.quadraticCurveTo((x0 + x1) / 2, y + U * 11, x0, y + U * 8);
          g.closePath();
          g.fill();
        }
        // Baskets of produce.
        for (let i = 0; i < 6; i++) {
          const cx = W * (0.09 + i * 0.165) + (rnd() - 0.5) * U * 3;
          const cy = y + rowH * 0.68;
          g.fillStyle = '#8d6346';
          g.beginPath();
          g.arc(cx, cy, U * 6.2, 0, Math.PI * 2);
          g.fill();
          g.fillStyle = cols[Math.floor(rnd() * cols.length)];
          g.beginPath();
          g.arc(cx, cy, U * 5, 0, Math.PI * 2);
          g.fill();
          g.fillStyle = 'rgba(255,255,255,0.25)';
          g.beginPath();
          g.arc(cx - U * 1.5, cy - U * 1.5, U * 1.6, 0, Math.PI * 2);
          g.fill();
        }
      }
      break;
    }
    case 'lighthouse': {
      // Tall: a lighthouse on a rocky point, its beam across the evening sky, sea below.
      const horizon = H * 0.7;
      sky(horizon);
      for (let i = 0; i < 60; i++) {
        g.fillStyle = `rgba(255,255,255,${0.15 + rnd() * 0.5})`;
        g.fillRect(W * rnd(), horizon * 0.45 * rnd(), U * 0.35, U * 0.35);
      }
      water(horizon, palette.land[0]);
      const tx = W * 0.56;
      const top = H * 0.3;
      const base = H * 0.74;
      // The beam: a soft wedge from the lantern to the left edge.
      const beam = g.createLinearGradient(tx, top, 0, top);
      beam.addColorStop(0, 'rgba(255,241,193,0.55)');
      beam.addColorStop(1, 'rgba(255,241,193,0)');
      g.fillStyle = beam;
      g.beginPath();
      g.moveTo(tx, top + U * 4);
      g.lineTo(0, top - U * 16);
      g.lineTo(0, top + U * 22);
      g.closePath();
      g.fill();
      glow(tx, top + U * 4, U * 14, palette.accent, 0.85);
      // Rocks.
      g.fillStyle = palette.land[2];
      g.beginPath();
      g.moveTo(W * 0.2, H);
      g.quadraticCurveTo(W * 0.3, base - U * 6, W * 0.5, base - U * 2);
      g.quadraticCurveTo(W * 0.75, base - U * 8, W * 0.95, base + U * 4);
      g.lineTo(W, H);
      g.closePath();
      g.fill();
      // Tower: a tapering body with stripes, a gallery and a lantern room.
      const bw = U * 16;
      const tw = U * 10;
      g.fillStyle = '#f1f1ee';
      g.beginPath();
      g.moveTo(tx - bw / 2, base);
      g.lineTo(tx + bw / 2, base);
      g.lineTo(tx + tw / 2, top + U * 10);
      g.lineTo(tx - tw / 2, top + U * 10);
      g.closePath();
      g.fill();
      g.fillStyle = '#b23a48';
      for (let i = 1; i < 4; i++) {
        const y0 = top + U * 10 + ((base - top - U * 10) * (i * 2 - 1)) / 7;
        const y1 = y0 + (base - top - U * 10) / 7;
        const w0 = tw + ((bw - tw) * (y0 - top - U * 10)) / (base - top - U * 10);
        const w1 = tw + ((bw - tw) * (y1 - top - U * 10)) / (base - top - U * 10);
        g.beginPath();
        g.moveTo(tx - w0 / 2, y0);
        g.lineTo(tx + w0 / 2, y0);
        g.lineTo(tx + w1 / 2, y1);
        g.lineTo(tx - w1 / 2, y1);
        g.closePath();
        g.fill();
      }
      g.fillStyle = palette.land[2];
      g.fillRect(tx - U * 8, top + U * 8, U * 16, U * 2);
      g.fillStyle = palette.accent;
      g.fillRect(tx - U * 4, top, U * 8, U * 8);
      g.fillStyle = palette.land[2];
      g.beginPath();
      g.moveTo(tx - U * 5.5, top);
      g.lineTo(tx + U * 5.5, top);
      g.lineTo(tx, top - U * 6);
      g.closePath();
      g.fill();
      break;
    }
    default:
      throw new Error(`unknown scene ${scene}`);
  }

  // A gentle vignette, as photos have.
  const vignette = g.createRadialGradient(W / 2, H / 2, Math.min(W, H) * 0.35, W / 2, H / 2, Math.max(W, H) * 0.75);
  vignette.addColorStop(0, 'rgba(0,0,0,0)');
  vignette.addColorStop(1, 'rgba(0,0,0,0.35)');
  g.fillStyle = vignette;
  g.fillRect(0, 0, W, H);

  // The label: small, legible on any background.
  const fontSize = Math.round(Math.max(14, Math.min(W, H) * 0.026));
  g.font = `600 ${fontSize}px "Noto Sans", "DejaVu Sans", sans-serif`;
  const pad = Math.round(fontSize * 0.6);
  const textW = g.measureText(label).width;
  const boxW = textW + pad * 2;
  const boxH = fontSize + pad * 1.4;
  const bx = Math.round(fontSize * 0.9);
  const by = H - boxH - Math.round(fontSize * 0.9);
  g.fillStyle = 'rgba(0,0,0,0.55)';
  g.beginPath();
  g.roundRect(bx, by, boxW, boxH, fontSize * 0.35);
  g.fill();
  g.fillStyle = '#ffffff';
  g.textBaseline = 'middle';
  g.fillText(label, bx + pad, by + boxH / 2 + 1);
}

/** Runs in the page: the drawn image scaled down to `width` × `height`, as a JPEG data URL. */
function scaled({ width, height }) {
  const canvas = Object.assign(document.createElement('canvas'), { width, height });
  const g = canvas.getContext('2d');
  g.imageSmoothingQuality = 'high';
  g.drawImage(document.querySelector('canvas'), 0, 0, width, height);
  return canvas.toDataURL('image/jpeg', 0.8);
}

const filter = process.argv[2];
const todo = IMAGES.filter((img) => !filter || img.name.includes(filter));
if (todo.length === 0) {
  console.error(`No image name contains "${filter}".`);
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });
const browser = await launchChromium();
let failed = false;
try {
  for (const img of todo) {
    const page = await browser.newPage({ viewport: { width: img.width, height: img.height }, deviceScaleFactor: 1 });
    await page.setContent(
      '<!doctype html><html><head><style>html,body{margin:0;padding:0;overflow:hidden;background:#000}canvas{display:block}</style></head><body></body></html>',
    );
    const label = `Stand-in image · ${img.width}×${img.height}`;
    await page.evaluate(draw, { ...img, label });
    const buffer = await page.screenshot({ type: 'jpeg', quality: 80 });
    const files = [[`${img.name}.jpg`, buffer, img.width, img.height]];
    for (const width of WIDTHS.filter((width) => width < img.width)) {
      const height = Math.round((img.height * width) / img.width);
      const dataUrl = await page.evaluate(scaled, { width, height });
      files.push([`${img.name}-${width}w.jpg`, Buffer.from(dataUrl.split(',')[1], 'base64'), width, height]);
    }
    await page.close();
    for (const [name, data, width, height] of files) {
      const file = join(outDir, name);
      writeFileSync(file, data);
      const bytes = statSync(file).size;
      const tooBig = bytes > MAX_BYTES;
      if (tooBig) failed = true;
      console.log(`${tooBig ? 'TOO BIG ' : ''}demo/public/images/${name}  ${width}x${height}  ${(bytes / 1024).toFixed(1)} KB`);
    }
  }
} finally {
  await browser.close();
}
if (failed) {
  console.error(`Some images are larger than ${MAX_BYTES / 1024} KB; simplify their scenes.`);
  process.exit(1);
}
