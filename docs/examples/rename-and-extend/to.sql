CREATE TYPE ticket_state AS ENUM ('open', 'in_progress', 'closed');

-- pgmorph:renamed-from tickets
CREATE TABLE issues (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title text NOT NULL,
    state ticket_state NOT NULL DEFAULT 'open',
    -- pgmorph:renamed-from body
    description text,
    assignee text
);

CREATE VIEW open_issues AS
    SELECT id, title, assignee FROM issues WHERE state <> 'closed';
