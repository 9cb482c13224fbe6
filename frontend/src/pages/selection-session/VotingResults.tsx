import { Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VotingCategoryShare, VotingResult, VotingSession } from '../../api/types';
import { enumLabel, GRADES } from '../../domain/enums';
import { cadreLabel } from '../../domain/format';
import { formatShare } from '../../domain/selection';

/**
 * The count of a closed session (计票结果), as the service reports it: for 民主推荐 each person's recommendations per
 * voter category (of the ballots cast there) and the weighted share that ranks them; for 民主测评 each person's grades per
 * category with the approval (优秀 and 称职) and the weighted approval.
 */
export function VotingResults({ session }: { session: VotingSession }) {
  const { t, i18n } = useTranslation();
  const results = session.results ?? [];
  const recommendation = session.kind === 'RECOMMENDATION';
  const share = (value: number) => formatShare(value, i18n.language);
  const byCategory = (result: VotingResult, code: string): VotingCategoryShare | undefined => result.byCategory.find((one) => one.category === code);

  const columns: TableColumnsType<VotingResult> = [
    ...(recommendation ? [{ title: t('selection.results.rank'), key: 'rank', width: 64, render: (_: unknown, __: VotingResult, index: number) => index + 1 }] : []),
    {
      title: t('selection.results.person'),
      key: 'person',
      width: 200,
      fixed: 'left',
      render: (_, result) => (
        <Flex vertical>
          <span>{cadreLabel(result.person.name, result.person.employeeNumber)}</span>
          {result.person.unitName && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {result.person.unitName}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    ...session.categories.map((category) => ({
      title: t('selection.results.categoryColumn', { name: category.name, weight: category.weight }),
      key: `category-${category.code}`,
      render: (_: unknown, result: VotingResult) => {
        const one = byCategory(result, category.code);
        if (!one) return '—';
        // nobody of the category voted: it has no share, and the weighted one leaves it out
        if (one.cast === 0) return <Typography.Text type="secondary">{t('selection.results.noBallots')}</Typography.Text>;
        return (
          <Flex vertical>
            <span>{t(recommendation ? 'selection.results.recommended' : 'selection.results.approved', { count: one.count, cast: one.cast, share: share(one.share) })}</span>
            {!recommendation && one.grades && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {GRADES.map((grade) => `${enumLabel(t, 'grade', grade)} ${one.grades?.[grade] ?? 0}`).join(t('selection.results.separator'))}
              </Typography.Text>
            )}
          </Flex>
        );
      },
    })),
    {
      title: t(recommendation ? 'selection.results.weighted' : 'selection.results.weightedApproval'),
      dataIndex: 'weighted',
      key: 'weighted',
      width: 140,
      fixed: 'right',
      render: (weighted: number) => <Typography.Text strong>{share(weighted)}</Typography.Text>,
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t(recommendation ? 'selection.results.hintRecommendation' : 'selection.results.hintEvaluation')}
      </Typography.Paragraph>
      <Table<VotingResult>
        rowKey={(result) => result.person.cadreId}
        size="small"
        columns={columns}
        dataSource={results}
        pagination={false}
        scroll={{ x: 360 + session.categories.length * 200 }}
        aria-label={t('selection.results.title')}
      />
    </Flex>
  );
}
