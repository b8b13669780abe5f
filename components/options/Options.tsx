import { useLang } from '../useLang';
import { AggregateSection } from './AggregateSection';
import { BackupSection } from './BackupSection';
import { DispatchSection } from './DispatchSection';
import { DraftsSection } from './DraftsSection';
import { ImportSection } from './ImportSection';
import { KeptAsideSection } from './KeptAsideSection';
import { OwnFieldsSection } from './OwnFieldsSection';
import { ProfileSection } from './ProfileSection';
import './options.css';

export function Options() {
  // Follows the language setting (the page's `lang`); the sections' words come with i18n-pages.
  useLang();
  return (
    <main>
      <h1>Trợ lý Báo cáo — Cài đặt</h1>
      <ProfileSection />
      <DispatchSection />
      <DraftsSection />
      <AggregateSection />
      <ImportSection />
      <OwnFieldsSection />
      <BackupSection />
      <KeptAsideSection />
    </main>
  );
}
