-- The notification centre is live (issue 17): a new notification, or one marked read elsewhere,
-- records an event for its recipient like the other live tables (20261204000100_live_events).
-- The event names the customer or the member of staff it is for; the subscriber's re-read under
-- row-level security (a person sees only their own notifications) decides who receives it.
CREATE TRIGGER live_insert AFTER INSERT ON notifications FOR EACH ROW EXECUTE FUNCTION app_live_record('notification', 'id', 'staff_user_id');
CREATE TRIGGER live_update AFTER UPDATE ON notifications FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION app_live_record('notification', 'id', 'staff_user_id');
