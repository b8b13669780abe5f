import { useEffect } from 'preact/hooks';
import { optionsMessages } from '@/lib/i18n/messages/options';
import { translator } from '@/lib/i18n/translator';
import { useLang } from '../useLang';
import { AggregateSection } from './AggregateSection';
import { BackupSection } from './BackupSection';
import { DispatchSection } from './DispatchSection';
import { DraftsSection } from './DraftsSection';
import { ImportSection } from './ImportSection';
import { KeptAsideSection } from './KeptAsideSection';
import { LanguageSetting } from './LanguageSetting';
import { OwnFieldsSection } from './OwnFieldsSection';
import { ProfileSection } from './ProfileSection';
import './options.css';

export function Options() {
  const lang = useLang();
  const t = translator(optionsMessages, lang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translator(optionsMessages, lang)('options.title');
  }, [lang]);
  return (
    <main>
      <h1>{t('options.title')}</h1>
      <LanguageSetting lang={lang} />
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
