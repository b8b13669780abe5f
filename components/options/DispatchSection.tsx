export function DispatchSection() {
  return null;
}
