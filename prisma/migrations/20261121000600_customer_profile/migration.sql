-- A signed-in customer asks for an email change in their own request: they may create, read
-- and retire their own email-change tokens, and no other token (magic links, resets, invitations
-- stay with the sign-in flows' role 'auth').
CREATE POLICY customer_email_change ON one_time_tokens FOR ALL
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id) AND purpose = 'email_change');
