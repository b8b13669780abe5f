export function ImportSection() {
  return null;
}
