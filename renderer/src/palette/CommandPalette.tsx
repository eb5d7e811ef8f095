// Placeholder: the renderer-features engineer replaces this with the real CommandPalette (issue 4).
export function CommandPalette() {
  return null;
}
