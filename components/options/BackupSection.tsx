export function BackupSection() {
  return null;
}
