// The API explains bad input in English only. In another language a form shows our own
// translated hint for the field it names (the field's rules), else a generic "check this field".
import type { Locale } from '@portico/web-shared/i18n';
import type { MessageKey } from '$lib/i18n';

/** API input names (the last segment of `extensions.field`) → the hint that states that field's rules. */
const hintByField: Partial<Record<string, MessageKey>> = {
	name: 'fieldError.name',
	phone: 'fieldError.phone',
	locale: 'fieldError.locale',
	email: 'fieldError.email',
	newEmail: 'fieldError.newEmail',
	password: 'fieldError.password',
	newPassword: 'fieldError.password',
	currentPassword: 'fieldError.currentPassword',
	start: 'fieldError.start',
	reason: 'fieldError.reason',
	description: 'fieldError.description',
	comment: 'fieldError.comment',
	rating: 'fieldError.rating',
	preferredAt: 'fieldError.preferredAt',
	cardNumber: 'fieldError.cardNumber',
	expiry: 'fieldError.expiry',
	cvc: 'fieldError.cvc',
	postalCode: 'fieldError.postalCode',
	amountMinor: 'fieldError.amountMinor',
	label: 'fieldError.label',
	addressLine1: 'fieldError.addressLine1',
	addressLine2: 'fieldError.addressLine2',
	city: 'fieldError.city',
	region: 'fieldError.region',
	country: 'fieldError.country',
	accessInstructions: 'fieldError.accessInstructions'
};

/** What to show next to `field`: the API's own (more precise) words in English, a translated hint otherwise. */
export function fieldErrorText(
	locale: Locale,
	field: string,
	apiMessage: string,
	t: (key: MessageKey) => string
): string {
	if (locale === 'en') return apiMessage;
	return t(hintByField[field] ?? 'fieldError.generic');
}
