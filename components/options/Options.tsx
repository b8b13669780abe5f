import { AggregateSection } from './AggregateSection';
import { BackupSection } from './BackupSection';
import { DispatchSection } from './DispatchSection';
import { DraftsSection } from './DraftsSection';
import { ImportSection } from './ImportSection';
import { KeptAsideSection } from './KeptAsideSection';
import { OwnFieldsSection } from './OwnFieldsSection';
import { ProfileSection } from './ProfileSection';
import { TaughtSection } from './TaughtSection';
import './options.css';

export function Options() {
  return (
    <main>
      <h1>Trợ lý Báo cáo — Cài đặt</h1>
      <ProfileSection />
      <DispatchSection />
      <DraftsSection />
      <AggregateSection />
      <ImportSection />
      <OwnFieldsSection />
      <TaughtSection />
      <BackupSection />
      <KeptAsideSection />
    </main>
  );
}
