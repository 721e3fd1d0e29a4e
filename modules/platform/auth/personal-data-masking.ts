/**
 * How personal data looks to those who may not see it in full, the same in every module: a phone number keeps its
 * last four digits (138****5678).
 */
export function maskPhoneNumber(phone: string): string {
  return phone.replace(/\d(?=(?:\D*\d){4})/g, '*');
}
