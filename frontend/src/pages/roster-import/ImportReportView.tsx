import { Alert, Card, Col, Flex, Row, Statistic, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RowStatus } from '../../api/types';
import { enumLabel } from '../../domain/enums';
import type { ImportOutcome, ImportRowView } from './importOutcome';

const STATUS_COLORS: Record<RowStatus, string> = { IMPORTED: 'success', REJECTED: 'error', VALID_NOT_IMPORTED: 'default' };

function Summary({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useTranslation();
  const verdict = outcome.committed
    ? outcome.rejected > 0
      ? { type: 'warning' as const, text: t('rosterImport.report.partlyImported', { imported: outcome.imported, rejected: outcome.rejected }) }
      : { type: 'success' as const, text: t('rosterImport.report.allImported', { imported: outcome.imported }) }
    : { type: 'error' as const, text: t('rosterImport.report.nothingImported', { rejected: outcome.rejected }) };
  return (
    <Flex vertical gap={16}>
      <Alert type={verdict.type} showIcon title={verdict.text} description={outcome.detail} />
      <Row gutter={16}>
        <Col span={8}>
          <Statistic title={t('rosterImport.report.totalRows')} value={outcome.totalRows ?? '—'} />
        </Col>
        <Col span={8}>
          <Statistic title={t('rosterImport.report.imported')} value={outcome.imported} styles={{ content: { color: '#389e0d' } }} />
        </Col>
        <Col span={8}>
          <Statistic title={t('rosterImport.report.rejected')} value={outcome.rejected} styles={{ content: { color: outcome.rejected ? '#cf1322' : undefined } }} />
        </Col>
      </Row>
    </Flex>
  );
}

/** The per-row result of a roster import: what was imported and, for each bad row, what to fix. */
export function ImportReportView({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useTranslation();
  const [problemsOnly, setProblemsOnly] = useState(outcome.rejected > 0);
  const rows = problemsOnly ? outcome.rows.filter((row) => row.violations.length > 0) : outcome.rows;

  const columns: TableColumnsType<ImportRowView> = [
    { title: t('rosterImport.report.row'), dataIndex: 'row', key: 'row', width: 90, render: (row: number) => t('rosterImport.report.rowNumber', { row }) },
    { title: t('fields.cadre.employeeNumber'), dataIndex: 'employeeNumber', key: 'employeeNumber', width: 130 },
    {
      title: t('fields.cadre.name'),
      dataIndex: 'name',
      key: 'name',
      width: 110,
      render: (name: string | undefined, row) => (row.cadreId ? <Link to={`/cadres/${row.cadreId}`}>{name}</Link> : name),
    },
    {
      title: t('rosterImport.report.status'),
      dataIndex: 'status',
      key: 'status',
      width: 120,
      render: (status: RowStatus) => <Tag color={STATUS_COLORS[status]}>{enumLabel(t, 'rowStatus', status)}</Tag>,
    },
    {
      title: t('rosterImport.report.problems'),
      key: 'violations',
      render: (_, row) =>
        row.violations.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 16 }}>
            {row.violations.map((violation, i) => (
              <li key={`${violation.field}-${i}`}>
                {violation.field && (
                  <Typography.Text strong>{t(`fields.cadre.${violation.field}`, { defaultValue: violation.field })}: </Typography.Text>
                )}
                {violation.message}
              </li>
            ))}
          </ul>
        ),
    },
  ];

  return (
    <Card title={t('rosterImport.report.title')}>
      <Flex vertical gap={16}>
        <Summary outcome={outcome} />
        <Flex gap={8} align="center">
          <Switch checked={problemsOnly} onChange={setProblemsOnly} aria-label={t('rosterImport.report.problemsOnly')} />
          <span>{t('rosterImport.report.problemsOnly')}</span>
        </Flex>
        <Table<ImportRowView>
          rowKey="row"
          size="small"
          columns={columns}
          dataSource={rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
        />
      </Flex>
    </Card>
  );
}
