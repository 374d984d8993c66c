import type { AstroIntegration } from 'astro';

/**
 * Tells pages whether they are being previewed (`astro dev`), and where the
 * source tree is. Vite's
 * `import.meta.env.DEV` is not enough: it follows NODE_ENV, so a production
 * build run with NODE_ENV=test or development would publish drafts.
 */
export function previewMode(): AstroIntegration {
  return {
    name: 'backstory-preview-mode',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        updateConfig({
          vite: {
            define: {
              'import.meta.env.BACKSTORY_PREVIEW': JSON.stringify(command === 'dev'),
              // Bundled pages run from a temporary folder; worker threads need the real source tree.
              'import.meta.env.BACKSTORY_SRC_DIR': JSON.stringify(config.srcDir.href),
            },
          },
        });
      },
    },
  };
}
