import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel, type EnumKind } from '../domain/enums';

interface Props<V extends string> {
  kind: EnumKind;
  value?: V;
  /** The tag's colour for each value (antd's preset names or a colour). */
  colors: Record<V, string>;
}

/** An enum value as a coloured tag with its label in the user's language; nothing without a value. */
export function EnumTag<V extends string>({ kind, value, colors }: Props<V>) {
  const { t } = useTranslation();
  if (!value) return null;
  return <Tag color={colors[value]}>{enumLabel(t, kind, value)}</Tag>;
}
