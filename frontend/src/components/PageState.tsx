import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Empty, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { problemMessage } from '../api/problem';

export function LoadingState() {
  return (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin description="加载中…">
        <div style={{ minHeight: 48 }} />
      </Spin>
    </div>
  );
}

export function EmptyState({ description = '暂无数据', children }: { description?: ReactNode; children?: ReactNode }) {
  return <Empty description={description}>{children}</Empty>;
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Result
      status="error"
      title="加载失败"
      subTitle={problemMessage(error)}
      extra={onRetry && <Button onClick={onRetry}>重试</Button>}
    />
  );
}

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  /** When true the empty state is shown instead of children. */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

/** Renders the loading, error or empty state of a query, or its data. */
export function QueryState<T>({ query, isEmpty, empty, children }: QueryStateProps<T>) {
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty?.(query.data)) return <>{empty ?? <EmptyState />}</>;
  return <>{children(query.data)}</>;
}
