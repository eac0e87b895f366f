import { describe, expect, it } from 'vitest';
import { validate } from 'class-validator';
import { IsEmailAddress, isEmailAddress } from './email-address.js';

class Form {
  @IsEmailAddress({ message: 'Enter a valid email address.' })
  email!: string;
}

function form(email: string): Form {
  return Object.assign(new Form(), { email });
}

describe('email address check', () => {
  it('accepts an address and refuses what is not one', () => {
    expect(isEmailAddress('ana@example.com')).toBe(true);
    expect(isEmailAddress('ana@')).toBe(false);
    expect(isEmailAddress(42)).toBe(false);
  });

  it('answers "not an email address" for broken Unicode instead of throwing', async () => {
    expect(isEmailAddress('a\ud800@example.com')).toBe(false);
    const errors = await validate(form('a\ud800@example.com'));
    expect(errors.map((e) => e.constraints)).toEqual([{ isEmailAddress: 'Enter a valid email address.' }]);
  });
});
