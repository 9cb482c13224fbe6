import { Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAccess } from '../../app/session';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { GAP_STATUS_FILTERS, withSearchFilters, type GapSearch } from '../../domain/assessmentSearch';
import { CAPABILITIES, enumLabel, enumOptions } from '../../domain/enums';

interface Props {
  search: GapSearch;
  onChange: (search: GapSearch) => void;
}

/** Unit (with its subunits; staff only, a cadre sees the own gaps), status and capability; each change lands in the URL. */
export function GapFilters({ search, onChange }: Props) {
  const { t } = useTranslation();
  const access = useAccess();
  const update = (changes: Partial<GapSearch>) => onChange(withSearchFilters(search, changes));

  return (
    <Flex wrap gap={12} align="center">
      {access.canSeeAssessment && (
        <UnitTreeSelect
          aria-label={t('assessment.gaps.filter.unit')}
          placeholder={t('assessment.gaps.filter.unit')}
          allowClear
          value={search.unitId}
          onChange={(unitId?: string) => update({ unitId: unitId || undefined })}
          style={{ width: 260 }}
          popupMatchSelectWidth={360}
        />
      )}
      <Select
        aria-label={t('assessment.gaps.filter.status')}
        options={GAP_STATUS_FILTERS.map((status) => ({ value: status, label: status === 'ALL' ? t('assessment.gaps.allStatuses') : enumLabel(t, 'gapStatus', status) }))}
        value={search.status}
        onChange={(status) => update({ status })}
        style={{ width: 130 }}
      />
      <Select
        aria-label={t('assessment.gaps.filter.capability')}
        placeholder={t('assessment.gaps.filter.capability')}
        allowClear
        options={enumOptions(t, 'capability', CAPABILITIES)}
        value={search.capability}
        onChange={(capability) => update({ capability })}
        style={{ width: 180 }}
      />
    </Flex>
  );
}
