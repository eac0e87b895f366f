// The email check of every input type: class-validator's IsEmail (validator.js), except that a
// value it cannot handle is "not an email address" instead of a thrown error (validator.js throws
// URIError on an unpaired surrogate, which type-graphql then reports as a validation failure that
// is not one).
import { isEmail, ValidateBy, type ValidationOptions } from 'class-validator';

export function isEmailAddress(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return isEmail(value);
  } catch {
    return false;
  }
}

export function IsEmailAddress(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isEmailAddress', validator: { validate: (value) => isEmailAddress(value), defaultMessage: () => '$property must be an email address' } },
    validationOptions,
  );
}
