import { render } from 'preact';
import { t } from '@/utils/i18n';

function Options() {
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsPlaceholder')}</p>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
