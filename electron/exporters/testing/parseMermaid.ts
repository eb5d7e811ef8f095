import { JSDOM } from 'jsdom';

type Mermaid = { parse(text: string): Promise<unknown> };
let loaded: Promise<Mermaid> | null = null;

/**
 * Mermaid's own parser under Node. Mermaid sanitizes labels with DOMPurify, which needs a DOM:
 * a jsdom window must exist before mermaid is first imported, because DOMPurify binds to the window it finds when it loads. Tests only.
 */
export async function parseMermaid(text: string): Promise<unknown> {
  loaded ??= (async () => {
    const globals = globalThis as unknown as { window?: unknown };
    globals.window ??= new JSDOM('').window;
    const module = (await import('mermaid')) as unknown as { default: Mermaid };
    return module.default;
  })();
  const mermaid = await loaded;
  return mermaid.parse(text);
}
