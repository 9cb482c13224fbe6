import { screen, within } from '@testing-library/react';
import { measures } from '../../test/inspectionFixtures';
import { cadre, CADRE_ID, sessionFor } from '../../test/fixtures';
import { renderApp } from '../../test/render';

describe('my profile', () => {
  it('shows the own record and transfer history', async () => {
    renderApp({
      session: sessionFor('cadre'),
      path: '/my-profile',
      handlers: {
        'GET /api/me': { username: 'cadre-demo', roles: ['cadre'], unitName: '广东省邮政管理局', cadre },
        'GET /api/inspection/measures': { items: [], page: 0, size: 100, total: 0, totalPages: 0 },
        [`GET /api/cadres/${CADRE_ID}/transfers`]: [
          {
            id: 't1',
            fromUnitName: '北京市邮政管理局',
            toUnitName: '广东省邮政管理局',
            fromPositionTitle: '副处长',
            toPositionTitle: '市场监管处处长',
            effectiveOn: '2019-03-01',
            reason: '交流任职',
            recordedBy: 'hr-hq',
            recordedAt: '2019-03-01T02:00:00Z',
          },
        ],
      },
    });

    expect(await screen.findByText('YZ000001')).toBeInTheDocument();
    expect(screen.getByText(/^1975-06-01（\d+ 岁）$/)).toBeInTheDocument();
    expect(await screen.findByText('北京市邮政管理局 → 广东省邮政管理局')).toBeInTheDocument();
    expect(screen.getByText('原因：交流任职')).toBeInTheDocument();
  });

  it('explains when the account has no cadre record', async () => {
    renderApp({ session: sessionFor('cadre'), path: '/my-profile', handlers: { 'GET /api/me': { username: 'x', roles: ['cadre'] } } });
    expect(await screen.findByText('您的账号尚未关联干部档案，请联系组织人事部门。')).toBeInTheDocument();
  });

  it('shows a cadre the own supervision measures with their influence periods, and HR none of them', async () => {
    renderApp({
      session: sessionFor('cadre', { cadreId: CADRE_ID }),
      path: '/my-profile',
      handlers: {
        'GET /api/me': { username: 'cadre-demo', roles: ['cadre'], cadre },
        [`GET /api/cadres/${CADRE_ID}/transfers`]: [],
        'GET /api/inspection/measures': { items: [measures[0]], page: 0, size: 100, total: 1, totalPages: 1 },
      },
    });
    const section = (await screen.findByText('我的监督执纪记录')).closest('.ant-card') as HTMLElement;
    expect(await within(section).findByText('至 2026-11-30')).toBeInTheDocument();
    expect(within(section).getByText('第二种形态')).toBeInTheDocument();
  });

  it('never asks HR linked to a cadre record for supervision measures', async () => {
    const { api } = renderApp({
      session: sessionFor('hr', { cadreId: CADRE_ID }),
      path: '/my-profile',
      handlers: { 'GET /api/me': { username: 'hr-guangdong', roles: ['hr'], cadre }, [`GET /api/cadres/${CADRE_ID}/transfers`]: [] },
    });
    expect(await screen.findByText('YZ000001')).toBeInTheDocument();
    expect(screen.queryByText('我的监督执纪记录')).not.toBeInTheDocument();
    expect(api.requests.filter((request) => request.url.includes('/api/inspection/'))).toHaveLength(0);
  });
});
