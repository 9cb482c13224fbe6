import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import type { TableSearch } from '../../components/useTableSearch';
import { complianceExportUrl, type ComplianceSearch } from '../../domain/complianceSearch';
import { COMPLIANCE_STATUSES, enumOptions } from '../../domain/enums';

interface Props {
  table: TableSearch<ComplianceSearch>;
  /** The unit shown: the one in the URL or the user's own. */
  unitId?: string;
}

/** Unit (with its subunits) and status; the export is the unit's whole table. */
export function ComplianceFilters({ table, unitId }: Props) {
  const { t } = useTranslation();
  const { search, filter: update } = table;

  return (
    <Flex wrap gap={12} align="center">
      <UnitTreeSelect
        aria-label={t('compliance.filter.unit')}
        placeholder={t('compliance.filter.unit')}
        value={unitId}
        onChange={(next?: string) => update({ unitId: next || undefined })}
        style={{ width: 280 }}
        popupMatchSelectWidth={360}
      />
      <Select
        aria-label={t('compliance.filter.status')}
        placeholder={t('compliance.filter.status')}
        allowClear
        options={enumOptions(t, 'complianceStatus', COMPLIANCE_STATUSES)}
        value={search.status}
        onChange={(status) => update({ status })}
        style={{ width: 180 }}
      />
      {unitId && (
        <Button icon={<DownloadOutlined />} href={complianceExportUrl(unitId)} download>
          {t('compliance.export')}
        </Button>
      )}
    </Flex>
  );
}
