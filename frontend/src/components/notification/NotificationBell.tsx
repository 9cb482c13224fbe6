import { BellOutlined, SettingOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Drawer, Empty, Flex, List, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMarkAllRead, useMarkRead, useNotifications, useUnreadCount } from '../../api/notificationQueries';
import { queryKeys } from '../../api/queries';
import type { NotificationItem } from '../../api/types';
import { formatInstant } from '../../domain/format';
import { ProblemAlert } from '../ProblemAlert';

const PAGE_SIZE = 20;

/** 消息: the header's bell with the unread count; it opens the newest notifications, each a link to its page. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount(true);
  const count = unread.data?.unread ?? 0;
  useNewsReadsTheListsAgain(count);

  return (
    <>
      <Badge count={count} size="small" overflowCount={99}>
        <Button
          type="text"
          icon={<BellOutlined />}
          aria-label={count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell')}
          onClick={() => setOpen(true)}
        />
      </Badge>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t('notifications.title')}
        size={420}
        destroyOnHidden
        extra={
          <Button
            type="link"
            icon={<SettingOutlined />}
            onClick={() => {
              setOpen(false);
              navigate('/settings/notifications');
            }}
          >
            {t('notifications.settings')}
          </Button>
        }
      >
        {open && <NotificationList unread={count} onNavigate={() => setOpen(false)} />}
      </Drawer>
    </>
  );
}

/** When the count rises, something new arrived: the notifications and the to-dos shown are read again. */
function useNewsReadsTheListsAgain(count: number) {
  const queryClient = useQueryClient();
  const previous = useRef(count);
  useEffect(() => {
    if (count > previous.current) {
      void queryClient.invalidateQueries({ queryKey: queryKeys.todoLists });
      void queryClient.invalidateQueries({ queryKey: queryKeys.notificationLists });
    }
    previous.current = count;
  }, [count, queryClient]);
}

function NotificationList({ unread, onNavigate }: { unread: number; onNavigate: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [page, setPage] = useState(0);
  const list = useNotifications({ page, size: PAGE_SIZE });
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();

  const openItem = (item: NotificationItem) => {
    if (!item.read) markRead.mutate(item.id);
    onNavigate();
    navigate(item.link);
  };

  if (list.error) return <ProblemAlert error={list.error} />;
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary">{t('notifications.unread', { count: unread })}</Typography.Text>
        <Button size="small" disabled={unread === 0} loading={markAllRead.isPending} onClick={() => markAllRead.mutate()}>
          {t('notifications.markAllRead')}
        </Button>
      </Flex>
      <List<NotificationItem>
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} /> }}
        pagination={
          (list.data?.total ?? 0) > PAGE_SIZE
            ? { current: page + 1, pageSize: PAGE_SIZE, total: list.data?.total, onChange: (p) => setPage(p - 1), size: 'small' }
            : false
        }
        renderItem={(item) => (
          <List.Item
            actions={
              item.read
                ? []
                : [
                    <Button key="read" type="link" size="small" onClick={() => markRead.mutate(item.id)}>
                      {t('notifications.markRead')}
                    </Button>,
                  ]
            }
          >
            <List.Item.Meta
              avatar={<Badge status={item.read ? 'default' : 'processing'} />}
              title={
                <Typography.Link strong={!item.read} onClick={() => openItem(item)}>
                  {item.title}
                </Typography.Link>
              }
              description={formatInstant(item.createdAt, i18n.language)}
            />
          </List.Item>
        )}
      />
    </Flex>
  );
}
