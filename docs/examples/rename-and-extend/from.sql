CREATE TYPE ticket_state AS ENUM ('open', 'closed');

CREATE TABLE tickets (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title text NOT NULL,
    state ticket_state NOT NULL DEFAULT 'open',
    body text
);

CREATE VIEW open_tickets AS
    SELECT id, title FROM tickets WHERE state = 'open';
