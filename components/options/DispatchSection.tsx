import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { shortForm } from '@/lib/forms/code';
import { viDate } from '@/lib/periods/dates';
import { type ParsedDispatch, parseDispatch } from '@/lib/periods/dispatch';
import { flagText } from '@/lib/periods/dispatch-flags';
import { applyDispatch, DISPATCHES_KEY, loadApplied, removeApplied } from '@/lib/periods/dispatch-store';
import { LEVEL_LABELS } from '@/lib/periods/levels';
import type { AppliedDispatches } from '@/lib/periods/schedule';
import { periodLabel } from '@/lib/periods/windows';

// Paste this period's dispatch (công văn), check what was read, apply it: the popup, badge and
// reminders then use its dates instead of the estimated ones. What was not understood is listed.

export function DispatchSection() {
  const [text, setText] = useState('');
  const [parsed, setParsed] = useState<ParsedDispatch | null>(null);
  const [applied, setApplied] = useState<AppliedDispatches>({});
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);

  useEffect(() => {
    const reload = () => loadApplied().then(setApplied, () => {});
    reload();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && DISPATCHES_KEY in changes) reload();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);

  const parse = () => {
    const result = parseDispatch(text);
    if (result.refused) {
      setParsed(null);
      setStatus({ text: result.refused, error: true });
      return;
    }
    setParsed(result);
    setStatus(
      result.items.length
        ? null
        : { text: 'Không đọc được đơn vị, biểu mẫu và thời hạn nào trong văn bản này.', error: true },
    );
  };

  const apply = async () => {
    if (!parsed) return;
    try {
      const result = await applyDispatch(parsed);
      const flagged = parsed.items.filter((i) => i.flags?.length).length;
      const confirm = flagged ? ` Có ${flagged} thời hạn được đánh dấu: hãy đối chiếu lại với công văn.` : '';
      setStatus({ text: result.message + (result.ok ? confirm : ''), error: !result.ok });
    } catch {
      setStatus({ text: 'Không lưu được công văn, hãy thử lại.', error: true });
    }
  };

  return (
    <section aria-labelledby="tlbc-dispatch-title">
      <h2 id="tlbc-dispatch-title" title="Dispatch for this period">
        Công văn kỳ báo cáo
      </h2>
      <p title="Paste the text of this period's dispatch; the deadlines it sets replace the estimated ones.">
        Dán nội dung công văn đôn đốc báo cáo của kỳ này; thời hạn trong công văn sẽ thay cho thời hạn dự
        kiến.
      </p>
      <textarea
        data-testid="tlbc-dispatch-text"
        rows={10}
        cols={80}
        value={text}
        aria-label="Nội dung công văn"
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <p>
        <button type="button" data-testid="tlbc-dispatch-parse" onClick={parse} disabled={!text.trim()}>
          Đọc công văn
        </button>
      </p>
      {parsed && <ParsedView parsed={parsed} onApply={apply} />}
      {status && (
        <p role="status" data-testid="tlbc-dispatch-status" class={status.error ? 'error' : ''}>
          {status.text}
        </p>
      )}
      <AppliedList applied={applied} />
    </section>
  );
}

function ParsedView({ parsed, onApply }: { parsed: ParsedDispatch; onApply: () => void }) {
  return (
    <div data-testid="tlbc-dispatch-result">
      <p>
        Kỳ báo cáo: <strong>{parsed.period ? periodLabel(parsed.period) : 'không xác định'}</strong>
        {parsed.window && ` (chốt số liệu từ ${viDate(parsed.window.from)} đến ${viDate(parsed.window.to)})`}
      </p>
      {parsed.items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>Đơn vị</th>
              <th>Biểu</th>
              <th>Hạn gửi</th>
            </tr>
          </thead>
          <tbody>
            {parsed.items.flatMap((item) =>
              item.forms.map((form) => (
                <tr
                  key={`${item.level}|${form}|${item.due}`}
                  data-testid="tlbc-dispatch-item"
                  data-level={item.level}
                  data-form={form}
                  data-from={item.from}
                  data-to={item.to}
                  data-due={item.due}
                  data-assumed={item.formsAssumed ? 'true' : undefined}
                  data-flags={item.flags?.join(' ')}
                >
                  <td>{LEVEL_LABELS[item.level].vi}</td>
                  <td>
                    {form}
                    {item.formsAssumed && (
                      <span title="The dispatch names no form for this level: the regime's form is assumed">
                        {' '}
                        (theo chế độ báo cáo, công văn không ghi)
                      </span>
                    )}
                  </td>
                  <td>
                    {item.before ? 'trước ngày ' : ''}
                    {viDate(item.due)}
                    {item.flags?.length ? (
                      <strong class="error" title="Kept as written: check it against the dispatch">
                        {' '}
                        — cần xác nhận: {item.flags.map((f) => flagText(f, item.due)).join('; ')}
                      </strong>
                    ) : null}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
      {parsed.appendices?.length ? (
        <p data-testid="tlbc-dispatch-appendices" title="The dispatch sends its forms as appendices">
          Công văn dẫn chiếu {parsed.appendices.join('; ')}: biểu mẫu theo chế độ báo cáo của từng cấp được áp
          dụng, hãy đối chiếu với phụ lục.
        </p>
      ) : null}
      {parsed.unparsed.length > 0 && (
        <div data-testid="tlbc-dispatch-unparsed">
          <p title="Sentences about deadlines that were not understood: check them yourself.">
            Các câu về thời hạn chưa đọc được (hãy tự kiểm tra):
          </p>
          <ul>
            {parsed.unparsed.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </div>
      )}
      <button
        type="button"
        data-testid="tlbc-dispatch-apply"
        onClick={onApply}
        disabled={!parsed.items.length}
      >
        Áp dụng thời hạn này
      </button>
    </div>
  );
}

function AppliedList({ applied }: { applied: AppliedDispatches }) {
  const periods = Object.keys(applied).sort().reverse();
  if (!periods.length) return null;
  return (
    <div>
      <h3>Công văn đã áp dụng</h3>
      <ul>
        {periods.map((period) => (
          <li key={period} data-testid="tlbc-dispatch-applied" data-period={period}>
            {periodLabel(period)}:{' '}
            {applied[period].items
              .map(
                (i) =>
                  `${LEVEL_LABELS[i.level].vi} — ${i.forms.map(shortForm).join(', ')}${i.formsAssumed ? ' (theo chế độ báo cáo)' : ''}: ${viDate(i.due)}${i.flags?.length ? ' (cần xác nhận)' : ''}`,
              )
              .join('; ')}{' '}
            <button
              type="button"
              data-testid="tlbc-dispatch-remove"
              title="Stop using this dispatch; estimated dates apply again"
              onClick={() => removeApplied(period)}
            >
              Bỏ áp dụng
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
