import { css } from 'lit';

/**
 * The token layer, in every element's styles before the element's own: the page's `--ne-*`
 * tokens resolved into private `--_*` properties, with the built-in value as the last
 * fallback. The element stylesheets read only the private ones, and this file is the only
 * place with literal colours. Built-in colours follow the page's `color-scheme`
 * (light-dark()); print uses the light scheme with black text; forced colours are the
 * system's (each stylesheet keeps what must stay visible as borders).
 *
 * Fonts by script, chosen by `:lang()` on the host and on any `[lang]` inside (per block):
 * a script token (`--ne-font-body-gujarati`), else the generic one (`--ne-font-body`), else
 * the built-in stack, which is always appended so that glyph fallback still finds the
 * script's face (Noto, else the platform's through the generic family). Headings fall back
 * to the body font. Each script also sets its line heights (`--_lh` text, `--_lh-title`
 * the headline, `--_lh-heading` h2–h4), a size factor (`--_fs`, for body and UI text) and
 * the underline's offset (`--_ul`: below the vowel signs and descenders that hang under the
 * baseline in Gujarati, Devanagari and Arabic).
 *
 * A token is any text to CSS, and a declaration that reads an invalid one is dropped whole:
 * so focus rings set their width and colour as longhands over a plain 2px ring, and a
 * theme's typo loses one longhand, never the ring.
 *
 * The page tokens, documented here once: the manifest lists them under every element
 * (custom-elements-manifest.config.mjs copies these lines to each), after its own knobs.
 *
 * @cssproperty [--ne-color-text=light-dark(#1b1b1b, #ececec)] - Text colour (page token).
 * @cssproperty [--ne-color-muted=light-dark(#595959, #b0b0b0)] - Secondary text: meta, captions, labels (page token).
 * @cssproperty [--ne-color-accent=light-dark(#b3261e, #ff8a80)] - Links, kicker, buttons (page token).
 * @cssproperty [--ne-color-on-accent=light-dark(#fff, #1b1b1b)] - Text on accent-coloured buttons (page token).
 * @cssproperty [--ne-color-background=transparent] - The element's own background (page token; default: the page shows through).
 * @cssproperty [--ne-color-surface=light-dark(#f4f4f4, #232323)] - Boxes: image placeholders, tags, ad boxes, the error box (page token).
 * @cssproperty [--ne-color-border=light-dark(#d9d9d9, #3d3d3d)] - Rules and borders (page token).
 * @cssproperty [--ne-color-error=light-dark(#b3261e, #ff8a80)] - The error box's border (page token).
 * @cssproperty [--ne-color-focus=var(--ne-color-accent)] - Focus rings (page token).
 * @cssproperty [--ne-focus-width=2px] - The width of focus rings (page token).
 * @cssproperty [--ne-font-body] - Reading font stack, any script (page token; default: Charter, Georgia, … serif, or the script's Noto Serif).
 * @cssproperty [--ne-font-heading=var(--ne-font-body)] - Headline and heading font stack, any script (page token).
 * @cssproperty [--ne-font-ui] - Font stack of meta, captions, labels and buttons, any script (page token; default: system-ui, or the script's Noto Sans).
 * @cssproperty [--ne-font-body-gujarati=var(--ne-font-body)] - Reading font for Gujarati (`:lang(gu)`); 'Noto Serif Gujarati', serif always follows it.
 * @cssproperty [--ne-font-heading-gujarati=var(--ne-font-heading)] - Heading font for Gujarati.
 * @cssproperty [--ne-font-ui-gujarati=var(--ne-font-ui)] - UI font for Gujarati; 'Noto Sans Gujarati', sans-serif always follows it.
 * @cssproperty [--ne-font-body-devanagari=var(--ne-font-body)] - Reading font for Devanagari (`:lang(hi)`, `mr`, `ne`, `sa`).
 * @cssproperty [--ne-font-heading-devanagari=var(--ne-font-heading)] - Heading font for Devanagari.
 * @cssproperty [--ne-font-ui-devanagari=var(--ne-font-ui)] - UI font for Devanagari.
 * @cssproperty [--ne-font-body-arabic=var(--ne-font-body)] - Reading font for Arabic script (`:lang(ar)`, `fa`, `ur`, `ps`, `sd`, `ckb`).
 * @cssproperty [--ne-font-heading-arabic=var(--ne-font-heading)] - Heading font for Arabic script.
 * @cssproperty [--ne-font-ui-arabic=var(--ne-font-ui)] - UI font for Arabic script.
 * @cssproperty [--ne-space-xs=0.25em] - Spacing scale: hairline gaps (page token).
 * @cssproperty [--ne-space-s=0.5em] - Spacing scale: between small pieces (page token).
 * @cssproperty [--ne-space-m=1em] - Spacing scale: between paragraphs, inside boxes (page token).
 * @cssproperty [--ne-space-l=1.5em] - Spacing scale: around figures and sections (page token).
 * @cssproperty [--ne-space-xl=2.5em] - Spacing scale: between the header, body and footer (page token).
 * @cssproperty [--ne-radius=4px] - Corner radius of boxes and buttons that are not round (page token).
 * @cssproperty [--ne-measure=65ch] - Line length of text columns (page token).
 */
export const tokenStyles = css`
  :host {
    --_text: var(--ne-color-text, light-dark(#1b1b1b, #ececec));
    --_muted: var(--ne-color-muted, light-dark(#595959, #b0b0b0));
    --_accent: var(--ne-color-accent, light-dark(#b3261e, #ff8a80));
    --_on-accent: var(--ne-color-on-accent, light-dark(#fff, #1b1b1b));
    --_background: var(--ne-color-background, transparent);
    --_surface: var(--ne-color-surface, light-dark(#f4f4f4, #232323));
    --_border: var(--ne-color-border, light-dark(#d9d9d9, #3d3d3d));
    --_error: var(--ne-color-error, light-dark(#b3261e, #ff8a80));
    --_focus: var(--ne-color-focus, var(--_accent));
    --_focus-width: var(--ne-focus-width, 2px);
    --_space-xs: var(--ne-space-xs, 0.25em);
    --_space-s: var(--ne-space-s, 0.5em);
    --_space-m: var(--ne-space-m, 1em);
    --_space-l: var(--ne-space-l, 1.5em);
    --_space-xl: var(--ne-space-xl, 2.5em);
    --_radius: var(--ne-radius, 4px);
    --_measure: var(--ne-measure, 65ch);
    background: var(--_background);
  }
  :host,
  [lang] {
    --_body: var(--ne-font-body, Charter);
    --_stack: 'Sitka Text', Cambria, Georgia, serif;
    --_head: var(--ne-font-heading, var(--_body));
    --_uif: var(--ne-font-ui, system-ui);
    --_uis: sans-serif;
    --_serif: var(--_body), var(--_stack);
    --_heading: var(--_head), var(--_stack);
    --_ui: var(--_uif), var(--_uis);
    --_lh: 1.6;
    --_lh-title: 1.2;
    --_lh-heading: 1.25;
    --_fs: 1;
    --_ul: 0.15em;
  }
  :host(:lang(gu)),
  [lang]:lang(gu) {
    --_body: var(--ne-font-body-gujarati, var(--ne-font-body, 'Noto Serif Gujarati'));
    --_stack: 'Noto Serif Gujarati', serif;
    --_head: var(--ne-font-heading-gujarati, var(--ne-font-heading, var(--_body)));
    --_uif: var(--ne-font-ui-gujarati, var(--ne-font-ui, 'Noto Sans Gujarati'));
    --_uis: 'Noto Sans Gujarati', sans-serif;
    --_lh: 1.8;
    --_lh-title: 1.45;
    --_lh-heading: 1.4;
    --_ul: 0.32em;
  }
  :host(:is(:lang(hi), :lang(mr), :lang(ne), :lang(sa))),
  [lang]:is(:lang(hi), :lang(mr), :lang(ne), :lang(sa)) {
    --_body: var(--ne-font-body-devanagari, var(--ne-font-body, 'Noto Serif Devanagari'));
    --_stack: 'Noto Serif Devanagari', serif;
    --_head: var(--ne-font-heading-devanagari, var(--ne-font-heading, var(--_body)));
    --_uif: var(--ne-font-ui-devanagari, var(--ne-font-ui, 'Noto Sans Devanagari'));
    --_uis: 'Noto Sans Devanagari', sans-serif;
    --_lh: 1.8;
    --_lh-title: 1.45;
    --_lh-heading: 1.4;
    --_ul: 0.32em;
  }
  :host(:is(:lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(sd), :lang(ckb))),
  [lang]:is(:lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(sd), :lang(ckb)) {
    --_body: var(--ne-font-body-arabic, var(--ne-font-body, 'Noto Naskh Arabic'));
    --_stack: 'Noto Naskh Arabic', serif;
    --_head: var(--ne-font-heading-arabic, var(--ne-font-heading, var(--_body)));
    --_uif: var(--ne-font-ui-arabic, var(--ne-font-ui, 'Noto Sans Arabic'));
    --_uis: 'Noto Sans Arabic', sans-serif;
    --_lh: 1.9;
    --_lh-title: 1.45;
    --_lh-heading: 1.4;
    --_fs: 1.1;
    --_ul: 0.4em;
  }
  @media print {
    :host {
      color-scheme: light;
      --_text: CanvasText;
    }
  }
`;

/**
 * The lightbox's palette (in `<image-gallery>`'s styles, so that its knobs are read where the
 * element is): dark whatever the page's scheme, with its own knobs and no page token.
 */
export const lightboxTokenStyles = css`
  :host {
    --_lb-background: var(--image-gallery-lightbox-background, #0b0b0b);
    --_lb-color: var(--image-gallery-lightbox-color, #f2f2f2);
    --_lb-accent: var(--image-gallery-lightbox-accent, #9ecbff);
  }
`;
