interface ImportMetaEnv {
  /** True under `astro dev` only: drafts and scheduled articles are previewed. Set by `src/integrations/preview-mode.ts`. */
  readonly BACKSTORY_PREVIEW: boolean;
  /** `file:` URL of `src/`, for starting worker threads from bundled code. Set by the same integration. */
  readonly BACKSTORY_SRC_DIR: string;
}
