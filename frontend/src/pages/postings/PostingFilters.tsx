import { ReloadOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAccess } from '../../app/session';
import { SearchBox } from '../../components/SearchBox';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { enumOptions, POSTING_TYPES } from '../../domain/enums';
import { withSearchFilters } from '../../domain/pagedSearch';
import type { PostingSearch } from '../../domain/rotationSearch';

interface Props {
  search: PostingSearch;
  onChange: (search: PostingSearch) => void;
}

/** Text (name, employee number, host), unit (staff only), type and 谈心走访逾期; each change lands in the URL. */
export function PostingFilters({ search, onChange }: Props) {
  const { t } = useTranslation();
  const access = useAccess();
  const update = (changes: Partial<PostingSearch>) => onChange(withSearchFilters(search, changes));

  return (
    <Flex wrap gap={12} align="center">
      <SearchBox value={search.q} placeholder={t('rotation.postings.searchPlaceholder')} onSearch={(q) => update({ q })} />
      {access.canSeeCadres && (
        <UnitTreeSelect
          aria-label={t('rotation.postings.filter.unit')}
          placeholder={t('rotation.postings.filter.unit')}
          allowClear
          value={search.unitId}
          onChange={(unitId?: string) => update({ unitId: unitId || undefined })}
          style={{ width: 240 }}
          popupMatchSelectWidth={360}
        />
      )}
      <Select
        aria-label={t('rotation.postings.filter.type')}
        placeholder={t('rotation.postings.filter.type')}
        allowClear
        options={enumOptions(t, 'postingType', POSTING_TYPES)}
        value={search.type}
        onChange={(type) => update({ type })}
        style={{ width: 180 }}
      />
      <Checkbox checked={Boolean(search.careOverdue)} onChange={(event) => update({ careOverdue: event.target.checked ? true : undefined })}>
        {t('rotation.postings.filter.careOverdue')}
      </Checkbox>
      <Button icon={<ReloadOutlined />} onClick={() => onChange({ status: search.status, page: 0, size: search.size })}>
        {t('common.reset')}
      </Button>
    </Flex>
  );
}
