-- Card-expiry reminders run in the worker on the owner connection (worker/reminders.ts), like the
-- other reminders: the helper function planned for them is not needed.
DROP FUNCTION IF EXISTS tenants_with_autopay();
