import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CoursePage } from '../../api/types';
import { sessionFor } from '../../test/fixtures';
import { currentUrl, renderApp } from '../../test/render';
import { onlineCourse, riskCourse } from '../../test/trainingFixtures';
import { toCourseRequest } from './CourseForm';

const page: CoursePage = { items: [onlineCourse, riskCourse], page: 0, size: 20, total: 2, totalPages: 1 };

function renderCourses(path: string, role: 'hr' | 'cadre' = 'cadre', handlers = {}) {
  return renderApp({ session: sessionFor(role), path, handlers: { 'GET /api/me': {}, 'GET /api/training/courses': page, ...handlers } });
}

const lastQuery = (api: ReturnType<typeof renderCourses>['api']) =>
  Object.fromEntries(new URL(api.calls('GET /api/training/courses').at(-1)!.url).searchParams);

describe('课程目录', () => {
  it('asks for the search in the URL and lists kind, capabilities and 学时', async () => {
    const { api } = renderCourses('/courses?q=风险&kind=SPECIAL_TOPIC&capability=RISK_MANAGEMENT');

    const row = (await screen.findByText('防范化解重大风险专题培训')).closest('tr')!;
    expect(lastQuery(api)).toEqual({ q: '风险', kind: 'SPECIAL_TOPIC', capability: 'RISK_MANAGEMENT' });
    expect(row).toHaveTextContent('ZX-2026-02');
    expect(row).toHaveTextContent('专题培训');
    expect(row).toHaveTextContent('驾驭风险本领');
    expect(row).toHaveTextContent('32');
    expect(screen.getByText('共 2 门课程')).toBeInTheDocument();
  });

  it('puts a new search in the URL, from the first page', async () => {
    const { router } = renderCourses('/courses?page=1');
    const box = await screen.findByPlaceholderText('课程名称或编号');
    await userEvent.type(box, '强邮讲坛{Enter}');
    await waitFor(() => expect(currentUrl(router)).toBe(`/courses?q=${encodeURIComponent('强邮讲坛')}`));
  });

  it('opens a course’s details with its modules', async () => {
    renderCourses('/courses');
    await userEvent.click(await screen.findByText('数字政府建设在线课程'));

    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('数据安全').closest('tr')).toHaveTextContent('2数据安全20是');
    expect(within(drawer).getByText('数字政府概论').closest('tr')).toHaveTextContent('1数字政府概论45否');
    expect(within(drawer).getByText('在线学习')).toBeInTheDocument();
  });

  it('offers 新建课程 to HR only', async () => {
    renderCourses('/courses', 'cadre');
    await screen.findByText('防范化解重大风险专题培训');
    expect(screen.queryByText('新建课程')).not.toBeInTheDocument();
  });

  it('lets HR create a course and shows the server’s field errors on the form', async () => {
    const { api } = renderCourses('/courses', 'hr', {
      'POST /api/training/courses': () =>
        new Response(
          JSON.stringify({ type: 'https://benling.org/problems/duplicate-course-code', status: 409, detail: 'course code ZX-2026-02 already exists', violations: [{ field: 'code', message: '课程编号已被使用' }] }),
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    });
    await userEvent.click(await screen.findByText('新建课程'));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));
    expect(await within(dialog).findAllByText('请填写此项')).not.toHaveLength(0);
    expect(api.calls('POST /api/training/courses')).toHaveLength(0);

    await userEvent.type(within(dialog).getByLabelText('课程编号'), 'ZX-2026-02');
    await userEvent.type(within(dialog).getByLabelText('课程名称'), '防范化解重大风险专题培训（二）');
    await userEvent.click(within(dialog).getByLabelText('课程类型'));
    await userEvent.click(await screen.findByTitle('专题培训'));
    await userEvent.click(within(dialog).getByLabelText('提升本领'));
    await userEvent.click(await screen.findByTitle('驾驭风险本领'));
    await userEvent.type(within(dialog).getByLabelText('学时'), '16');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));

    await waitFor(() => expect(api.calls('POST /api/training/courses')).toHaveLength(1));
    expect(await api.calls('POST /api/training/courses')[0].json()).toMatchObject({
      code: 'ZX-2026-02',
      title: '防范化解重大风险专题培训（二）',
      kind: 'SPECIAL_TOPIC',
      capabilities: ['RISK_MANAGEMENT'],
      creditHours: 16,
      online: false,
      offJobDays: 0,
      modules: [],
    });
    await waitFor(() => expect(within(dialog).getByLabelText('课程编号').closest('.ant-form-item')).toHaveTextContent('课程编号已被使用'));
  }, 15_000); // many antd fields typed one key at a time: slow on a loaded machine
});

describe('course request', () => {
  it('trims the texts, leaves empty ones out and sends each module with its test flag', () => {
    expect(
      toCourseRequest({
        code: ' ZX-2026-06 ',
        title: ' 数字政府 ',
        kind: 'ONLINE',
        capabilities: ['SCIENTIFIC_DEVELOPMENT'],
        creditHours: 1,
        online: true,
        offJobDays: 0,
        provider: '  ',
        modules: [{ title: ' 概论 ', minutes: 45 }],
      }),
    ).toEqual({
      code: 'ZX-2026-06',
      title: '数字政府',
      kind: 'ONLINE',
      capabilities: ['SCIENTIFIC_DEVELOPMENT'],
      creditHours: 1,
      online: true,
      offJobDays: 0,
      provider: undefined,
      description: undefined,
      modules: [{ title: '概论', minutes: 45, hasTest: false }],
    });
  });
});
