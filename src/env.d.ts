interface ImportMetaEnv {
  /** True under `astro dev` only: drafts and scheduled articles are previewed. Set by `src/integrations/preview-mode.ts`. */
  readonly BACKSTORY_PREVIEW: boolean;
  /** `file:` URL of `src/`, for starting worker threads from bundled code. Set by the same integration. */
  readonly BACKSTORY_SRC_DIR: string;
  /** Digest of the card-drawing code (`src/lib/cards/card-code-version.ts`), part of every card's cache key. Set by the same integration. */
  readonly BACKSTORY_CARD_CODE: string;
}
