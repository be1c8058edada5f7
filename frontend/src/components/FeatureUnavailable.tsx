import { Result } from 'antd';

/** What a menu entry shows until its feature ships: an honest notice, never sample data. */
export function FeatureUnavailable({ title }: { title: string }) {
  return <Result status="info" title={title} subTitle="该功能尚未开放，将在后续版本提供" />;
}
