import { Card, Empty, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTodos } from '../../api/notificationQueries';
import type { Todo } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { todayInBeijing } from '../../domain/format';

const SHOWN = 10;

/** 我的待办: what waits on the user, soonest due first; each closes itself when the owner's service says it is done. */
export function MyTodos() {
  const { t } = useTranslation();
  const todos = useTodos({ status: 'OPEN', size: SHOWN, sort: 'dueOn' });
  const today = todayInBeijing();
  const total = todos.data?.total ?? 0;

  return (
    <Card
      title={t('todos.title')}
      extra={total > SHOWN ? <Typography.Text type="secondary">{t('todos.more', { shown: SHOWN, total })}</Typography.Text> : null}
    >
      {todos.error ? (
        <ProblemAlert error={todos.error} onRetry={() => todos.refetch()} />
      ) : (
        <List<Todo>
          loading={todos.isLoading}
          dataSource={todos.data?.items ?? []}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('todos.empty')} /> }}
          renderItem={(todo) => (
            <List.Item extra={todo.dueOn && <DueTag dueOn={todo.dueOn} today={today} />}>
              <Link to={todo.link}>{todo.title}</Link>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

function DueTag({ dueOn, today }: { dueOn: string; today: string }) {
  const { t } = useTranslation();
  const overdue = dueOn < today;
  return <Tag color={overdue ? 'red' : dueOn === today ? 'orange' : 'default'}>{t(overdue ? 'todos.overdue' : 'todos.due', { date: dueOn })}</Tag>;
}
