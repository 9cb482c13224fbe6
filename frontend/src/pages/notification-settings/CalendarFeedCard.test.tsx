import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../test/render';
import { CalendarFeedCard } from './CalendarFeedCard';

describe('calendar feed', () => {
  it('makes a private address, shows it this once to copy, and says when it was made', async () => {
    const user = userEvent.setup();
    let active = false;
    const url = 'http://localhost:8080/api/calendar/s3cr3t-token.ics';
    const { api } = renderWithProviders(<CalendarFeedCard />, {
      handlers: {
        'GET /api/calendar/feed': () => (active ? { active: true, createdAt: '2026-12-05T02:00:00Z' } : { active: false, createdAt: null }),
        'POST /api/calendar/feed': () => {
          active = true;
          return { url, createdAt: '2026-12-05T02:00:00Z' };
        },
      },
    });

    expect(await screen.findByText('尚未生成订阅链接')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '生成订阅链接' }));

    expect(await screen.findByText(url)).toBeInTheDocument();
    expect(screen.getByText('请立即复制此地址：它只显示这一次')).toBeInTheDocument();
    expect(await screen.findByText(/^订阅链接生成于 /)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重新生成（旧链接失效）' })).toBeInTheDocument();
    expect(api.calls('POST /api/calendar/feed')).toHaveLength(1);
  });

  it('revokes the feed once confirmed', async () => {
    const user = userEvent.setup();
    let active = true;
    const { api } = renderWithProviders(<CalendarFeedCard />, {
      handlers: {
        'GET /api/calendar/feed': () => (active ? { active: true, createdAt: '2026-12-05T02:00:00Z' } : { active: false, createdAt: null }),
        'DELETE /api/calendar/feed': () => {
          active = false;
          return new Response(null, { status: 204 });
        },
      },
    });

    await user.click(await screen.findByRole('button', { name: '撤销订阅链接' }));
    await user.click(await screen.findByRole('button', { name: /确\s?定/ }));

    expect(await screen.findByText('订阅链接已撤销')).toBeInTheDocument();
    expect(await screen.findByText('尚未生成订阅链接')).toBeInTheDocument();
    expect(api.calls('DELETE /api/calendar/feed')).toHaveLength(1);
  });
});
