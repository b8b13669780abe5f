export function Popup() {
  return (
    <main>
      <h1>Trợ lý Báo cáo</h1>
      <p>Chưa có báo cáo đến hạn.</p>
    </main>
  );
}
