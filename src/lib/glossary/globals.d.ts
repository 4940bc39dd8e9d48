/** Site path (without the base path) of the preview fallback module; set by src/integrations/partner-files.ts. */
declare const __PREVIEW_FALLBACK__: string;
