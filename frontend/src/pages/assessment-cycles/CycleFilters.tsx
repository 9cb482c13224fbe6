import { ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { cycleYears, withSearchFilters, type CycleSearch } from '../../domain/assessmentSearch';
import { CYCLE_STATUSES, enumOptions } from '../../domain/enums';

interface Props {
  search: CycleSearch;
  thisYear: number;
  onChange: (search: CycleSearch) => void;
}

/** Year, unit (with its subunits) and status of the cycles listed; every change lands in the URL. */
export function CycleFilters({ search, thisYear, onChange }: Props) {
  const { t } = useTranslation();
  const update = (changes: Partial<CycleSearch>) => onChange(withSearchFilters(search, changes));

  return (
    <Flex wrap gap={12} align="center">
      <Select<number>
        aria-label={t('assessment.cycles.filter.year')}
        placeholder={t('assessment.cycles.filter.year')}
        allowClear
        value={search.year}
        onChange={(year) => update({ year })}
        options={cycleYears(thisYear, search.year).map((value) => ({ value, label: t('assessment.yearOption', { year: value }) }))}
        style={{ width: 140 }}
      />
      <UnitTreeSelect
        aria-label={t('assessment.cycles.filter.unit')}
        placeholder={t('assessment.cycles.filter.unit')}
        allowClear
        value={search.unitId}
        onChange={(unitId?: string) => update({ unitId: unitId || undefined })}
        style={{ width: 260 }}
        popupMatchSelectWidth={360}
      />
      <Select
        aria-label={t('assessment.cycles.filter.status')}
        placeholder={t('assessment.cycles.filter.status')}
        allowClear
        options={enumOptions(t, 'cycleStatus', CYCLE_STATUSES)}
        value={search.status}
        onChange={(status) => update({ status })}
        style={{ width: 150 }}
      />
      <Button icon={<ReloadOutlined />} onClick={() => onChange({ page: 0, size: search.size })}>
        {t('common.reset')}
      </Button>
    </Flex>
  );
}
