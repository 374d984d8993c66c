import { unified } from '@astrojs/markdown-remark';
import { markdownPipeline, syntaxHighlight } from '../markdown/pipeline.ts';
import type { PeopleRegister } from '../markdown/people.ts';

type Renderer = Awaited<ReturnType<ReturnType<typeof unified>['createRenderer']>>;

let renderer: Promise<Renderer> | undefined;

/**
 * Renders a body with the site's configured `unified()` processor: the same
 * options and plugins as Astro's own renderMarkdown, on whichever thread
 * calls it, with the register of people handed over for quotes and mentions.
 */
export async function renderBody(body: string, fileURL: URL, people: PeopleRegister): Promise<{ code: string; metadata: Record<string, unknown> }> {
  renderer ??= unified(markdownPipeline).createRenderer({ syntaxHighlight, image: {} } as Parameters<ReturnType<typeof unified>['createRenderer']>[0]);
  return (await renderer).render(body, { fileURL, frontmatter: { people } }) as Promise<{ code: string; metadata: Record<string, unknown> }>;
}
