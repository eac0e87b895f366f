// How long a session lasts after sign-in, whatever its use.
export const CUSTOMER_SESSION_DAYS = 30;
export const STAFF_SESSION_DAYS = 7;
