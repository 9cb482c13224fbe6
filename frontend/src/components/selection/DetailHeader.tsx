import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

interface Props {
  /** Where the back arrow leads: the list the record is in. */
  back: string;
  title: ReactNode;
  /** The record's unit, after the title. */
  unit?: string | null;
  /** Shown after the unit: the record's tags. */
  children?: ReactNode;
  /** The record's actions, on the right. */
  extra?: ReactNode;
  className?: string;
}

/** The head of a selection record's page: the arrow back to its list, its title, unit and tags, and its actions. */
export function DetailHeader({ back, title, unit, children, extra, className }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Flex justify="space-between" align="center" wrap gap={8} className={className}>
      <Space wrap>
        <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(back)} aria-label={t('common.back')} />
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {unit !== undefined && <Typography.Text type="secondary">{unit}</Typography.Text>}
        {children}
      </Space>
      {extra}
    </Flex>
  );
}
