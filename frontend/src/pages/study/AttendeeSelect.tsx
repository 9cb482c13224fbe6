import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnitCadres } from '../../api/queries';
import type { PickedCadre } from '../../components/cadre/CadrePicker';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { cadreLabel } from '../../domain/format';

interface Props {
  /** Set by Form.Item, which also passes value and onChange. */
  id?: string;
  value?: PickedCadre[];
  onChange?: (picked: PickedCadre[]) => void;
  /** The unit whose own active cadres are offered (not those of its subunits); nothing to pick without one. */
  unitId?: string;
  ariaLabel: string;
}

/**
 * 参加人员 of a study session: the active cadres of exactly the unit chosen, listed at once and narrowed by name or
 * employee number as typed (the server's search for a large unit, the list's own filter meanwhile). The picked ones keep
 * their labels across searches, and a correction shows the attendees recorded before any list has loaded.
 */
export function AttendeeSelect({ id, value, onChange, unitId, ariaLabel }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const q = useDebouncedValue(typed.trim());
  const cadres = useUnitCadres(unitId, q);
  const options = (cadres.data ?? []).map((cadre) => ({ value: cadre.id!, label: cadreLabel(cadre.name, cadre.employeeNumber) }));
  return (
    <Select<PickedCadre[]>
      id={id}
      mode="multiple"
      labelInValue
      value={value ?? []}
      onChange={(picked) => onChange?.(picked)}
      options={options}
      showSearch={{ optionFilterProp: 'label', onSearch: setTyped }}
      onBlur={() => setTyped('')}
      loading={cadres.isFetching}
      disabled={!unitId}
      placeholder={unitId ? t('study.form.attendeesPlaceholder') : t('study.form.pickUnitFirst')}
      notFoundContent={cadres.isSuccess ? (q ? t('cadrePicker.noMatch') : t('study.form.noCadres')) : null}
      aria-label={ariaLabel}
      maxCount={50}
    />
  );
}
