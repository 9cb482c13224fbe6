import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLocale, currentLocale, LOCALES, type Locale } from './index';

/** 简体中文 / English. Each language's name is written in that language in both locale files. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Locale>
      aria-label={t('header.language')}
      size="small"
      value={currentLocale(i18n)}
      onChange={(locale) => void changeLocale(i18n, locale)}
      options={LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
    />
  );
}
