-- Tiers get an inclusive upper bound `up_to` (null = the last, open tier) in place of the
-- inclusive lower bound `from`, which graduated and volume prices read differently
-- (graduated: the units above `from`; volume: a total of `from` or more). Each stored tier
-- table is rewritten so that every stored price bills exactly what it billed before.
--
-- Graduated: a tier priced the units in (from, next.from], so up_to = next.from, exactly.
-- A table whose first tier started above 0 left the units below it unpriced; a free tier up
-- to that start keeps it so.
--
-- Volume: a total T fell in tier i when from_i <= T < from_(i+1); now it falls in the first
-- tier with T <= up_to. For a total with at most k decimals, T < from ⇔ T <= from − 10^−k,
-- so up_to_i = from_(i+1) − 10^−k with k = the greatest of: the decimals of from_(i+1); the
-- decimals of every quantity stored for the product (usage records, subscriptions, one-time
-- charges), since a period total has no more decimals than its records; and a floor of 6 for
-- data and custom usage (0 for SMS, whole messages only, and for recurring and one-time
-- products), for quantities yet to come. This is exact for every stored quantity and for any
-- total with at most k decimals. NO finite bound is exact for every fractional quantity: a
-- future total strictly between up_to and the old start (e.g. 1023.9999995 MB against a
-- start of 1024 with k = 6) now falls in the next tier, where it used to fall in this one.
-- A first tier that started above 0 is ignored, as it was: totals below it fell in it.

WITH quantity_scales AS (
  SELECT product_id, max(scale(quantity)) AS decimals FROM usage_records
    WHERE product_id IS NOT NULL AND quantity IS NOT NULL GROUP BY product_id
  UNION ALL
  SELECT product_id, max(scale(quantity)) FROM subscriptions GROUP BY product_id
  UNION ALL
  SELECT product_id, max(scale(quantity)) FROM one_time_charges GROUP BY product_id
),
bounds AS (
  SELECT t.id, p.model, pr.usage_type,
    lead(t."from") OVER (PARTITION BY t.price_id ORDER BY t.position) AS next_from,
    (SELECT max(q.decimals) FROM quantity_scales q WHERE q.product_id = pr.id) AS stored_decimals
  FROM price_tiers t
  JOIN prices p ON p.id = t.price_id
  JOIN products pr ON pr.id = p.product_id
)
UPDATE price_tiers t SET up_to = CASE
    WHEN b.next_from IS NULL THEN NULL
    WHEN b.model = 'volume' THEN trim_scale(b.next_from - power(10::numeric, -greatest(
      scale(b.next_from),
      coalesce(b.stored_decimals, 0),
      CASE WHEN b.usage_type IN ('data', 'custom') THEN 6 ELSE 0 END)))
    ELSE b.next_from
  END
FROM bounds b
WHERE b.id = t.id;
--> statement-breakpoint
INSERT INTO price_tiers (price_id, position, up_to, unit_price)
SELECT t.price_id, t.position - 1, t."from", 0
FROM price_tiers t
JOIN prices p ON p.id = t.price_id
WHERE p.model = 'graduated' AND t."from" > 0
  AND t.position = (SELECT min(f.position) FROM price_tiers f WHERE f.price_id = t.price_id);
