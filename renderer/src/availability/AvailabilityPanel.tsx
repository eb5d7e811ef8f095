// Placeholder: the renderer-features engineer replaces this with the real AvailabilityPanel (issue 4).
export function AvailabilityPanel() {
  return null;
}
