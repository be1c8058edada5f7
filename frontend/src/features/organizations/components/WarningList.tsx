import { Alert, Flex, Typography } from 'antd';
import type { ShapeWarning } from '../api/organizations';
import { warningSeverityAlertTypes } from '../labels';
import { SeverityTag } from './OrgTags';

/** Shape warnings as colored alerts, most severe first (the server's order). */
export function WarningList({ warnings }: { warnings: ShapeWarning[] }) {
  return (
    <Flex vertical gap={8}>
      {warnings.map((warning) => (
        <Alert
          key={warning.code}
          type={warningSeverityAlertTypes[warning.severity]}
          showIcon
          title={
            <Flex gap={8} align="baseline">
              <span style={{ flex: 'none' }}>
                <SeverityTag severity={warning.severity} />
              </span>
              <Typography.Text>{warning.message}</Typography.Text>
              {warning.since && (
                <Typography.Text type="secondary" style={{ flex: 'none' }}>
                  自 {warning.since}
                </Typography.Text>
              )}
            </Flex>
          }
        />
      ))}
    </Flex>
  );
}
