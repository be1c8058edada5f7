import { DatePicker, Flex, Segmented } from 'antd';
import { codesOf, periodKindLabels, type PeriodKind } from '../labels';
import { changeKind, isSelectable, periodFromDayjs, periodText, periodToDayjs, type Period, type YearMonth } from '../period';

const pickers: Record<PeriodKind, 'month' | 'quarter' | 'year'> = { MONTH: 'month', QUARTER: 'quarter', YEAR: 'year' };

interface PeriodPickerProps {
  value: Period;
  onChange: (period: Period) => void;
  today: YearMonth;
}

/** 统计期间: 月 / 季度 / 年, and which one (from January two years back up to now). */
export function PeriodPicker({ value, onChange, today }: PeriodPickerProps) {
  return (
    <Flex gap={8} align="center">
      <Segmented<PeriodKind>
        aria-label="期间类型"
        value={value.kind}
        onChange={(kind) => onChange(changeKind(value, kind, today))}
        options={codesOf(periodKindLabels).map((kind) => ({ value: kind, label: periodKindLabels[kind] }))}
      />
      <DatePicker
        aria-label="统计期间"
        picker={pickers[value.kind]}
        value={periodToDayjs(value)}
        onChange={(day) => day && onChange(periodFromDayjs(value.kind, day))}
        format={(day) => periodText(periodFromDayjs(value.kind, day))}
        inputReadOnly
        disabledDate={(day) => !isSelectable(value.kind, day, today)}
        allowClear={false}
        style={{ width: 150 }}
      />
    </Flex>
  );
}
