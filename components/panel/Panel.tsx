export function Panel(props: { form: string }) {
  return (
    <aside data-testid="tlbc-panel" data-form={props.form}>
      <strong>Trợ lý Báo cáo</strong>
      <span> · {props.form === 'generic' ? 'Biểu chưa có mẫu' : props.form}</span>
    </aside>
  );
}
