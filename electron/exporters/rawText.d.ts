// Vite (electron-vite build and vitest) inlines `?raw` imports as strings: the runbook templates
// travel inside the build, so the CLI, the app and the web host need no template files at run time.
declare module '*.md?raw' {
  const text: string;
  export default text;
}
