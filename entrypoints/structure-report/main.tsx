import { render } from 'preact';
import { ReportPage } from '@/components/structure-report/ReportPage';
import '@/components/structure-report/report.css';

// Opened by the background for the panel's "Xuất cấu trúc trang": ?tab= names the tab to describe.
const tab = Number.parseInt(new URLSearchParams(location.search).get('tab') ?? '', 10);
render(<ReportPage tabId={Number.isInteger(tab) ? tab : null} />, document.getElementById('app')!);
