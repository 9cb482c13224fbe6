import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, notFound } from '../../test/fakeApi';
import { cadre, sessionFor } from '../../test/fixtures';
import { currentUrl, renderApp } from '../../test/render';

const POSTING = '/rotation/postings/7d1c1f5e-0000-4000-8000-000000000001';

function notifications(read: boolean) {
  return {
    items: [
      {
        id: 'n-1',
        kind: 'POSTING_PROPOSED',
        title: '新的挂职待审批：李明 赴贵州省某县',
        link: POSTING,
        cadreId: 'c-1',
        cadreName: '李明',
        createdAt: '2026-12-01T02:00:00Z',
        read,
      },
    ],
    page: 0,
    size: 20,
    total: 1,
    totalPages: 1,
  };
}

describe('the notification bell', () => {
  it('shows the unread count, lists the notifications and marks one read when it is opened', async () => {
    let unread = 1;
    const { api, router } = renderApp({
      session: sessionFor('leader'),
      path: '/cadres',
      handlers: {
        'GET /api/notifications/unread-count': () => ({ unread }),
        'GET /api/notifications': () => notifications(unread === 0),
        'POST /api/notifications/n-1/read': () => {
          unread = 0;
          return { unread };
        },
        'GET /api/cadres': { items: [], page: 0, size: 20, total: 0, totalPages: 0 },
        'GET /api/units': [],
        'GET /api/me': { unitName: '国家邮政局' },
        'GET /api/rotation/postings/7d1c1f5e-0000-4000-8000-000000000001': () => notFound('the test stops at the link'),
      },
    });

    const bell = await screen.findByRole('button', { name: '消息（1 条未读）' });
    await userEvent.click(bell);
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('1 条未读')).toBeInTheDocument();
    await userEvent.click(within(drawer).getByText('新的挂职待审批：李明 赴贵州省某县'));

    await waitFor(() => expect(currentUrl(router)).toBe(POSTING));
    expect(api.calls('POST /api/notifications/n-1/read')).toHaveLength(1);
    expect(await screen.findByRole('button', { name: '消息' })).toBeInTheDocument();
  });

  it('says when there is nothing, with nothing to mark read', async () => {
    const { api } = renderApp({
      session: sessionFor('cadre'),
      path: '/',
      handlers: {
        'GET /api/notifications/unread-count': { unread: 0 },
        'GET /api/notifications': { items: [], page: 0, size: 20, total: 0, totalPages: 0 },
        'POST /api/notifications/read-all': () => json({ unread: 0 }),
        'GET /api/me': { unitName: '广东省邮政管理局', cadre },
      },
    });

    await userEvent.click(await screen.findByRole('button', { name: '消息' }));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('暂无消息')).toBeInTheDocument();
    expect(within(drawer).getByRole('button', { name: '全部标为已读' })).toBeDisabled();
    expect(api.calls('POST /api/notifications/read-all')).toHaveLength(0);
  });
});

/** A stand-in for the browser's EventSource: the test opens it and pushes messages. */
class FakeEventSource {
  static last: FakeEventSource | undefined;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onmessage: ((event: MessageEvent<string>) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  close() {
    this.closed = true;
  }
  push(data: object) {
    this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(data) }));
  }
}

describe('the bell with the server stream', () => {
  beforeEach(() => vi.stubGlobal('EventSource', FakeEventSource));
  afterEach(() => vi.unstubAllGlobals());

  it('shows each count the server pushes, without asking again', async () => {
    const { api } = renderApp({
      session: sessionFor('leader'),
      path: '/cadres',
      handlers: {
        'GET /api/notifications/unread-count': { unread: 0 },
        'GET /api/cadres': { items: [], page: 0, size: 20, total: 0, totalPages: 0 },
        'GET /api/units': [],
        'GET /api/me': { unitName: '国家邮政局' },
      },
    });

    expect(await screen.findByRole('button', { name: '消息' })).toBeInTheDocument();
    const source = FakeEventSource.last!;
    expect(source.url).toBe('/api/notifications/stream');
    act(() => {
      source.onopen?.();
      source.push({ unread: 3 });
    });

    expect(await screen.findByRole('button', { name: '消息（3 条未读）' })).toBeInTheDocument();
    expect(api.calls('GET /api/notifications/unread-count').length).toBeLessThanOrEqual(1);
  });
});
