// Placeholder: the renderer-features engineer replaces this with the real FindingsPanel (issue 4).
export function FindingsPanel() {
  return null;
}
