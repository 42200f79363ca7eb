-- The conservation query: every invariant core keeps over the shared database, as one read-only
-- statement that returns one row per violation (invariant, subject, detail) and no row when all hold.
-- RoleAttackTest runs it as the owner after every attempt a staff login makes; a feature that adds a rule
-- (a table, a status, a money column) adds its invariant here, in the same shape.
--
-- Each invariant must hold for every state core itself can produce, whatever the order of operations,
-- the number of desktops or their clocks: RoleAttackTest.ConservationQueryHoldsForEverythingCoreDoes
-- checks that on a shop built through the services, and ...DetectsEachInvariant that each one can fire.
WITH
status_events AS (
    -- The timeline rows that state a status, in order, with the one before.
    SELECT e.order_number, e.id, e.event, e.from_status, e.to_status,
           LAG(e.to_status) OVER (PARTITION BY e.order_number ORDER BY e.id) AS previous_status,
           ROW_NUMBER() OVER (PARTITION BY e.order_number ORDER BY e.id) AS position,
           ROW_NUMBER() OVER (PARTITION BY e.order_number ORDER BY e.id DESC) AS newest
    FROM order_events e
    WHERE e.to_status IS NOT NULL
),
events_per_order AS (
    -- Changes of the order itself; a message's fate (EmailSent, EmailFailed, SMSSent, SMSFailed, and what
    -- SendGrid reports later) is on the timeline too but changes nothing on the order row.
    SELECT order_number, MIN(id) AS first_id,
           COUNT(*) FILTER (WHERE event NOT IN ('EmailSent', 'EmailFailed', 'SMSSent', 'SMSFailed', 'EmailDelivered', 'EmailBounced', 'EmailDropped', 'EmailSpamReport')) AS changes,
           MAX(id) FILTER (WHERE event NOT IN ('EmailSent', 'EmailFailed', 'SMSSent', 'SMSFailed', 'EmailDelivered', 'EmailBounced', 'EmailDropped', 'EmailSpamReport')) AS last_change_id,
           COUNT(*) FILTER (WHERE event = 'OrderPlaced') AS placements
    FROM order_events GROUP BY order_number
),
lines_per_order AS (
    -- docs/pricing.md: what the lines come to after discounts, their discounts and their tax.
    SELECT order_number, COUNT(*) AS lines, SUM(line_total_minor - discount_minor) AS net,
           SUM(discount_minor) AS discount, SUM(tax_minor) AS tax
    FROM order_lines GROUP BY order_number
),
discounts_per_order AS (
    SELECT order_number, SUM(amount_minor) AS amount FROM order_discounts GROUP BY order_number
),
ledger AS (
    SELECT m.*,
           COALESCE(LAG(m.on_hand_after) OVER (PARTITION BY m.sku ORDER BY m.id), 0) AS on_hand_before,
           COALESCE(LAG(m.reserved_after) OVER (PARTITION BY m.sku ORDER BY m.id), 0) AS reserved_before,
           ROW_NUMBER() OVER (PARTITION BY m.sku ORDER BY m.id DESC) AS newest
    FROM stock_movements m
),
-- What each order does to each SKU's stock, by its lines and by its ledger rows.
order_stock AS (
    SELECT COALESCE(l.order_number, m.order_number) AS order_number, COALESCE(l.sku, m.sku) AS sku,
           COALESCE(l.quantity, 0) AS quantity, COALESCE(l.shipped_quantity, 0) AS shipped,
           COALESCE(m.reserved, 0) AS ledger_reserved, COALESCE(m.consumed, 0) AS ledger_consumed
    FROM order_lines l
    FULL JOIN (SELECT order_number, sku, SUM(reserved_delta) AS reserved,
                      -SUM(CASE WHEN kind = 'returned' THEN 0 ELSE on_hand_delta END) AS consumed
               FROM stock_movements WHERE order_number IS NOT NULL GROUP BY order_number, sku) m
           ON m.order_number = l.order_number AND m.sku = l.sku
),
money AS (
    SELECT o.number, o.currency, o.paid_minor, o.refunded_minor,
           (SELECT COALESCE(SUM(p.amount_minor), 0) FROM payments p WHERE p.order_number = o.number) AS payments,
           (SELECT COALESCE(SUM(p.amount_minor), 0) FROM payments p
             WHERE p.order_number = o.number AND p.method = 'card') AS card_payments,
           (SELECT COALESCE(SUM(r.amount_minor), 0) FROM refunds r WHERE r.order_number = o.number) AS refunds,
           (SELECT COALESCE(SUM(r.amount_minor), 0) FROM refunds r
             WHERE r.order_number = o.number AND r.method = 'card') AS card_refunds,
           (SELECT COALESCE(SUM(a.amount_minor), 0) FROM payment_attempts a
             WHERE a.order_number = o.number AND a.kind = 'charge' AND a.status = 'succeeded') AS charged,
           (SELECT COALESCE(SUM(a.amount_minor), 0) FROM payment_attempts a
             WHERE a.order_number = o.number AND a.kind = 'refund' AND a.status = 'succeeded') AS refunded_by_provider
    FROM orders o
)

-- Stock is never negative and never oversold.
SELECT 'stock_in_range' AS invariant, 'sku ' || sku AS subject,
       format('on_hand %s, reserved %s', on_hand, reserved) AS detail
FROM products WHERE on_hand < 0 OR reserved < 0 OR reserved > on_hand

-- reserved is exactly what open (pending, confirmed) orders hold.
UNION ALL
SELECT 'reserved_equals_open_orders', 'sku ' || p.sku,
       format('reserved %s, open order lines hold %s', p.reserved, COALESCE(h.held, 0))
FROM products p
LEFT JOIN (SELECT l.sku, SUM(l.quantity - l.shipped_quantity) AS held FROM order_lines l JOIN orders o ON o.number = l.order_number
           WHERE o.status IN ('pending', 'confirmed') GROUP BY l.sku) h ON h.sku = p.sku
WHERE p.reserved <> COALESCE(h.held, 0)

-- Each order's reservations and shipments in the ledger match its lines and its status: an open order holds
-- what it has not shipped yet, and every order has taken off the shelf exactly what it shipped.
UNION ALL
SELECT 'order_stock_matches_ledger', format('order %s sku %s', s.order_number, s.sku),
       format('%s, lines %s with %s shipped; ledger holds %s and consumed %s', COALESCE(o.status, 'no order'),
              s.quantity, s.shipped, s.ledger_reserved, s.ledger_consumed)
FROM order_stock s LEFT JOIN orders o ON o.number = s.order_number
WHERE s.ledger_reserved <> CASE WHEN o.status IN ('pending', 'confirmed') THEN s.quantity - s.shipped ELSE 0 END
   OR s.ledger_consumed <> s.shipped

-- Parcels (migration 19): a line's shipped quantity is what its parcels hold.
UNION ALL
SELECT 'shipments_match_lines', format('order %s sku %s', COALESCE(l.order_number, p.order_number), COALESCE(l.sku, p.sku)),
       format('line says %s shipped, parcels hold %s', COALESCE(l.shipped_quantity::TEXT, 'no line'), COALESCE(p.quantity, 0))
FROM order_lines l
FULL JOIN (SELECT order_number, sku, SUM(quantity) AS quantity FROM shipment_lines GROUP BY order_number, sku) p
       ON p.order_number = l.order_number AND p.sku = l.sku
WHERE l.shipped_quantity IS NULL OR l.shipped_quantity <> COALESCE(p.quantity, 0)

-- Every parcel holds something.
UNION ALL
SELECT 'shipment_has_lines', 'shipment ' || s.id, format('order %s', s.order_number)
FROM shipments s WHERE NOT EXISTS (SELECT FROM shipment_lines sl WHERE sl.shipment_id = s.id)

-- Scan-to-pack progress (migration 30): only a confirmed order's lines, never more than a line has left to ship.
UNION ALL
SELECT 'pack_progress_within_lines', format('order %s sku %s', pp.order_number, pp.sku),
       format('packed %s; order %s, left to ship %s', pp.packed, COALESCE(o.status, 'missing'),
              COALESCE((l.quantity - l.shipped_quantity)::TEXT, 'no line'))
FROM pack_progress pp
LEFT JOIN orders o ON o.number = pp.order_number
LEFT JOIN order_lines l ON l.order_number = pp.order_number AND l.sku = pp.sku
WHERE o.status IS DISTINCT FROM 'confirmed' OR l.sku IS NULL OR pp.packed > l.quantity - l.shipped_quantity

-- Cycle counts (migration 37): an approved count counted every line and posted each difference as a correction
-- of exactly that difference, of that product, written after the count, once; a product is in one open count at
-- a time.
UNION ALL
SELECT 'count_approved_with_its_corrections', format('count %s sku %s', l.count_id, l.sku),
       format('counted %s against %s on hand, correction %s (%s %s of %s)', COALESCE(l.counted::TEXT, 'none'),
              COALESCE(l.on_hand_at_count::TEXT, 'none'), COALESCE(l.correction_id::TEXT, 'none'),
              COALESCE(m.kind, '-'), COALESCE(m.on_hand_delta::TEXT, '-'), COALESCE(m.sku, '-'))
FROM stock_count_lines l
JOIN stock_counts c ON c.id = l.count_id AND c.state = 'approved'
LEFT JOIN stock_movements m ON m.id = l.correction_id
WHERE l.counted IS NULL
   OR (l.counted = l.on_hand_at_count) <> (l.correction_id IS NULL)
   OR (l.correction_id IS NOT NULL AND (m.kind IS DISTINCT FROM 'correction' OR m.sku IS DISTINCT FROM l.sku
                                        OR m.on_hand_delta IS DISTINCT FROM l.counted - l.on_hand_at_count
                                        OR m.id <= l.last_movement_id))
UNION ALL
SELECT 'count_one_open_per_product', 'sku ' || l.sku, format('in open counts %s', string_agg(l.count_id::TEXT, ', '))
FROM stock_count_lines l
JOIN stock_counts c ON c.id = l.count_id AND c.state = 'open'
GROUP BY l.sku HAVING COUNT(*) > 1

-- Only a confirmed order is partly shipped; shipped and delivered orders have shipped every unit; an order
-- is delivered exactly when every parcel is; pending and cancelled orders have no parcels.
UNION ALL
SELECT 'status_matches_shipments', 'order ' || o.number,
       format('%s with %s unit(s) unshipped, %s parcel(s), %s delivered', o.status, u.unshipped, COALESCE(p.parcels, 0),
              COALESCE(p.delivered, 0))
FROM orders o
JOIN (SELECT order_number, SUM(quantity - shipped_quantity) AS unshipped FROM order_lines GROUP BY order_number) u
  ON u.order_number = o.number
LEFT JOIN (SELECT order_number, COUNT(*) AS parcels, COUNT(delivered_at) AS delivered FROM shipments
           GROUP BY order_number) p ON p.order_number = o.number
WHERE (o.status IN ('pending', 'cancelled') AND COALESCE(p.parcels, 0) > 0)
   OR (o.status IN ('shipped', 'delivered') AND (u.unshipped <> 0 OR COALESCE(p.parcels, 0) = 0))
   OR (o.status = 'confirmed' AND COALESCE(p.parcels, 0) > 0 AND u.unshipped = 0)
   OR (o.status = 'shipped' AND p.delivered = p.parcels)
   OR (o.status = 'delivered' AND p.delivered <> p.parcels)

-- Returns (migration 21): only shipped units come back, never more than shipped over the returns not
-- rejected.
UNION ALL
SELECT 'returns_within_shipped', format('order %s sku %s', x.order_number, x.sku),
       format('%s under return, %s shipped', x.quantity, COALESCE(l.shipped_quantity, 0))
FROM (SELECT rl.order_number, rl.sku, SUM(rl.quantity) AS quantity FROM return_lines rl JOIN returns r ON r.id = rl.return_id
      WHERE r.state <> 'rejected' GROUP BY rl.order_number, rl.sku) x
LEFT JOIN order_lines l ON l.order_number = x.order_number AND l.sku = x.sku
WHERE x.quantity > COALESCE(l.shipped_quantity, 0)

-- What a return restocked and wrote off is exactly its `returned` and `damaged` ledger rows.
UNION ALL
SELECT 'returns_match_ledger', format('return %s sku %s', COALESCE(rl.return_id, m.return_id), COALESCE(rl.sku, m.sku)),
       format('line %s restocked, %s written off; ledger %s back, %s written off', COALESCE(rl.restocked::TEXT, 'none'),
              COALESCE(rl.written_off::TEXT, 'none'), COALESCE(m.restocked, 0), COALESCE(m.written_off, 0))
FROM return_lines rl
FULL JOIN (SELECT return_id, sku, SUM(on_hand_delta) AS restocked, SUM(written_off) AS written_off FROM stock_movements
           WHERE kind IN ('returned', 'damaged') GROUP BY return_id, sku) m ON m.return_id = rl.return_id AND m.sku = rl.sku
WHERE rl.return_id IS NULL OR rl.restocked <> COALESCE(m.restocked, 0) OR rl.written_off <> COALESCE(m.written_off, 0)

-- A requested or rejected return has received nothing; a received or closed one has received something; only
-- a closed one has its lines' refunds.
UNION ALL
SELECT 'return_lines_match_state', format('return %s sku %s', r.id, rl.sku),
       format('%s: %s restocked, %s written off, refund %s', r.state, rl.restocked, rl.written_off,
              COALESCE(rl.refund_minor::TEXT, 'none'))
FROM returns r JOIN return_lines rl ON rl.return_id = r.id
WHERE (r.state IN ('requested', 'rejected') AND (rl.restocked <> 0 OR rl.written_off <> 0 OR rl.refund_minor IS NOT NULL))
   OR (r.state = 'received' AND rl.refund_minor IS NOT NULL)
   OR (r.state = 'closed' AND rl.refund_minor IS NULL)
   OR (r.state IN ('received', 'closed')
       AND NOT EXISTS (SELECT FROM return_lines x WHERE x.return_id = r.id AND x.restocked + x.written_off > 0))

-- A closed return's refund is its lines' plus the shipping less the restocking fee (never more than the
-- lines); no line gives back more than it cost; the shipping goes back once; never more than the total.
UNION ALL
SELECT 'return_refund_adds_up', 'order ' || o.number,
       format('total %s, shipping %s; returns refunded %s with %s shipping', o.total_minor, o.shipping_minor,
              COALESCE((SELECT SUM(refund_minor) FROM returns WHERE order_number = o.number), 0),
              COALESCE((SELECT SUM(shipping_refund_minor) FROM returns WHERE order_number = o.number), 0))
FROM orders o
WHERE EXISTS (SELECT FROM returns r WHERE r.order_number = o.number AND r.state = 'closed'
              AND (r.refund_minor <> (SELECT SUM(rl.refund_minor) FROM return_lines rl WHERE rl.return_id = r.id)
                                    + r.shipping_refund_minor - r.restocking_fee_minor
                   OR r.restocking_fee_minor > (SELECT SUM(rl.refund_minor) FROM return_lines rl WHERE rl.return_id = r.id)))
   OR EXISTS (SELECT FROM (SELECT rl.sku, SUM(rl.refund_minor) AS refund, SUM(rl.restocked + rl.written_off) AS units
                           FROM return_lines rl WHERE rl.order_number = o.number AND rl.refund_minor IS NOT NULL GROUP BY rl.sku) x
              LEFT JOIN order_lines l ON l.order_number = o.number AND l.sku = x.sku
              WHERE l.sku IS NULL OR x.units > l.quantity
                 OR x.refund > l.line_total_minor - l.discount_minor + (CASE WHEN o.prices_include_tax = 1 THEN 0 ELSE l.tax_minor END))
   OR (SELECT COALESCE(SUM(shipping_refund_minor), 0) FROM returns WHERE order_number = o.number) > o.shipping_minor
   OR (SELECT COALESCE(SUM(refund_minor), 0) FROM returns WHERE order_number = o.number) > o.total_minor

-- Exchanges (migration 24): an exchanged return is neither refunded nor rejected; its replacement is another
-- order in the same currency, replacing no other return, whose total its credit does not exceed (while it
-- stands); refunds and exchange values of an order's returns never exceed its total.
UNION ALL
SELECT 'exchange_within_bounds', format('return %s', r.id),
       format('%s, order %s, replacement %s (%s, total %s), value %s, credit %s', r.state, r.order_number,
              r.replacement_order, n.status, n.total_minor, r.exchange_value_minor, r.exchange_credit_minor)
FROM returns r JOIN orders m ON m.number = r.order_number
LEFT JOIN orders n ON n.number = r.replacement_order
WHERE r.replacement_order IS NOT NULL
  AND (n.number IS NULL OR n.number = m.number OR n.currency <> m.currency OR r.state NOT IN ('requested', 'received')
       OR r.exchange_credit_minor > r.exchange_value_minor
       OR (n.status <> 'cancelled' AND r.exchange_credit_minor > n.total_minor)
       OR (SELECT COUNT(*) FROM returns x WHERE x.replacement_order = r.replacement_order) > 1
       OR (SELECT COALESCE(SUM(COALESCE(x.refund_minor, 0) + COALESCE(x.exchange_value_minor, 0)), 0) FROM returns x
           WHERE x.order_number = r.order_number) > m.total_minor)

-- on_hand and reserved are the product's last ledger row.
UNION ALL
SELECT 'stock_matches_last_ledger_row', 'sku ' || p.sku,
       format('on_hand %s, reserved %s; last ledger row %s', p.on_hand, p.reserved,
              COALESCE(format('%s/%s (#%s)', m.on_hand_after, m.reserved_after, m.id), 'missing'))
FROM products p LEFT JOIN ledger m ON m.sku = p.sku AND m.newest = 1
WHERE m.id IS NULL OR m.on_hand_after <> p.on_hand OR m.reserved_after <> p.reserved

-- The ledger adds up: every row is the previous row plus its deltas.
UNION ALL
SELECT 'ledger_rows_add_up', format('sku %s movement %s', sku, id),
       format('%s/%s + %s/%s <> %s/%s', on_hand_before, reserved_before, on_hand_delta, reserved_delta,
              on_hand_after, reserved_after)
FROM ledger
WHERE on_hand_before + on_hand_delta <> on_hand_after OR reserved_before + reserved_delta <> reserved_after

-- Each kind of ledger row moves what it says: holds for an order move only reserved, shipments take
-- the same units off both, stock-taking moves only on_hand and belongs to no order.
UNION ALL
SELECT 'ledger_row_shape', format('sku %s movement %s', sku, id),
       format('%s: on_hand %s, reserved %s, order %s', kind, on_hand_delta, reserved_delta,
              COALESCE(order_number::TEXT, 'none'))
FROM stock_movements
WHERE CASE kind
          WHEN 'reserve' THEN on_hand_delta <> 0 OR reserved_delta <= 0 OR order_number IS NULL
          WHEN 'release' THEN on_hand_delta <> 0 OR reserved_delta >= 0 OR order_number IS NULL
          WHEN 'consume' THEN on_hand_delta >= 0 OR reserved_delta <> on_hand_delta OR order_number IS NULL
          WHEN 'initial' THEN on_hand_delta < 0 OR reserved_delta <> 0 OR order_number IS NOT NULL
          WHEN 'replenish' THEN on_hand_delta <= 0 OR reserved_delta <> 0 OR order_number IS NOT NULL
          WHEN 'correction' THEN reserved_delta <> 0 OR order_number IS NOT NULL
          WHEN 'returned' THEN on_hand_delta <= 0 OR reserved_delta <> 0 OR order_number IS NULL OR return_id IS NULL
          WHEN 'damaged' THEN on_hand_delta <> 0 OR reserved_delta <> 0 OR order_number IS NULL OR return_id IS NULL
                              OR written_off <= 0
          -- A purge (migration 33) folds the purged orders' rows into one per run: no order, no return.
          WHEN 'purged' THEN order_number IS NOT NULL OR return_id IS NOT NULL OR written_off <> 0
          ELSE TRUE
      END

-- Every order has its lines, and its header agrees with them: total = Σ line net + shipping + tax (tax only
-- when prices exclude it); its discount and tax are its lines', and its discount rows add up to them.
UNION ALL
SELECT 'order_header_matches_lines', 'order ' || o.number,
       format('line_count %s, total %s, discount %s, shipping %s, tax %s; %s lines: net %s, discount %s, tax %s; discount rows %s',
              o.line_count, o.total_minor, o.discount_minor, o.shipping_minor, o.tax_minor, COALESCE(l.lines, 0),
              COALESCE(l.net, 0), COALESCE(l.discount, 0), COALESCE(l.tax, 0), COALESCE(d.amount, 0))
FROM orders o LEFT JOIN lines_per_order l ON l.order_number = o.number
     LEFT JOIN discounts_per_order d ON d.order_number = o.number
WHERE COALESCE(l.lines, 0) < 1 OR o.line_count <> COALESCE(l.lines, 0)
   OR o.total_minor <> COALESCE(l.net, 0) + o.shipping_minor + (CASE WHEN o.prices_include_tax = 1 THEN 0 ELSE COALESCE(l.tax, 0) END)
   OR o.discount_minor <> COALESCE(l.discount, 0) OR o.tax_minor <> COALESCE(l.tax, 0)
   OR o.discount_minor <> COALESCE(d.amount, 0)
UNION ALL
SELECT 'order_line_tax_is_its_rate', format('order %s position %s', l.order_number, l.position),
       format('tax %s on net %s at %s ppm', l.tax_minor, l.line_total_minor - l.discount_minor, l.tax_rate_ppm)
FROM order_lines l JOIN orders o ON o.number = l.order_number
WHERE l.tax_minor <> (CASE WHEN o.prices_include_tax = 1
                          THEN (l.line_total_minor - l.discount_minor)
                               - div((l.line_total_minor - l.discount_minor)::NUMERIC * 2000000 + (1000000 + l.tax_rate_ppm),
                                     2 * (1000000 + l.tax_rate_ppm::NUMERIC))
                          ELSE div((l.line_total_minor - l.discount_minor)::NUMERIC * l.tax_rate_ppm * 2 + 1000000, 2000000) END)
UNION ALL
SELECT 'order_discounts_belong_to_an_order', format('order %s discount %s', d.order_number, d.position),
       format('%s %s', d.kind, d.amount_minor)
FROM order_discounts d LEFT JOIN orders o ON o.number = d.order_number
WHERE o.number IS NULL
UNION ALL
SELECT 'order_lines_belong_to_an_order', format('order %s position %s', l.order_number, l.position),
       format('%s x %s at %s = %s', l.quantity, l.sku, l.unit_price_minor, l.line_total_minor)
FROM order_lines l LEFT JOIN orders o ON o.number = l.order_number
WHERE o.number IS NULL OR l.line_total_minor <> l.quantity * l.unit_price_minor

-- No order without its placement: one OrderPlaced row, the first of its timeline, at placed_at.
UNION ALL
SELECT 'order_has_its_placement_event', 'order ' || o.number,
       format('%s OrderPlaced row(s)%s', COALESCE(c.placements, 0),
              CASE WHEN f.id IS NULL THEN '' ELSE format('; first event %s at %s, placed_at %s', f.event, f.at, o.placed_at) END)
FROM orders o
LEFT JOIN events_per_order c ON c.order_number = o.number
LEFT JOIN order_events f ON f.id = c.first_id
WHERE COALESCE(c.placements, 0) <> 1 OR f.event <> 'OrderPlaced' OR f.at <> o.placed_at
   OR f.from_status IS NOT NULL OR f.to_status IS DISTINCT FROM 'pending'

-- The status is where the timeline's last status row left it.
UNION ALL
SELECT 'status_follows_timeline', 'order ' || o.number,
       format('status %s, timeline ends at %s', o.status, COALESCE(s.to_status, 'nothing'))
FROM orders o LEFT JOIN status_events s ON s.order_number = o.number AND s.newest = 1
WHERE s.to_status IS DISTINCT FROM o.status

-- The timeline moves only along the lifecycle: pending -> confirmed -> shipped -> delivered, pending or
-- confirmed -> cancelled; each row starts where the one before ended (never back, never skipping).
UNION ALL
SELECT 'timeline_follows_lifecycle', format('order %s event %s', order_number, id),
       format('%s: %s -> %s after %s', event, COALESCE(from_status, 'nothing'), to_status,
              COALESCE(previous_status, 'nothing'))
FROM status_events
WHERE (position = 1 AND (from_status IS NOT NULL OR to_status <> 'pending'))
   OR (position > 1 AND (from_status IS DISTINCT FROM previous_status
                         OR (from_status <> to_status
                             AND (from_status, to_status) NOT IN (('pending', 'confirmed'), ('pending', 'cancelled'),
                                                                  ('confirmed', 'shipped'), ('confirmed', 'cancelled'),
                                                                  ('shipped', 'delivered')))))

-- Every change of an order leaves a timeline row: core bumps version by one per change and writes at
-- least one row with it, in the same transaction (so under the order's row lock, with one clock, and
-- the row's time taken before updated_at).
UNION ALL
SELECT 'order_changes_have_timeline_rows', 'order ' || o.number,
       format('version %s with %s change row(s) on the timeline; updated_at %s, last change row at %s, placed_at %s',
              o.version, COALESCE(c.changes, 0), o.updated_at, COALESCE(e.at::TEXT, 'none'), o.placed_at)
FROM orders o
LEFT JOIN events_per_order c ON c.order_number = o.number
LEFT JOIN order_events e ON e.id = c.last_change_id
WHERE o.version < 1 OR o.version > COALESCE(c.changes, 0) OR o.updated_at < o.placed_at OR o.updated_at < e.at

-- Money moves only with its rows: paid is the sum of payments, refunded the sum of refunds (never
-- more than paid); a card's money is what the provider confirmed, in the order's currency.
UNION ALL
SELECT 'paid_equals_payments', 'order ' || number, format('paid_minor %s, payments %s', paid_minor, payments)
FROM money WHERE paid_minor <> payments
UNION ALL
SELECT 'refunded_equals_refunds', 'order ' || number,
       format('refunded_minor %s, refunds %s, paid_minor %s', refunded_minor, refunds, paid_minor)
FROM money WHERE refunded_minor <> refunds OR refunded_minor > paid_minor
UNION ALL
SELECT 'card_money_matches_provider', 'order ' || number,
       format('card payments %s, succeeded charges %s; card refunds %s, succeeded provider refunds %s', card_payments,
              charged, card_refunds, refunded_by_provider)
FROM money WHERE card_payments <> charged OR card_refunds <> refunded_by_provider
UNION ALL
SELECT 'refund_row_matches_its_attempt', 'refund ' || r.id,
       format('order %s amount %s; attempt %s: %s %s of order %s, amount %s', r.order_number, r.amount_minor,
              r.attempt_id, a.kind, a.status, a.order_number, a.amount_minor)
FROM refunds r LEFT JOIN payment_attempts a ON a.id = r.attempt_id
WHERE r.method = 'card' AND (a.id IS NULL OR a.kind <> 'refund' OR a.status <> 'succeeded'
                             OR a.order_number <> r.order_number OR a.amount_minor <> r.amount_minor)
UNION ALL
SELECT 'money_in_the_order_currency', format('%s %s', x.what, x.id),
       format('%s for order %s in %s', x.currency, x.order_number, COALESCE(o.currency, 'no order'))
FROM (SELECT 'payment' AS what, id, order_number, currency FROM payments
      UNION ALL SELECT 'refund', id, order_number, currency FROM refunds
      UNION ALL SELECT 'payment attempt', id, order_number, currency FROM payment_attempts) x
LEFT JOIN orders o ON o.number = x.order_number
WHERE o.currency IS DISTINCT FROM x.currency

-- An unpaid hold: exactly the pending orders paid by a manual method (or placed for a payment link, or with
-- one being made or open) hold stock until an expiry set at placement, within the longest hold a desktop can be configured with (24 h).
UNION ALL
SELECT 'reservation_hold', 'order ' || number,
       format('%s %s order placed at %s, expires %s', status, payment_method, placed_at,
              COALESCE(reservation_expires_at::TEXT, 'never'))
FROM orders
WHERE (reservation_expires_at IS NOT NULL)
      <> (status = 'pending' AND (payment_method <> 'card' OR EXISTS (SELECT FROM payment_links l
                                                                     WHERE l.order_number = orders.number
                                                                       AND l.status IN ('creating', 'open'))
                                                      OR EXISTS (SELECT FROM order_events e WHERE e.order_number = orders.number
                                                                 AND e.event = 'OrderPlaced'
                                                                 AND e.details::JSONB ->> 'paymentLink' = 'true')))
   OR reservation_expires_at < placed_at OR reservation_expires_at > placed_at + 86400000

-- Order numbers are never reused, and the order count the list shows is the number of orders.
UNION ALL
SELECT 'order_counters', c.name, format('%s; orders: %s, highest number %s', c.value, o.orders, o.highest)
FROM counters c CROSS JOIN (SELECT COUNT(*) AS orders, COALESCE(MAX(number), 0) AS highest FROM orders) o
WHERE (c.name = 'order_number' AND c.value < o.highest) OR (c.name = 'orders' AND c.value <> o.orders)

-- A customer email exists because its order did what it says, and goes to that order's customer.
UNION ALL
SELECT 'email_has_its_order_event', 'email ' || n.id,
       format('%s email to %s for order %s (customer %s)', n.event, n.recipient_email, n.order_number,
              COALESCE(o.customer_email, 'no order'))
FROM notification_outbox n LEFT JOIN orders o ON o.number = n.order_number
WHERE o.number IS NULL OR n.recipient_email <> o.customer_email
   OR (n.status = 'sent' AND n.attempts < 1)
   OR NOT EXISTS (SELECT FROM order_events e WHERE e.order_number = n.order_number
                  AND e.event = CASE n.event WHEN 'placed' THEN 'OrderPlaced' WHEN 'confirmed' THEN 'PaymentProcessed'
                                             WHEN 'shipped' THEN 'OrderShipped' WHEN 'delivered' THEN 'OrderDelivered'
                                             WHEN 'cancelled' THEN 'OrderCancelled' WHEN 'refunded' THEN 'RefundIssued'
                                             WHEN 'payment_link' THEN 'PaymentLinkSent'
                                             WHEN 'return_opened' THEN 'ReturnOpened'
                                             WHEN 'return_received' THEN 'ReturnReceived'
                                             WHEN 'return_exchanged' THEN 'ReturnExchanged'
                                END)

-- What SendGrid reported became of a sent email is on its order's timeline, with the same state and reason
-- (migration 28).
UNION ALL
SELECT 'email_delivery_on_timeline', 'email ' || n.id,
       format('%s email of order %s: %s (%s)', n.event, n.order_number, n.delivery_state, n.delivery_reason)
FROM notification_outbox n
WHERE n.delivery_state IS NOT NULL
  AND NOT EXISTS (SELECT FROM order_events e WHERE e.order_number = n.order_number
                  AND e.event = CASE n.delivery_state WHEN 'delivered' THEN 'EmailDelivered' WHEN 'bounced' THEN 'EmailBounced'
                                                      WHEN 'dropped' THEN 'EmailDropped' WHEN 'spam_report' THEN 'EmailSpamReport' END
                  AND e.details::JSONB ->> 'notificationId' = n.id::TEXT
                  AND e.details::JSONB ->> 'state' = n.delivery_state
                  AND e.details::JSONB ->> 'reason' = n.delivery_reason)

-- An imported order's origin is what its placement recorded (migration 32): the same source and external id.
UNION ALL
SELECT 'import_is_its_placement', 'order ' || i.order_number, format('imported from %s as %s', i.source, i.external_id)
FROM order_imports i
WHERE NOT EXISTS (SELECT FROM order_events e WHERE e.order_number = i.order_number AND e.event = 'OrderPlaced'
                  AND e.details::JSONB -> 'importedFrom' ->> 'source' = i.source
                  AND e.details::JSONB -> 'importedFrom' ->> 'externalId' = i.external_id)

-- The dashboard's daily figures are the orders' (the aggregates are kept by triggers, never written), after the
-- days a purge closed.
UNION ALL
SELECT 'dashboard_matches_orders', format('day %s %s', COALESCE(d.day, r.day), COALESCE(d.currency, r.currency)),
       format('daily_stats placed/cancelled/paid/refunded %s/%s/%s/%s; orders say %s/%s/%s/%s',
              d.orders_placed, d.orders_cancelled, d.paid_minor, d.refunded_minor, r.placed, r.cancelled, r.paid,
              r.refunded)
FROM (SELECT day, currency, orders_placed, orders_cancelled, paid_minor, refunded_minor FROM daily_stats
      WHERE orders_placed <> 0 OR orders_cancelled <> 0 OR paid_minor <> 0 OR refunded_minor <> 0) d
FULL JOIN (SELECT placed_at / 86400000 AS day, currency, COUNT(*) AS placed,
                  COUNT(*) FILTER (WHERE status = 'cancelled') AS cancelled, SUM(paid_minor) AS paid,
                  SUM(refunded_minor) AS refunded
           FROM orders GROUP BY 1, 2) r ON r.day = d.day AND r.currency = d.currency
WHERE (d.orders_placed, d.orders_cancelled, d.paid_minor, d.refunded_minor)
      IS DISTINCT FROM (r.placed, r.cancelled, r.paid, r.refunded)
  -- The days a purge closed keep the figures of orders that are gone (migration 33).
  AND COALESCE(d.day, r.day) > (SELECT COALESCE(MAX(history_through_day), -1) FROM purges)

ORDER BY 1, 2, 3
