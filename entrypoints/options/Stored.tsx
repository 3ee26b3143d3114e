/**
 * "What we store": the plain list, and the very data in Keep It Light's storage, read live, so
 * the person can check that it holds settings and counts and never a word they typed.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/ui/i18n';

export function Stored() {
  const [raw, setRaw] = useState<string>('');

  useEffect(() => {
    const read = () =>
      void browser.storage.local.get(null).then(
        (all) => setRaw(JSON.stringify(all, null, 2)),
        () => setRaw(''),
      );
    read();
    browser.storage.onChanged.addListener(read);
    return () => browser.storage.onChanged.removeListener(read);
  }, []);

  return (
    <section class="panel" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('optionsPrivacyTitle')}</h2>
      <p>{t('optionsPrivacyBody')}</p>
      <ul>
        <li>{t('optionsPrivacySettings')}</li>
        <li>{t('optionsPrivacyCounts')}</li>
        <li>{t('optionsPrivacyNever')}</li>
      </ul>
      <details>
        <summary>{t('optionsPrivacyRaw')}</summary>
        <pre tabIndex={0} aria-label={t('optionsPrivacyRawLabel')} data-testid="stored">
          {raw}
        </pre>
      </details>
    </section>
  );
}
