import { ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Select, type SelectProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { enumOptions, type EnumKind } from '../domain/enums';
import { UnitTreeSelect } from './UnitTreeSelect';

interface FilterBarProps {
  children: ReactNode;
  /** Back to the list's default search; the reset button is left out without it. */
  onReset?: () => void;
  /** Shown after the reset button (an export, a create button). */
  extra?: ReactNode;
}

/** The row of filters above a list: the filters, then 重置, then what else the page offers. */
export function FilterBar({ children, onReset, extra }: FilterBarProps) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={12} align="center">
      {children}
      {onReset && (
        <Button icon={<ReloadOutlined />} onClick={onReset}>
          {t('common.reset')}
        </Button>
      )}
      {extra}
    </Flex>
  );
}

type FilterSelectProps<T> = Omit<SelectProps<T>, 'aria-label' | 'placeholder' | 'style'> & {
  /** Names the filter for screen readers and, while empty, in the box. */
  label: string;
  width: number;
  /** Without a value the filter shows its label; pass false for a filter that always has one. */
  clearable?: boolean;
};

/** One filter of a list: a labelled select that can be cleared. */
export function FilterSelect<T = string>({ label, width, clearable = true, ...props }: FilterSelectProps<T>) {
  return <Select<T> aria-label={label} placeholder={clearable ? label : undefined} allowClear={clearable} style={{ width }} {...props} />;
}

interface EnumFilterProps<T extends string> {
  label: string;
  /** Which code list labels the values (`enums.<kind>.<value>` in the catalogue). */
  kind: EnumKind;
  values: readonly T[];
  value?: T;
  /** The value chosen, or undefined when cleared. */
  onChange: (value?: T) => void;
  width: number;
}

/** A filter on one of the code lists (a status, a kind, a capability), labelled in the user's language. */
export function EnumFilter<T extends string>({ label, kind, values, value, onChange, width }: EnumFilterProps<T>) {
  const { t } = useTranslation();
  return <FilterSelect<T> label={label} options={enumOptions(t, kind, values)} value={value} onChange={onChange} width={width} />;
}

interface UnitFilterProps {
  label: string;
  value?: string;
  /** The unit chosen, or undefined when cleared. */
  onChange: (unitId?: string) => void;
  /** Every unit rather than the user's scope. */
  wholeTree?: boolean;
  width?: number;
}

/** The unit filter of a list (a unit with its subunits), from the user's scope. */
export function UnitFilter({ label, value, onChange, wholeTree, width = 260 }: UnitFilterProps) {
  return (
    <UnitTreeSelect
      aria-label={label}
      placeholder={label}
      allowClear
      wholeTree={wholeTree}
      value={value}
      onChange={(unitId?: string) => onChange(unitId || undefined)}
      style={{ width }}
      popupMatchSelectWidth={360}
    />
  );
}
