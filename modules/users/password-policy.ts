export interface PasswordPolicy {
  minLength: number;
  /** How many of lower case, upper case, digits and symbols a password must mix. */
  minClasses: number;
}

/** What is wrong with a new password, or null. The person's login and name may not be part of it. */
export function passwordProblem(password: string, policy: PasswordPolicy, person: { login: string; name: string }): string | null {
  if ([...password].length < policy.minLength) return `The password must have at least ${policy.minLength} characters.`;
  if ([...password].length > 128) return 'The password must not exceed 128 characters.';
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((pattern) => pattern.test(password)).length;
  if (classes < policy.minClasses) {
    return `The password must mix at least ${policy.minClasses} of: lower-case letters, upper-case letters, digits, symbols.`;
  }
  const lower = password.toLowerCase();
  for (const part of [person.login, person.name]) {
    if (part.length >= 3 && lower.includes(part.toLowerCase())) return 'The password must not contain the login or the name.';
  }
  return null;
}
