import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Capability } from '../../api/types';
import { CAPABILITIES, enumLabel } from '../../domain/enums';

/** The capabilities (本领) a course or record builds, in the order of the eight. */
export function CapabilityTags({ capabilities }: { capabilities?: readonly Capability[] }) {
  const { t } = useTranslation();
  const sorted = CAPABILITIES.filter((capability) => capabilities?.includes(capability));
  if (sorted.length === 0) return null;
  return (
    <Space size={[0, 4]} wrap>
      {sorted.map((capability) => (
        <Tag key={capability} color="geekblue">
          {enumLabel(t, 'capability', capability)}
        </Tag>
      ))}
    </Space>
  );
}
