/** A form's text input for the API: trimmed, and absent rather than blank. */
export function optionalText(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** A form's number input for the API: absent rather than null. */
export function optionalNumber(value: number | null | undefined): number | undefined {
  return value ?? undefined;
}
