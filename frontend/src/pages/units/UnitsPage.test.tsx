import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SHENZHEN_ID, sessionFor, unitTree } from '../../test/fixtures';
import { currentUrl, renderApp } from '../../test/render';

const handlers = { 'GET /api/units': unitTree, 'GET /api/me': {} };

describe('units page', () => {
  it('shows the whole tree to a leader with own and subtree cadre counts', async () => {
    renderApp({ session: sessionFor('leader'), path: '/units', handlers });
    const bureau = await screen.findByText('国家邮政局', { selector: 'span' });
    const title = bureau.closest('.ant-space')!;
    expect(title).toHaveTextContent('5 人');
    expect(title).toHaveTextContent('含下级共 26 人');
    expect(screen.getByText('广东省邮政管理局')).toBeInTheDocument();
  });

  it('shows HR only its own subtree', async () => {
    renderApp({ session: sessionFor('hr'), path: '/units', handlers });
    expect(await screen.findByText('广东省邮政管理局')).toBeInTheDocument();
    expect(screen.queryByText('北京市邮政管理局')).not.toBeInTheDocument();
    expect(screen.queryByText('国家邮政局', { selector: 'span' })).not.toBeInTheDocument();
  });

  it('shows no head count for a unit whose count the service keeps back (outside the scope)', async () => {
    const withheld = [{ ...unitTree[0], activeCadres: undefined, children: unitTree[0].children?.map((child) => ({ ...child, activeCadres: undefined })) }];
    renderApp({ session: sessionFor('leader'), path: '/units', handlers: { ...handlers, 'GET /api/units': withheld } });
    const bureau = await screen.findByText('国家邮政局', { selector: 'span' });
    expect(bureau.closest('.ant-space')).not.toHaveTextContent('人');
  });

  it('filters and highlights by name, and says when nothing matches', async () => {
    renderApp({ session: sessionFor('admin'), path: '/units', handlers });
    const search = await screen.findByRole('searchbox', { name: '按单位名称或编码搜索' });

    await userEvent.type(search, '深圳');

    expect(await screen.findByText('深圳', { selector: 'mark' })).toBeInTheDocument();
    expect(screen.getByText('找到 1 个单位')).toBeInTheDocument();
    expect(screen.queryByText('北京市邮政管理局')).not.toBeInTheDocument();

    await userEvent.clear(search);
    await userEvent.type(search, '西藏');
    expect(await screen.findByText('没有名称或编码包含该关键字的单位')).toBeInTheDocument();
  });

  it('opens the cadre list of a unit when it is clicked', async () => {
    const { router } = renderApp({ session: sessionFor('admin'), path: '/units', handlers });
    await userEvent.type(await screen.findByRole('searchbox', { name: '按单位名称或编码搜索' }), '深圳');

    await userEvent.click(await screen.findByText('深圳', { selector: 'mark' }));

    await waitFor(() => expect(currentUrl(router)).toBe(`/cadres?unitId=${SHENZHEN_ID}`));
  });
});
