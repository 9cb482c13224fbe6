import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cadre, CADRE_ID, GUANGDONG_ID, SHENZHEN_ID, sessionFor, unitTree } from '../../test/fixtures';
import { renderApp } from '../../test/render';

const audit = [
  { revision: 1, at: '2024-01-02T01:00:00Z', actor: 'hr-hq', requestId: 'r-1', kind: 'CREATED', changes: [{ field: 'name', before: null, after: '陈建国' }] },
  {
    revision: 7,
    at: '2025-03-04T02:30:00Z',
    actor: 'hr-guangdong',
    requestId: 'r-7',
    kind: 'CHANGED',
    changes: [
      { field: 'rankLevel', before: 'DIVISION_DEPUTY', after: 'DIVISION_PRINCIPAL' },
      { field: 'unitId', before: GUANGDONG_ID, after: SHENZHEN_ID },
      { field: 'categories', before: ['RESERVE'], after: [] },
    ],
  },
];

describe('audit trail', () => {
  it('lists who changed what and when, newest first, in words rather than codes', async () => {
    renderApp({
      session: sessionFor('leader'),
      path: `/cadres/${CADRE_ID}`,
      handlers: { [`GET /api/cadres/${CADRE_ID}`]: cadre, [`GET /api/cadres/${CADRE_ID}/audit`]: audit, 'GET /api/units': unitTree, 'GET /api/me': {} },
    });

    await userEvent.click(await screen.findByRole('tab', { name: '变更记录' }));

    const rows = await within(screen.getByRole('tabpanel')).findAllByRole('row');
    const [latest, first] = rows.slice(1);
    expect(latest).toHaveTextContent('hr-guangdong');
    expect(latest).toHaveTextContent('职级: 副县处级 → 正县处级');
    expect(latest).toHaveTextContent('单位: 广东省邮政管理局 → 深圳市邮政管理局');
    expect(latest).toHaveTextContent('干部类别: 后备干部 → （空）');
    expect(within(latest).getByText('修改')).toBeInTheDocument();
    expect(first).toHaveTextContent('姓名: 陈建国');
    expect(first).toHaveTextContent('2024');
  });
});
