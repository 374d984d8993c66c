import type { AstroIntegration } from 'astro';

/**
 * Tells pages whether they are being previewed (`astro dev`). Vite's
 * `import.meta.env.DEV` is not enough: it follows NODE_ENV, so a production
 * build run with NODE_ENV=test or development would publish drafts.
 */
export function previewMode(): AstroIntegration {
  return {
    name: 'backstory-preview-mode',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.BACKSTORY_PREVIEW': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
