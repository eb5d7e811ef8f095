// Placeholder: the renderer-features engineer replaces this with the real ReviewMode (issue 4).
export function ReviewMode() {
  return null;
}
