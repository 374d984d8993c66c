interface ImportMetaEnv {
  /** True under `astro dev` only: drafts and scheduled articles are previewed. Set by `src/integrations/preview-mode.ts`. */
  readonly BACKSTORY_PREVIEW: boolean;
}
