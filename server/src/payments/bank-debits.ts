// US bank debits (ACH) as Stripe test mode simulates them, for the sandbox provider: the test
// routing and account numbers (https://docs.stripe.com/payments/ach-direct-debit/accept-a-payment,
// "Test account numbers"), what each does once the debit is submitted, the ACH return codes in
// words, the mandate the customer accepts, and the checks Stripe.js makes before sending a number.
import { BadInput } from '../errors/errors.js';

export const TEST_ROUTING_NUMBER = '110000000';
export const TEST_BANK_NAME = 'STRIPE TEST BANK';

/** How long a sandbox bank debit stays processing before it settles (Stripe: up to 4 business days; test mode: minutes). */
export const BANK_SETTLEMENT_DELAY_MS = 3 * 60_000;

export type BankOutcome = { result: 'succeed' } | { result: 'return'; code: ReturnCode } | { result: 'stay_processing' };

/** Stripe's ACH return codes of the test accounts, with Stripe's failure code names. */
export const RETURN_CODES = {
  R01: { failureCode: 'insufficient_funds', words: 'insufficient funds' },
  R02: { failureCode: 'account_closed', words: 'account closed' },
  R03: { failureCode: 'no_account', words: 'no account was found with these details' },
  R10: { failureCode: 'debit_not_authorized', words: 'the account holder did not authorize this debit' },
} as const;
export type ReturnCode = keyof typeof RETURN_CODES;

export const TEST_BANK_ACCOUNTS: Record<string, BankOutcome> = {
  '000123456789': { result: 'succeed' },
  '000222222227': { result: 'return', code: 'R01' },
  '000111111113': { result: 'return', code: 'R02' },
  '000111111116': { result: 'return', code: 'R03' },
  '000333333335': { result: 'return', code: 'R10' },
  '000444444440': { result: 'stay_processing' },
};

export function isReturnCode(code: string | null | undefined): code is ReturnCode {
  return typeof code === 'string' && code in RETURN_CODES;
}

/** The failure reason a customer reads for a returned debit. */
export function returnMessage(code: string | null | undefined): string {
  const known = isReturnCode(code) ? RETURN_CODES[code].words : 'the payment could not be collected';
  return `The bank returned this payment: ${known}.`;
}

/** The words of a bank debit's failure, from Stripe's failure code (account_closed…) or the return code itself. */
export function returnMessageOfFailure(failureCode: string | null | undefined): string {
  const code = (Object.keys(RETURN_CODES) as ReturnCode[]).find((c) => c === failureCode || RETURN_CODES[c].failureCode === failureCode);
  return returnMessage(code ?? null);
}

/** The mandate a customer accepts before a debit (the wording Stripe suggests for online ACH). */
export function bankMandateText(business: string): string {
  return (
    `By paying by bank, you authorise ${business} to debit the bank account you give for this payment, and ` +
    `for later payments you choose to make this way (such as autopay), in accordance with these terms. ` +
    `You may revoke this authorisation at any time by contacting ${business} with 30 days' notice.`
  );
}

export interface BankAccountInput {
  accountHolderName: string;
  routingNumber: string;
  accountNumber: string;
  accountType?: string | null;
  mandateAccepted: boolean;
}

export interface CheckedBankAccount {
  holder: string;
  routingNumber: string;
  accountNumber: string;
  accountType: 'checking' | 'savings';
  outcome: BankOutcome;
}

/** ABA routing number checksum (3·7·1 weights). */
export function routingChecksumOk(routing: string): boolean {
  if (!/^\d{9}$/.test(routing)) return false;
  const weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(routing.charAt(i)), 0);
  return sum % 10 === 0;
}

/** Checks a bank account as Stripe does before a debit; each problem names its field. */
export function checkBankAccount(input: BankAccountInput): CheckedBankAccount {
  const holder = input.accountHolderName.trim();
  if (!holder) throw new BadInput('accountHolderName', 'Enter the name on the bank account.', 'BANK_ACCOUNT_HOLDER_REQUIRED');
  const routingNumber = input.routingNumber.replace(/[\s-]/g, '');
  if (!routingChecksumOk(routingNumber)) throw new BadInput('routingNumber', 'This routing number is not valid: it has 9 digits.', 'BANK_ROUTING_NUMBER_INVALID');
  const accountNumber = input.accountNumber.replace(/[\s-]/g, '');
  if (!/^\d{4,17}$/.test(accountNumber)) throw new BadInput('accountNumber', 'This account number is not valid: it has 4 to 17 digits.', 'BANK_ACCOUNT_NUMBER_INVALID');
  const type = input.accountType?.trim() || 'checking';
  if (type !== 'checking' && type !== 'savings') throw new BadInput('accountType', 'Choose checking or savings.', 'BANK_ACCOUNT_TYPE_INVALID');
  const outcome = routingNumber === TEST_ROUTING_NUMBER ? TEST_BANK_ACCOUNTS[accountNumber] : undefined;
  if (!outcome) throw new BadInput('accountNumber', 'This is a test portal: use routing number 110000000 and a test account such as 000123456789.', 'TEST_BANK_ACCOUNT_REQUIRED');
  if (!input.mandateAccepted) throw new BadInput('mandateAccepted', 'Accept the debit authorisation to pay by bank.', 'BANK_MANDATE_REQUIRED');
  return { holder, routingNumber, accountNumber, accountType: type, outcome };
}
