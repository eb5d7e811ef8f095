// Placeholder: the renderer-features engineer replaces this with the real GrowthPanel (issue 4).
export function GrowthPanel() {
  return null;
}
