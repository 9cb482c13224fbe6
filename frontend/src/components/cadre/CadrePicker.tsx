import { Flex, Select, Typography } from 'antd';
import { useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCadreLookup } from '../../api/queries';
import { useDebouncedValue } from '../useDebouncedValue';

/** A picked cadre: its id, and the name and employee number shown in the box. */
export interface PickedCadre {
  value: string;
  label: string;
}

interface CadreOption extends PickedCadre {
  unitName?: string;
  disabled: boolean;
}

/**
 * The search behind both pickers: cadres of the user's scope (or of `unitId` and its subunits) matching what is
 * typed, by name or employee number, nothing until something is typed.
 */
function useCadreOptions(unitId: string | undefined, taken: ReadonlySet<string | undefined> | undefined, takenLabel: string | undefined) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const q = useDebouncedValue(typed.trim());
  const lookup = useCadreLookup(q, unitId);
  const options: CadreOption[] = (q ? (lookup.data?.items ?? []) : []).map((cadre) => ({
    value: cadre.id!,
    label: `${cadre.name}（${cadre.employeeNumber}）`,
    unitName: cadre.unitName,
    disabled: Boolean(taken?.has(cadre.id)),
  }));
  return {
    options,
    optionRender: (option: { data: CadreOption }): ReactNode => (
      <Flex justify="space-between" gap={8}>
        <span>{option.data.label}</span>
        <Typography.Text type="secondary">{option.data.disabled ? takenLabel : option.data.unitName}</Typography.Text>
      </Flex>
    ),
    showSearch: { filterOption: false, onSearch: setTyped },
    loading: lookup.isFetching,
    notFoundContent: q ? t('cadrePicker.noMatch') : t('cadrePicker.typeToSearch'),
  };
}

interface Props {
  /** Set by Form.Item, which also passes value and onChange. */
  id?: string;
  value?: PickedCadre[];
  onChange?: (picked: PickedCadre[]) => void;
  /** Searches this unit and its subunits only; the user's whole scope without. */
  unitId?: string;
  /** Cadres that may not be picked (already on the roster), shown greyed with `takenLabel` in place of their unit. */
  taken?: ReadonlySet<string | undefined>;
  takenLabel?: string;
  placeholder: string;
  ariaLabel?: string;
  style?: CSSProperties;
}

/**
 * Finds cadres of the user's scope by name or employee number and keeps the picked ones, with their labels,
 * across searches (点名调训 on a class, a plan's designated cadres, the cadres a finding names).
 */
export function CadrePicker({ id, value, onChange, unitId, taken, takenLabel, placeholder, ariaLabel, style }: Props) {
  const search = useCadreOptions(unitId, taken, takenLabel);
  return (
    <Select<PickedCadre[], CadreOption>
      id={id}
      mode="multiple"
      labelInValue
      value={value ?? []}
      onChange={(picked) => onChange?.(picked)}
      {...search}
      placeholder={placeholder}
      aria-label={ariaLabel}
      style={style}
    />
  );
}

interface SingleProps {
  id?: string;
  value?: PickedCadre;
  onChange?: (picked: PickedCadre | undefined) => void;
  unitId?: string;
  placeholder: string;
  ariaLabel?: string;
  style?: CSSProperties;
}

/** The same search for one cadre (提名挂职, 运用"四种形态"). */
export function CadreSelect({ id, value, onChange, unitId, placeholder, ariaLabel, style }: SingleProps) {
  const search = useCadreOptions(unitId, undefined, undefined);
  return (
    <Select<PickedCadre, CadreOption>
      id={id}
      labelInValue
      allowClear
      value={value}
      onChange={(picked) => onChange?.(picked ?? undefined)}
      {...search}
      placeholder={placeholder}
      aria-label={ariaLabel}
      style={style}
    />
  );
}
