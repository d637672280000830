-- Deleting an account closes it and records the event instead; updates of closed accounts
-- are ignored.
CREATE TABLE accounts (id bigint PRIMARY KEY, balance numeric NOT NULL DEFAULT 0, closed boolean NOT NULL DEFAULT false);
CREATE TABLE account_events (account_id bigint NOT NULL, event text NOT NULL);
CREATE RULE soft_delete AS ON DELETE TO accounts DO INSTEAD (
  UPDATE accounts SET closed = true WHERE id = OLD.id;
  INSERT INTO account_events (account_id, event) VALUES (OLD.id, 'closed')
);
CREATE RULE frozen AS ON UPDATE TO accounts WHERE OLD.closed DO INSTEAD NOTHING;
