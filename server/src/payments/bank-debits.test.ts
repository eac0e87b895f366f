import { describe, expect, it } from 'vitest';
import { checkBankAccount, returnMessage, returnMessageOfFailure, routingChecksumOk } from './bank-debits.js';

const ok = { accountHolderName: 'Jane Doe', routingNumber: '110000000', accountNumber: '000123456789', mandateAccepted: true };

describe('bank debits (Stripe test accounts)', () => {
  it('the test routing number passes the ABA checksum; a typo does not', () => {
    expect(routingChecksumOk('110000000')).toBe(true);
    expect(routingChecksumOk('110000001')).toBe(false);
    expect(routingChecksumOk('11000000')).toBe(false);
  });

  it('each test account has its fate: success, a return code, or staying processing', () => {
    expect(checkBankAccount(ok).outcome).toEqual({ result: 'succeed' });
    expect(checkBankAccount({ ...ok, accountNumber: '000111111113' }).outcome).toEqual({ result: 'return', code: 'R02' });
    expect(checkBankAccount({ ...ok, accountNumber: '0004-4444-4440' }).outcome).toEqual({ result: 'stay_processing' });
  });

  it('the mandate must be accepted', () => {
    expect(() => checkBankAccount({ ...ok, mandateAccepted: false })).toThrow('Accept the debit authorisation to pay by bank.');
  });

  it('returns read in words, from the return code or Stripe’s failure code', () => {
    expect(returnMessage('R02')).toBe('The bank returned this payment: account closed.');
    expect(returnMessageOfFailure('insufficient_funds')).toBe('The bank returned this payment: insufficient funds.');
    expect(returnMessageOfFailure('something_else')).toBe('The bank returned this payment: the payment could not be collected.');
  });
});
