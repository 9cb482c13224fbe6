import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { MyTodos } from './MyTodos';

function page(items: object[], total = items.length) {
  return { items, page: 0, size: 10, total, totalPages: 1 };
}

function todo(id: string, title: string, dueOn: string | null) {
  return {
    id,
    kind: 'POSTING_APPROVAL',
    title,
    link: `/rotation/postings/${id}`,
    dueOn,
    status: 'OPEN',
    cadreId: 'c-1',
    cadreName: '李明',
    createdAt: '2026-12-01T02:00:00Z',
    closedAt: null,
  };
}

describe('my to-dos', () => {
  it('lists the open ones soonest due first, each a link to where it is done, the late ones marked', async () => {
    const { api } = renderWithProviders(<MyTodos />, {
      handlers: {
        'GET /api/todos': page([todo('p-1', '审批挂职：李明 赴贵州省某县（2026-12-01 起）', '2000-01-01'), todo('p-2', '审批挂职：王芳', '2999-12-31')], 12),
      },
    });

    const late = (await screen.findByRole('link', { name: '审批挂职：李明 赴贵州省某县（2026-12-01 起）' })).closest('li')!;
    expect(late.querySelector('a')).toHaveAttribute('href', '/rotation/postings/p-1');
    expect(within(late as HTMLElement).getByText('已逾期（2000-01-01）')).toBeInTheDocument();
    expect(screen.getByText('2999-12-31 前')).toBeInTheDocument();
    expect(screen.getByText('显示最近到期的 10 项，共 12 项')).toBeInTheDocument();
    const query = new URL(api.calls('GET /api/todos')[0].url).searchParams;
    expect([query.get('status'), query.get('sort'), query.get('size')]).toEqual(['OPEN', 'dueOn', '10']);
  });

  it('says so when nothing waits', async () => {
    renderWithProviders(<MyTodos />, { handlers: { 'GET /api/todos': page([]) } });
    expect(await screen.findByText('暂无待办事项，需要您办理的事会出现在这里')).toBeInTheDocument();
  });
});
