import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The API's date format (LocalDate), also how dates are shown. */
export const DATE_FORMAT = 'YYYY-MM-DD';

/** The zone the server computes dates and periods in; the UI shows instants and "today" in it too. */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

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

/** An instant shown as `YYYY-MM-DD HH:mm` in Asia/Shanghai, whatever the browser's zone; '—' when absent. */
export function formatDateTime(value: string | undefined): string {
  return value ? dayjs(value).tz(BUSINESS_TIME_ZONE).format('YYYY-MM-DD HH:mm') : '—';
}

/** An instant to the second, `YYYY-MM-DD HH:mm:ss` in Asia/Shanghai (audit trails); '—' when absent. */
export function formatTimestamp(value: string | undefined): string {
  return value ? dayjs(value).tz(BUSINESS_TIME_ZONE).format('YYYY-MM-DD HH:mm:ss') : '—';
}

/** The first instant of a day in Asia/Shanghai, as ISO 8601 (for instant filters chosen as dates). */
export function startOfBusinessDay(day: Dayjs): string {
  return dayjs.tz(day.format(DATE_FORMAT), BUSINESS_TIME_ZONE).toISOString();
}

/** The day (Asia/Shanghai) an instant falls on, as `YYYY-MM-DD`; '—' when absent. */
export function formatInstantDate(value: string | undefined): string {
  return value ? dayjs(value).tz(BUSINESS_TIME_ZONE).format(DATE_FORMAT) : '—';
}

/**
 * Today's date in Asia/Shanghai (as the server counts it), as a DatePicker value, for date fields
 * that usually mean "as of now". A browser in another zone would otherwise be a day off at times.
 */
export function today(): Dayjs {
  return dayjs(dayjs().tz(BUSINESS_TIME_ZONE).format(DATE_FORMAT), DATE_FORMAT);
}
