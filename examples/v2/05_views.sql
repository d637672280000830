-- Read models for reporting.
CREATE VIEW app.order_totals AS
    SELECT o.id AS order_id,
           o.user_id,
           o.status,
           coalesce(sum(i.line_total_cents), 0) AS total_cents,
           count(i.line_no) AS item_count
      FROM app.orders o
      LEFT JOIN app.order_items i ON i.order_id = o.id
     GROUP BY o.id, o.user_id, o.status;

COMMENT ON VIEW app.order_totals IS 'Order amount in cents and number of lines, summed over its items';
