import { Col, Flex, Form, Input, Radio, Row, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HostSuggestion, PostingRequest, Region } from '../../api/types';
import { enumOptions, REGIONS } from '../../domain/enums';
import { UnitTreeSelect } from '../UnitTreeSelect';
import { RegionTag } from './RotationTags';

export type HostKind = 'unit' | 'external';

/** The host part of a posting's or an opening's form values. */
export interface HostValues {
  hostKind: HostKind;
  hostUnitId?: string;
  hostOrganisation?: string;
  region?: Region;
}

/** The host part of a posting's or an opening's request (the two name it alike). */
export type HostRequest = Pick<PostingRequest, 'hostUnitId' | 'hostOrganisation' | 'region'>;

/** A host of the system (its region follows from it) or an external organisation with the region named. */
export function toHostRequest(values: HostValues): HostRequest {
  const external = values.hostKind === 'external';
  return {
    hostUnitId: external ? undefined : values.hostUnitId,
    hostOrganisation: external ? values.hostOrganisation?.trim() || undefined : undefined,
    region: external ? values.region : undefined,
  };
}

/** 接收单位类别: a unit of the system or an external organisation; placed by the form, as its layout wants. */
export function HostKindField() {
  const { t } = useTranslation();
  return (
    <Form.Item name="hostKind" label={t('fields.posting.hostKind')}>
      <Radio.Group
        optionType="button"
        options={[
          { value: 'unit', label: t('rotation.propose.hostUnit') },
          { value: 'external', label: t('rotation.propose.hostExternal') },
        ]}
      />
    </Form.Item>
  );
}

/** 建议接收单位: one click puts a suggested host in the host field. */
function SuggestedHosts({ hosts }: { hosts: HostSuggestion[] }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<HostValues>();
  const hostUnitId = Form.useWatch('hostUnitId', form);
  return (
    <Flex gap={4} wrap align="center" style={{ marginTop: 4 }}>
      <span>{t('rotation.proposals.suggestedHosts')}</span>
      {hosts.map((host) => (
        <Tag.CheckableTag
          key={host.unitId}
          checked={hostUnitId === host.unitId}
          onChange={() => form.setFieldsValue({ hostUnitId: host.unitId })}
        >
          {host.name} <RegionTag region={host.region} />
        </Tag.CheckableTag>
      ))}
    </Flex>
  );
}

interface HostFieldsProps {
  /** Offered under the host unit in place of the region hint (a proposal's suggested hosts). */
  suggestedHosts?: HostSuggestion[];
}

/**
 * The host of a posting or an opening, as its {@link HostKindField} says: a unit picked from the whole tree (its
 * region follows from it), or an external organisation named in free text with its region. Both required; to be
 * placed inside a form whose values hold {@link HostValues}, and sent with {@link toHostRequest}.
 */
export function HostFields({ suggestedHosts = [] }: HostFieldsProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<HostValues>();
  const hostKind = Form.useWatch('hostKind', form);
  const field = (key: string) => t(`fields.posting.${key}`);
  const required = { required: true, message: t('form.required') };

  if (hostKind === 'external') {
    return (
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item name="hostOrganisation" label={field('hostOrganisation')} rules={[required]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="region" label={field('region')} rules={[required]}>
            <Select options={enumOptions(t, 'region', REGIONS)} aria-label={field('region')} />
          </Form.Item>
        </Col>
      </Row>
    );
  }
  return (
    <Form.Item
      name="hostUnitId"
      label={field('hostUnitId')}
      rules={[required]}
      extra={suggestedHosts.length > 0 ? <SuggestedHosts hosts={suggestedHosts} /> : t('rotation.propose.regionHint')}
    >
      <UnitTreeSelect wholeTree placeholder={t('rotation.propose.hostPlaceholder')} aria-label={field('hostUnitId')} />
    </Form.Item>
  );
}
