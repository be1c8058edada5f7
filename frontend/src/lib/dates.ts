import dayjs, { type Dayjs } from 'dayjs';

/** The API's date format (LocalDate), also how dates are shown. */
export const DATE_FORMAT = 'YYYY-MM-DD';

/** A DatePicker value as the API's `YYYY-MM-DD`, or undefined when empty. */
export function toApiDate(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format(DATE_FORMAT) : undefined;
}

/** An API date (`YYYY-MM-DD`) as a DatePicker value. */
export function fromApiDate(value: string | undefined): Dayjs | undefined {
  return value ? dayjs(value, DATE_FORMAT) : undefined;
}

/** An API date or instant shown as `YYYY-MM-DD`; '—' when absent. */
export function formatDate(value: string | undefined): string {
  return value ? dayjs(value).format(DATE_FORMAT) : '—';
}

/** An instant shown as `YYYY-MM-DD HH:mm` in the browser's time zone; '—' when absent. */
export function formatDateTime(value: string | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—';
}

/** Today, for date fields that usually mean "as of now". */
export function today(): Dayjs {
  return dayjs().startOf('day');
}
