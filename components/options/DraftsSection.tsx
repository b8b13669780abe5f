export function DraftsSection() {
  return null;
}
