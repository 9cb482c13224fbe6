import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { problem } from '../../test/fakeApi';
import { renderWithProviders } from '../../test/render';
import NotificationSettingsPage from './NotificationSettingsPage';

const preferences = {
  language: 'zh',
  kinds: [
    { kind: 'POSTING_PROPOSED', label: '新的挂职待审批', channel: 'EMAIL', defaultChannel: 'EMAIL' },
    { kind: 'POSTING_APPROVAL_DUE', label: '挂职审批到期提醒', channel: 'DIGEST', defaultChannel: 'EMAIL' },
  ],
};

describe('notification settings', () => {
  it('shows how each kind reaches me and saves what I change, the e-mail in English', async () => {
    const user = userEvent.setup();
    const { api } = renderWithProviders(<NotificationSettingsPage />, {
      handlers: {
        'GET /api/notifications/preferences': preferences,
        'GET /api/calendar/feed': { active: false, createdAt: null },
        'PUT /api/notifications/preferences': async (request: Request) => ({
          ...((await request.clone().json()) as object),
          kinds: preferences.kinds,
        }),
      },
    });

    const proposed = await screen.findByRole('radiogroup', { name: '新的挂职待审批' });
    expect(within(proposed).getByRole('radio', { name: '邮件' })).toBeChecked();
    const due = screen.getByRole('radiogroup', { name: '挂职审批到期提醒' });
    expect(within(due).getByRole('radio', { name: '每日摘要' })).toBeChecked();
    expect(screen.getAllByText('默认：邮件')).toHaveLength(2);

    await user.click(within(proposed).getByText('关闭'));
    await user.click(screen.getByText('English'));
    await user.click(screen.getByRole('button', { name: /保\s?存/ }));

    expect(await screen.findByText('通知设置已保存')).toBeInTheDocument();
    expect(await api.calls('PUT /api/notifications/preferences')[0].json()).toEqual({
      language: 'en',
      channels: { POSTING_PROPOSED: 'OFF', POSTING_APPROVAL_DUE: 'DIGEST' },
    });
  });

  it('says what went wrong when the settings cannot be read', async () => {
    renderWithProviders(<NotificationSettingsPage />, {
      handlers: {
        'GET /api/notifications/preferences': () => problem(503, { title: 'Service Unavailable', detail: 'notification is not available' }),
        'GET /api/calendar/feed': { active: false, createdAt: null },
      },
    });
    expect(await screen.findByText('notification is not available')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /保\s?存/ })).toBeDisabled();
  });
});
