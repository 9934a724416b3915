/** Search indexing of a built site: filled in with Pagefind. */
export async function indexSite(_outDir: string): Promise<void> {}
