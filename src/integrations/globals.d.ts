/** Site paths (without the base path) of the lazily loaded browser modules; set by src/integrations/lazy-modules.ts. */
declare const __LAZY_MODULES__: Record<import('./lazy-modules.ts').LazyModule, string>;
