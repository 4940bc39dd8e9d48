/**
 * The reader's colour theme: light, dark, or the system's ("auto", the default). The choice
 * is kept in localStorage and applied by a classic script at the top of <body>, which runs before the
 * first paint, so a page never flashes the other theme. Its SHA-256 is added to the CSP in
 * astro.config.mjs, since Astro only hashes the scripts it bundles itself.
 */
export const THEME_STORAGE_KEY = 'theme';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const isTheme = (value: unknown): value is Theme => THEMES.includes(value as Theme);

/**
 * Sets <html data-theme> to the stored choice or "auto". Without JavaScript the attribute is
 * missing: the page follows the system and the theme switch stays hidden. Storage can throw
 * (blocked cookies); the system's theme is then used.
 */
export const THEME_BOOT_SCRIPT =
  `(function(){var t;try{t=localStorage.getItem('${THEME_STORAGE_KEY}')}catch(e){}` +
  `document.documentElement.dataset.theme=t==='light'||t==='dark'?t:'auto'})()`;
