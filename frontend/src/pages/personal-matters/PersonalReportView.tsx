import { Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PersonalReport } from '../../api/types';
import { enumLabel } from '../../domain/enums';

/** A report as filed, section by section (restricted: the API answers it to the entitled only). */
export function PersonalReportView({ report }: { report: PersonalReport }) {
  const { t } = useTranslation();
  const field = (key: string) => t(`fields.personalMatters.${key}`);
  const c = report.content;
  const section = (title: string) => <Typography.Title level={5} style={{ marginTop: 12 }}>{title}</Typography.Title>;
  return (
    <Flex vertical gap={4}>
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={field('kind')}>{enumLabel(t, 'personalReportKind', report.kind)}</Descriptions.Item>
        <Descriptions.Item label={field('filedOn')}>
          {report.filedOn} {report.late && <Tag color="orange">{t('personalMatters.mine.late')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('personalMatters.form.maritalStatus')}>{enumLabel(t, 'maritalStatus', c.maritalStatus)}</Descriptions.Item>
        <Descriptions.Item label={t('personalMatters.form.income')}>
          {field('salary')} {String(c.income.salary)} · {field('other')} {String(c.income.other)}
        </Descriptions.Item>
      </Descriptions>
      {section(t('personalMatters.form.family'))}
      <Table
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={c.family}
        columns={[
          { title: field('relation'), dataIndex: 'relation', render: (v: string) => enumLabel(t, 'familyRelation', v) },
          { title: field('name'), dataIndex: 'name' },
          { title: field('employer'), dataIndex: 'employer' },
          { title: field('post'), dataIndex: 'post' },
          { title: field('livesAbroad'), dataIndex: 'livesAbroad', render: (v: boolean, m) => (v ? `✓ ${m.country ?? ''}` : '') },
        ]}
      />
      {section(t('personalMatters.form.passports'))}
      <Table
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={c.passports}
        columns={[
          { title: field('kind'), dataIndex: 'kind', render: (v: string) => enumLabel(t, 'passportKind', v) },
          { title: field('number'), dataIndex: 'number' },
          { title: field('expiresOn'), dataIndex: 'expiresOn' },
        ]}
      />
      {section(t('personalMatters.form.trips'))}
      <Table
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={c.tripsAbroad}
        columns={[
          { title: field('departedOn'), dataIndex: 'departedOn' },
          { title: field('returnedOn'), dataIndex: 'returnedOn' },
          { title: field('destination'), dataIndex: 'destination' },
          { title: field('purpose'), dataIndex: 'purpose' },
        ]}
      />
      {section(t('personalMatters.form.properties'))}
      <Table
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={c.properties}
        columns={[
          { title: field('address'), dataIndex: 'address' },
          { title: field('areaSqm'), dataIndex: 'areaSqm', render: (v: unknown) => String(v) },
          { title: field('owner'), dataIndex: 'owner' },
        ]}
      />
      {section(t('personalMatters.form.investments'))}
      <Table
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={c.investments}
        columns={[
          { title: field('kind'), dataIndex: 'kind', render: (v: string) => enumLabel(t, 'investmentKind', v) },
          { title: field('description'), dataIndex: 'description' },
          { title: field('amount'), dataIndex: 'amount', render: (v: unknown) => String(v) },
        ]}
      />
    </Flex>
  );
}
