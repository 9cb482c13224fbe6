import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionFor } from '../test/fixtures';
import { renderApp } from '../test/render';
import { createI18n, initialLocale } from './index';

describe('language switch', () => {
  it('starts in Chinese and switches menu, header and antd texts to English, remembering the choice', async () => {
    const { i18n } = renderApp({ session: sessionFor('hr'), path: '/nowhere', handlers: { 'GET /api/me': { unitName: '广东省邮政管理局' } } });

    expect(await screen.findByRole('link', { name: '干部名册' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /退出登录/ })).toBeInTheDocument();
    expect(screen.getByText('页面不存在')).toBeInTheDocument();

    await userEvent.click(screen.getByText('English'));

    expect(await screen.findByRole('link', { name: 'Cadres' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '干部名册' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Log out/ })).toBeInTheDocument();
    expect(screen.getByText('Page not found')).toBeInTheDocument();
    expect(i18n.language).toBe('en-US');
    expect(localStorage.getItem('benling.locale')).toBe('en-US');
    expect(document.documentElement.lang).toBe('en-US');
  });

  it('prefers the stored choice over the server default, and the server default over Chinese', () => {
    expect(initialLocale('en-US')).toBe('en-US');
    expect(initialLocale(undefined)).toBe('zh-CN');
    localStorage.setItem('benling.locale', 'zh-CN');
    expect(initialLocale('en-US')).toBe('zh-CN');
    localStorage.setItem('benling.locale', 'fr-FR');
    expect(initialLocale(undefined)).toBe('zh-CN');
  });

  it('has the same keys in both locale files', async () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      value && typeof value === 'object'
        ? Object.entries(value).flatMap(([key, child]) => keys(child, `${prefix}${key}.`))
        : [prefix.slice(0, -1).replace(/_(one|other)$/, '')];
    const zh = new Set(keys((await import('../locales/zh-CN.json')).default));
    const en = new Set(keys((await import('../locales/en-US.json')).default));
    expect([...zh].filter((key) => !en.has(key))).toEqual([]);
    expect([...en].filter((key) => !zh.has(key))).toEqual([]);
    expect(createI18n('en-US').t('enum.rankLevel.SECTION_PRINCIPAL')).toBe('Section level, principal');
  });
});
