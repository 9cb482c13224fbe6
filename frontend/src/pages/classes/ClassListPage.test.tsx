import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { GUANGDONG_ID, pageOf, sessionFor, unitTree } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import { CLASS_ID, COURSE_ID, riskClass } from '../../test/trainingFixtures';
import { toClassRequest } from './ClassForm';

describe('培训班管理', () => {
  it('lists the classes with their unit, dates and places, each linking to its page', async () => {
    renderApp({
      session: sessionFor('hr'),
      path: '/classes',
      handlers: { 'GET /api/me': {}, 'GET /api/units': unitTree, 'GET /api/training/classes': pageOf([riskClass]) },
    });

    const link = await screen.findByText('防范化解重大风险专题培训（第一期）');
    expect(link.closest('a')).toHaveAttribute('href', `/classes/${CLASS_ID}`);
    const row = link.closest('tr')!;
    expect(row).toHaveTextContent('广东省邮政管理局');
    expect(row).toHaveTextContent('2026-03-02 至 2026-03-06');
    expect(row).toHaveTextContent('2 / 10');
    expect(row).toHaveTextContent('进行中');
  });

  it('opens 开班 with the HR officer’s own unit as organiser', async () => {
    renderApp({
      session: sessionFor('hr'),
      path: '/classes',
      handlers: { 'GET /api/me': {}, 'GET /api/units': unitTree, 'GET /api/training/classes': pageOf([]), 'GET /api/training/courses': { items: [] } },
    });
    await userEvent.click(await screen.findByText(/^开\s?班$/, { selector: 'button span' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('广东省邮政管理局')).toBeInTheDocument();
    expect(screen.getByLabelText('人数上限')).toHaveValue('30');
  });
});

describe('class request', () => {
  it('sends ISO dates and leaves an empty title to the course’s', () => {
    expect(
      toClassRequest({
        courseId: COURSE_ID,
        unitId: GUANGDONG_ID,
        title: '  ',
        startDate: dayjs('2026-03-02'),
        endDate: dayjs('2026-03-06'),
        capacity: 10,
        venue: ' 广州 ',
        openEnrolment: false,
      }),
    ).toEqual({
      courseId: COURSE_ID,
      unitId: GUANGDONG_ID,
      title: undefined,
      startDate: '2026-03-02',
      endDate: '2026-03-06',
      capacity: 10,
      venue: '广州',
      openEnrolment: false,
    });
  });
});
