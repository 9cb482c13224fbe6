import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import type { Role } from '../../app/access';
import { cadre, CADRE_ID, sessionFor, unitTree } from '../../test/fixtures';
import { chartTableRows, optionOf, seriesOf } from '../../test/fakeEcharts';
import { renderApp } from '../../test/render';
import { catalogue, distribution, MEASURE_ID, measures } from '../../test/inspectionFixtures';
import { toMeasureRequest } from './ApplyMeasureModal';

function renderMeasures(role: Role = 'inspector') {
  return renderApp({
    session: sessionFor(role),
    path: '/inspection/measures?form=2',
    handlers: {
      'GET /api/me': {},
      'GET /api/units': unitTree,
      'GET /api/inspection/measures': { items: measures, page: 0, size: 20, total: 2, totalPages: 1 },
      'GET /api/inspection/measures/distribution': distribution,
      'GET /api/inspection/measures/catalogue': catalogue,
      'GET /api/cadres': { items: [cadre], page: 0, size: 20, total: 1, totalPages: 1 },
      'GET /api/inspection/findings': { items: [], page: 0, size: 200, total: 0, totalPages: 0 },
      [`POST /api/inspection/measures/${MEASURE_ID}/revoke`]: { ...measures[0], status: 'REVOKED' },
    },
  });
}

describe('监督执纪', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=csrf-2; path=/';
  });

  it('draws the four forms per unit of the term and lists the measures with their influence periods', async () => {
    const { api } = renderMeasures('leader');
    const name = '国家邮政局 2023-01-01 至 2027-12-31：第一种形态 6 人次，第二种形态 3 人次，第三种形态 1 人次，第四种形态 0 人次';
    await screen.findByRole('img', { name });
    // The total first, then the units with measures (广东 has none): a bar each, stacked by form.
    expect((optionOf(name).yAxis as { data: string[] }[])[0].data).toEqual(['total', '00000000-0000-4000-8000-000000000011', 'u-3']);
    expect(seriesOf(optionOf(name)).map((bars) => [bars.name, bars.data])).toEqual([
      ['第一种形态', [6, 4, 2]],
      ['第二种形态', [3, 2, 1]],
      ['第三种形态', [1, 1, null]],
      ['第四种形态', [null, null, null]],
    ]);
    expect(await chartTableRows(name)).toEqual([
      ['单位', '第一种形态', '第二种形态', '第三种形态', '第四种形态', '说明'],
      ['国家邮政局（合计）', '6', '3', '1', '0', '10'],
      ['北京市邮政管理局', '4', '2', '1', '0', '7'],
      ['河北省邮政管理局', '2', '1', '0', '0', '3'],
    ]);
    expect(Object.fromEntries(new URL(api.calls('GET /api/inspection/measures').at(-1)!.url).searchParams)).toEqual({ form: '2' });

    const admonished = (await screen.findByText('诫勉')).closest('tr')!;
    expect(within(admonished).getByText('第二种形态')).toBeInTheDocument();
    expect(within(admonished).getByText('至 2026-11-30').closest('.ant-typography')).toHaveClass('ant-typography-danger');
    expect(screen.getByText('提醒谈话').closest('tr')).toHaveTextContent('无影响期');
    expect(screen.queryByText('运用“四种形态”')).not.toBeInTheDocument();
    expect(screen.queryByText(/^撤\s?销$/, { selector: 'button span' })).not.toBeInTheDocument();
  }, 15_000);

  it('lets an inspector revoke a measure in force with a reason', async () => {
    const { api } = renderMeasures('inspector');
    const row = (await screen.findByText('诫勉')).closest('tr')!;
    await userEvent.click(within(row).getByText(/^撤\s?销$/, { selector: 'button span' }));
    const dialog = (await screen.findByText('撤销理由', { selector: 'label' })).closest('.ant-modal') as HTMLElement;
    await userEvent.type(within(dialog).getByLabelText('撤销理由'), '经复查不实');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));
    await waitFor(() => expect(api.calls(`POST /api/inspection/measures/${MEASURE_ID}/revoke`)).toHaveLength(1));
    expect(await api.calls(`POST /api/inspection/measures/${MEASURE_ID}/revoke`)[0].json()).toEqual({ reason: '经复查不实' });
  }, 20_000);

  it('offers the catalogue grouped by family and shows what the chosen measure does before it is applied', async () => {
    renderMeasures('inspector');
    await userEvent.click(await screen.findByText('运用“四种形态”', { selector: 'button span' }));
    const dialog = (await screen.findByText('事由', { selector: 'label' })).closest('.ant-modal') as HTMLElement;
    await userEvent.click(within(dialog).getByLabelText('措施'));
    expect(await screen.findByTitle('政务处分')).toBeInTheDocument();
    expect(screen.getByTitle('组织处理')).toBeInTheDocument();
    await userEvent.click(await screen.findByTitle('记大过'));
    expect(await within(dialog).findByText('第三种形态')).toBeInTheDocument();
    expect(within(dialog).getByText(/影响期：18 个月/)).toBeInTheDocument();
    expect(within(dialog).getByText('年度考核：当年不定等次；次年不定等次')).toBeInTheDocument();
    expect(within(dialog).queryByLabelText('形态')).not.toBeInTheDocument();

    // 免职 may be form 2 or 3: the form is chosen
    await userEvent.click(within(dialog).getByLabelText('措施'));
    await userEvent.click(await screen.findByTitle('免职'));
    expect(await within(dialog).findByLabelText('形态')).toBeInTheDocument();

    expect(toMeasureRequest({ cadreId: { value: CADRE_ID, label: '陈建国（YZ000001）' }, type: 'DISMISSAL', form: 3, appliedOn: dayjs('2026-11-20'), reason: ' 违反工作纪律 ' })).toEqual({
      cadreId: CADRE_ID,
      type: 'DISMISSAL',
      form: 3,
      appliedOn: '2026-11-20',
      reason: '违反工作纪律',
      findingId: undefined,
    });
  }, 20_000);
});
