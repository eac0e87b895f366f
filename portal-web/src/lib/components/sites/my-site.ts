// A service address as the portal's address forms and lists use it (every query asks for these fields).
export interface MySite {
  id: string;
  label: string;
  addressLine1: string;
  addressLine2?: string | null;
  city: string;
  postalCode: string;
  region?: string | null;
  country: string;
  accessInstructions?: string | null;
  canEdit: boolean;
}
