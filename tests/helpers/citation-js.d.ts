/** The part of citation-js (no types of its own) the export tests use: parse any supported input into CSL items. */
declare module '@citation-js/core' {
  export class Cite {
    static async(input: string): Promise<Cite>;
    data: unknown[];
  }
}
