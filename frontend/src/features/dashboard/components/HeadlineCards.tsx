import { Card, Col, Flex, Row, Statistic, Typography, theme } from 'antd';
import { Link } from 'react-router-dom';
import { headlineFigures, isAlarming, type DashboardOverview, type Figure } from '../figures';
import type { Period } from '../period';

/** The headline cards: each figure a link to the list it counts. */
export function HeadlineCards({ overview, period }: { overview: DashboardOverview; period: Period }) {
  const { token } = theme.useToken();
  const color = (figure: Figure) => (isAlarming(figure) ? token.colorError : undefined);
  return (
    <Row gutter={[16, 16]}>
      {headlineFigures(overview, period).map((group) => (
        <Col key={group.key} xs={24} sm={12} xl={6}>
          <Card size="small" title={group.title} style={{ height: '100%' }}>
            <Link to={group.main.to} aria-label={`${group.main.label} ${group.main.value}${group.main.unit ?? ''}`}>
              <Statistic
                title={group.main.label}
                value={group.main.value}
                suffix={group.main.unit}
                styles={{ content: { color: color(group.main) ?? token.colorLink } }}
              />
            </Link>
            {group.rest.length > 0 && (
              <Flex wrap gap="4px 16px" style={{ marginTop: 8 }}>
                {group.rest.map((figure) => (
                  <Link key={figure.key} to={figure.to} aria-label={`${figure.label} ${figure.value}${figure.unit ?? ''}`}>
                    <Typography.Text type="secondary">{figure.label} </Typography.Text>
                    <Typography.Text strong style={{ color: color(figure) ?? token.colorLink }}>
                      {figure.value}
                    </Typography.Text>
                    {figure.unit && <Typography.Text type="secondary"> {figure.unit}</Typography.Text>}
                  </Link>
                ))}
              </Flex>
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
