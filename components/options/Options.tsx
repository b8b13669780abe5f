import { useEffect } from 'preact/hooks';
import { optionsMessages } from '@/lib/i18n/messages/options';
import { translator } from '@/lib/i18n/translator';
import { LanguageSwitch } from '../LanguageSwitch';
import { useLang } from '../useLang';
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
  const lang = useLang();
  const t = translator(optionsMessages, lang);
  useEffect(() => {
    document.title = t('options.title');
  }, [t]);
  return (
    <main>
      <h1>{t('options.title')}</h1>
      <p class="language">
        <LanguageSwitch lang={lang} />
      </p>
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
