import { html, nothing, type TemplateResult } from 'lit';
import { warnOnce } from '../../loader/log.js';
import type { BannerSize } from '../../registry/widgets.js';
import { builtInManifest, findBanner, loadManifest, type AssetEntry } from '../../runtime/assets.js';
import type { TFunction } from '../../runtime/i18n.js';
import { KeyedLoad } from '../../ui/keyed-load.js';
import { defaultAssetBase } from '../../ui/widget-element.js';

/** The artwork found for a size and language, and what its image has done since. */
interface Artwork {
  entry: AssetEntry;
  /** A leaderboard's mobile artwork, for a box too narrow for the wide one. */
  narrow?: AssetEntry;
  base: string;
  loaded?: boolean;
  broken?: boolean;
}

/** The image variant's artwork: looked up in the asset base's manifest, shown once drawn, and the card instead if anything fails. */
export class ImageArt extends KeyedLoad<Artwork | undefined> {
  /** Looks the artwork up once per asset base, size and language. */
  update(base: string, size: BannerSize, language: string): void {
    this.run(`${base}|${size}|${language}`, () => {
      if (size === 'fluid') {
        warnOnce('<ispeed-banner variant="image"> has no artwork for size "fluid"; showing the card.');
        return undefined;
      }
      return loadManifest(base, undefined, base === defaultAssetBase() ? builtInManifest() : undefined).then(
        (manifest) => {
          const entry = manifest && findBanner(manifest, size, language);
          if (manifest && !entry)
            warnOnce(`the artwork manifest at ${base} has no banner of size ${size}; showing the card.`);
          const narrow = entry && size === '728x90' ? findBanner(manifest, '320x100', language) : undefined;
          return entry && { entry, narrow, base };
        },
      );
    });
  }

  /** No artwork to show (none found, or its image failed): the banner shows the card. */
  get failed(): boolean {
    const { state } = this;
    return state.status === 'failed' || (state.status === 'ready' && (!state.value || Boolean(state.value.broken)));
  }

  /** The artwork's image has drawn, so it replaces the fallback content. */
  get loaded(): boolean {
    return Boolean(this.value?.loaded);
  }

  /** The artwork as a link to `href`, once found. */
  render(href: string, language: string, t: TFunction): TemplateResult | typeof nothing {
    const art = this.value;
    if (!art) return nothing;
    return html`<a class="image-link" href=${href} target="_blank" rel="noopener"
      >${this.renderImage(art.entry, art.base, art.narrow ? 'wide-art' : '', language, t)}${
        art.narrow ? this.renderImage(art.narrow, art.base, 'narrow-art', language, t) : nothing
      }</a
    >`;
  }

  /**
   * One artwork image. A leaderboard also carries the mobile banner's artwork,
   * which a container query shows instead when the box is too narrow for the
   * wide one to stay legible; the hidden one is never fetched (lazy, not rendered).
   * The alt is the manifest's, which names the artwork's visible words, so
   * the link's name contains its visible label (WCAG 2.5.3).
   */
  private renderImage(entry: AssetEntry, base: string, fit: string, language: string, t: TFunction): TemplateResult {
    const src = new URL(entry.file, base).href;
    const srcset = entry.file2x ? `${src} 1x, ${new URL(entry.file2x, base).href} 2x` : undefined;
    const alt = entry.alt?.[language] ?? entry.alt?.vi ?? t('banner.imageAlt');
    return html`<img
        part="image"
        class=${fit || nothing}
        src=${src}
        srcset=${srcset ?? nothing}
        width=${entry.width ?? nothing}
        height=${entry.height ?? nothing}
        alt=${`${alt} ${t('newTab')}`}
        loading="lazy"
        decoding="async"
        @load=${this}
        @error=${this}
    />`;
  }

  /** Each image says here (Lit calls a listener object's `handleEvent`) whether it has drawn or failed. */
  handleEvent(event: Event): void {
    const art = this.value;
    if (!art) return;
    if (event.type === 'load') art.loaded = true;
    else {
      warnOnce(`the banner artwork ${(event.target as HTMLImageElement).src} could not be loaded; showing the card.`);
      art.broken = true;
    }
    this.host.requestUpdate();
  }
}
