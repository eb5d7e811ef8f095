// Placeholder: the renderer-features engineer replaces this with the real ShortcutsHelp (issue 4).
export function ShortcutsHelp() {
  return null;
}
