import { Card, Col, Row, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplianceStatus, UnitCompliance } from '../../api/types';
import { COMPLIANCE_STATUSES, enumLabel } from '../../domain/enums';

const STATUS_VALUE_COLORS: Record<ComplianceStatus, string> = {
  COMPLIANT: '#389e0d',
  ON_TRACK: '#0958d9',
  GRACE: '#d48806',
  AT_RISK: '#d46b08',
  SHORTFALL: '#cf1322',
};

interface Props {
  view?: UnitCompliance;
  loading: boolean;
  selected?: ComplianceStatus;
  /** A click on a status filters the table by it; on the total, clears the filter. */
  onSelect: (status: ComplianceStatus | undefined) => void;
}

/** How many cadres of the subtree stand where: in all and per status. */
export function ComplianceCounts({ view, loading, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const card = (key: string, active: boolean, onClick: () => void, statistic: ReactNode) => (
    <Col xs={12} md={8} xl={4} key={key}>
      <Card
        size="small"
        hoverable
        role="button"
        tabIndex={0}
        aria-pressed={active}
        onClick={onClick}
        onKeyDown={(event) => event.key === 'Enter' && onClick()}
        style={active ? { borderColor: '#0b6e4f' } : undefined}
      >
        {statistic}
      </Card>
    </Col>
  );
  return (
    <Row gutter={[12, 12]}>
      {card('all', !selected, () => onSelect(undefined), <Statistic title={t('compliance.cadres')} value={view?.cadres} loading={loading} />)}
      {COMPLIANCE_STATUSES.map((status) =>
        card(
          status,
          selected === status,
          () => onSelect(status),
          <Statistic
            title={enumLabel(t, 'complianceStatus', status)}
            value={view?.byStatus?.[status] ?? 0}
            loading={loading}
            styles={{ content: { color: STATUS_VALUE_COLORS[status] } }}
          />,
        ),
      )}
    </Row>
  );
}
