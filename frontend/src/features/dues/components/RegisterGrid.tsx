import { Table, Typography, theme, type TableColumnsType } from 'antd';
import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react';
import { Link } from 'react-router-dom';
import { formatPercent, formatYuan } from '../../../lib/money';
import type { DuesRegister, DuesRegisterCell, DuesRegisterRow } from '../api/dues';
import { registerCellStateLabels } from '../labels';
import { currentMonth, payWindow, type Month } from '../months';
import { cellPayability, selectRange } from '../register';

interface Selection {
  memberId: string;
  anchor: number;
  range: [number, number];
}

export interface RegisterGridProps {
  register: DuesRegister;
  /** Opens the quick payment for a member's months; absent for roles that may not record payments. */
  onPay?: (row: DuesRegisterRow, fromMonth: Month, toMonth: Month) => void;
}

/**
 * 党支部党费收缴情况登记表 as on paper: members × the 12 months, each cell the amount paid, 欠 for an
 * ended month unpaid, blank for a month still to come, — for a month with nothing due. A click on an
 * unpaid month opens the quick payment; pressing on one and dragging along the row chooses several
 * consecutive months of that member.
 */
export function RegisterGrid({ register, onPay }: RegisterGridProps) {
  const { token } = theme.useToken();
  const payWin = payWindow(currentMonth());
  const [selection, setSelection] = useState<Selection | null>(null);
  const dragging = useRef<Selection | null>(null);

  // The drag ends wherever the button is released, even outside the grid.
  useEffect(() => {
    const finish = () => {
      const done = dragging.current;
      dragging.current = null;
      if (!done) return;
      setSelection(null);
      const row = register.rows.find((candidate) => candidate.member.id === done.memberId);
      const from = row?.cells[done.range[0]];
      const to = row?.cells[done.range[1]];
      if (row && from && to) onPay?.(row, from.month, to.month);
    };
    globalThis.addEventListener('mouseup', finish);
    return () => globalThis.removeEventListener('mouseup', finish);
  }, [register, onPay]);

  const start = (row: DuesRegisterRow, index: number, event: MouseEvent) => {
    if (event.button !== 0) return;
    // No text selection while dragging across cells.
    event.preventDefault();
    const next: Selection = { memberId: row.member.id, anchor: index, range: [index, index] };
    dragging.current = next;
    setSelection(next);
  };

  const extend = (row: DuesRegisterRow, index: number) => {
    const current = dragging.current;
    if (!current || current.memberId !== row.member.id) return;
    const range = selectRange(row.cells, current.anchor, index, payWin);
    if (!range) return;
    const next = { ...current, range };
    dragging.current = next;
    setSelection(next);
  };

  const payOne = (row: DuesRegisterRow, cell: DuesRegisterCell, event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onPay?.(row, cell.month, cell.month);
  };

  const cellStyle = (cell: DuesRegisterCell, payable: boolean, selected: boolean): CSSProperties => ({
    display: 'block',
    minHeight: 22,
    padding: '1px 2px',
    borderRadius: token.borderRadiusSM,
    textAlign: 'center',
    userSelect: 'none',
    cursor: payable ? 'pointer' : 'default',
    background: selected ? token.colorPrimaryBgHover : cell.state === 'OWED' ? token.colorErrorBg : undefined,
    outline: selected ? `1px solid ${token.colorPrimary}` : undefined,
    color:
      cell.state === 'PAID' ? token.colorSuccessText : cell.state === 'OWED' ? token.colorErrorText : token.colorTextQuaternary,
    fontWeight: cell.state === 'OWED' ? 600 : undefined,
  });

  const monthColumns: TableColumnsType<DuesRegisterRow> = register.months.map((month, index) => ({
    title: `${Number(month.slice(5))}月`,
    key: month,
    width: 68,
    align: 'center',
    onCell: () => ({ style: { padding: 2 } }),
    render: (_, row) => {
      const cell = row.cells[index];
      if (!cell) return null;
      const check = cellPayability(cell, payWin);
      const payable = onPay !== undefined && check.payable;
      const selected = selection !== null && selection.memberId === row.member.id && index >= selection.range[0] && index <= selection.range[1];
      const title = cellTitle(row, cell, payable, check.payable ? undefined : check.reason, onPay !== undefined);
      const text = cell.state === 'PAID' ? formatYuan(cell.paidFen) : cell.state === 'OWED' ? '欠' : cell.state === 'NONE' ? '—' : '';
      if (!payable) {
        return (
          <span title={title} data-state={cell.state} style={cellStyle(cell, false, false)}>
            {text}
          </span>
        );
      }
      return (
        <span
          role="button"
          tabIndex={0}
          title={title}
          aria-label={title}
          aria-pressed={selected}
          data-state={cell.state}
          style={cellStyle(cell, true, selected)}
          onMouseDown={(event) => start(row, index, event)}
          onMouseOver={() => extend(row, index)}
          onKeyDown={(event) => payOne(row, cell, event)}
        >
          {text}
        </span>
      );
    },
  }));

  const columns: TableColumnsType<DuesRegisterRow> = [
    { title: '序号', key: 'index', width: 52, align: 'center', fixed: 'left', render: (_, __, i) => i + 1 },
    {
      title: '姓名',
      key: 'name',
      width: 96,
      fixed: 'left',
      render: (_, row) => <Link to={`/members/${row.member.id}`}>{row.member.name}</Link>,
    },
    ...monthColumns,
    { title: '应交（元）', key: 'due', width: 96, align: 'right', render: (_, row) => formatYuan(row.dueFen) },
    { title: '已交（元）', key: 'paid', width: 96, align: 'right', render: (_, row) => formatYuan(row.paidFen) },
    {
      title: '欠交（元）',
      key: 'owed',
      width: 96,
      align: 'right',
      render: (_, row) => <Typography.Text type={row.owedFen > 0 ? 'danger' : undefined}>{formatYuan(row.owedFen)}</Typography.Text>,
    },
  ];

  return (
    <Table<DuesRegisterRow>
      size="small"
      bordered
      rowKey={(row) => row.member.id}
      dataSource={register.rows}
      columns={columns}
      pagination={false}
      scroll={{ x: 'max-content' }}
      summary={() => <TotalsRow register={register} />}
    />
  );
}

function cellTitle(row: DuesRegisterRow, cell: DuesRegisterCell, payable: boolean, reason: string | undefined, mayPay: boolean): string {
  const what = `${row.member.name} ${cell.month}：${registerCellStateLabels[cell.state]}`;
  switch (cell.state) {
    case 'PAID':
      return `${what} ${formatYuan(cell.paidFen)} 元`;
    case 'NONE':
      return what;
    case 'OWED':
    case 'DUE': {
      const amount = `${what} ${formatYuan(cell.dueFen)} 元`;
      if (payable) return `${amount}，点击登记交纳`;
      return mayPay && reason ? `${amount}（${reason}）` : amount;
    }
  }
}

/** 合计: per month what was paid against what was due (months up to this one), and the year. */
function TotalsRow({ register }: { register: DuesRegister }) {
  const { token } = theme.useToken();
  const small: CSSProperties = { display: 'block', fontSize: 11, color: token.colorTextSecondary };
  return (
    <Table.Summary fixed="bottom">
      <Table.Summary.Row style={{ background: token.colorFillAlter, fontWeight: 600 }}>
        <Table.Summary.Cell index={0} colSpan={2}>
          合计 / 收缴率
        </Table.Summary.Cell>
        {register.totals.map((total, i) => (
          <Table.Summary.Cell key={total.month} index={i + 2} align="center">
            <span title={`${total.month} 合计：已交 ${formatYuan(total.paidFen)} 元，应交 ${formatYuan(total.dueFen)} 元，收缴率 ${formatPercent(total.rate)}`}>
              {formatYuan(total.paidFen)}
              <span style={small}>{formatPercent(total.rate)}</span>
            </span>
          </Table.Summary.Cell>
        ))}
        <Table.Summary.Cell index={14} align="right">
          {formatYuan(register.dueFen)}
        </Table.Summary.Cell>
        <Table.Summary.Cell index={15} align="right">
          <span title={`全年合计：已交 ${formatYuan(register.paidFen)} 元，应交 ${formatYuan(register.dueFen)} 元，收缴率 ${formatPercent(register.rate)}`}>
            {formatYuan(register.paidFen)}
            <span style={small}>{formatPercent(register.rate)}</span>
          </span>
        </Table.Summary.Cell>
        <Table.Summary.Cell index={16} align="right">
          {formatYuan(register.rows.reduce((sum, row) => sum + row.owedFen, 0))}
        </Table.Summary.Cell>
      </Table.Summary.Row>
    </Table.Summary>
  );
}
