import { DownloadOutlined, DownOutlined, SettingOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Divider, Dropdown, Flex, Popover, Typography, theme } from 'antd';
import { cloneElement, isValidElement, useState, type CSSProperties } from 'react';
import { useCanRevealSensitive } from '../../../lib/permissions';
import { ALL_COLUMNS, DEFAULT_COLUMNS, FIXED_COLUMNS, memberColumnTitles, normalizeColumns, type MemberColumn } from '../columns';
import { EXPORT_CHOICES, exportUrl, type MemberFilters } from '../filters';
import { rosterLabels, tableFormatLabels, type Roster, type TableFormat } from '../labels';

interface ColumnSettingsProps {
  value: MemberColumn[];
  onChange: (columns: MemberColumn[]) => void;
}

/** 列设置: which columns the list shows (kept in this browser). */
export function ColumnSettings({ value, onChange }: ColumnSettingsProps) {
  const content = (
    <Flex vertical gap={8} style={{ width: 260 }}>
      <Checkbox.Group<MemberColumn>
        value={value}
        onChange={(checked) => onChange(normalizeColumns(checked))}
        options={ALL_COLUMNS.map((column) => ({
          value: column,
          label: memberColumnTitles[column],
          disabled: FIXED_COLUMNS.includes(column),
        }))}
        style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', rowGap: 6 }}
      />
      <Divider style={{ margin: '4px 0' }} />
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          设置保存在本浏览器
        </Typography.Text>
        <Button size="small" type="link" onClick={() => onChange([...DEFAULT_COLUMNS])}>
          恢复默认
        </Button>
      </Flex>
    </Flex>
  );
  return (
    <Popover content={content} title="显示的列" trigger="click" placement="bottomRight">
      <Button icon={<SettingOutlined />}>列设置</Button>
    </Popover>
  );
}

/**
 * 导出: a roster of the filtered list as Excel or CSV, downloaded by the browser (a plain GET with
 * the session cookie). Accounts allowed to see full 身份证号 and phones may ask for them; the
 * server audits that.
 */
export function ExportMenu({ filters }: { filters: MemberFilters }) {
  const { message } = App.useApp();
  const canReveal = useCanRevealSensitive();
  const [reveal, setReveal] = useState(false);
  const { token } = theme.useToken();

  // One group per format, Excel first; each entry's key is format:roster.
  const items = (['XLSX', 'CSV'] as const).map((format) => ({
    type: 'group' as const,
    key: format,
    label: tableFormatLabels[format],
    children: EXPORT_CHOICES.filter((choice) => choice.format === format).map(({ roster }) => ({
      key: `${format}:${roster}`,
      label: roster === 'ALL' ? `${rosterLabels.ALL}（每个名册一个工作表）` : rosterLabels[roster],
    })),
  }));

  const start = (key: string) => {
    const [format, roster] = key.split(':') as [TableFormat, Roster];
    window.location.assign(exportUrl(filters, format, roster, canReveal && reveal));
    message.info(`正在导出${rosterLabels[roster]}，文件将自动下载`);
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{ items, onClick: ({ key }) => start(key) }}
      popupRender={(menu) =>
        canReveal ? (
          <div style={{ background: token.colorBgElevated, borderRadius: token.borderRadiusLG, boxShadow: token.boxShadowSecondary }}>
            {isValidElement<{ style?: CSSProperties }>(menu) ? cloneElement(menu, { style: { boxShadow: 'none' } }) : menu}
            <div style={{ padding: '8px 12px', borderTop: `1px solid ${token.colorSplit}` }}>
              <Checkbox checked={reveal} onChange={(event) => setReveal(event.target.checked)}>
                包含完整身份证号和电话（记入审计日志）
              </Checkbox>
            </div>
          </div>
        ) : (
          menu
        )
      }
    >
      <Button icon={<DownloadOutlined />}>
        导出 <DownOutlined />
      </Button>
    </Dropdown>
  );
}
