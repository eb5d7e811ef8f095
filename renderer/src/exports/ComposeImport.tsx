// Placeholder: the exporters engineer replaces this with the real ComposeImport (issue 5).
export function ComposeImport() {
  return null;
}
