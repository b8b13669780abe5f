export function Options() {
  return (
    <main>
      <h1>Trợ lý Báo cáo — Cài đặt</h1>
    </main>
  );
}
