// jsdom ships no types and @types/jsdom is not installed; the Mermaid parse helper needs only this.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: unknown;
  }
}
